/**
 * One worksheet proxy per sheet and request context. Office.js sends an ObjectPath for every proxy a request
 * touches; `worksheets.getItem(name)` called once per operation repeats the sheet's path (and its instantiation)
 * in every operation, ~170 bytes each (measured with the real request builder, tests/excel/requestBytes.test.ts).
 * Reusing the proxy sends it once. A sheet deleted or added through these helpers gets a fresh proxy, so no
 * operation ever goes to a proxy of a deleted sheet.
 */

const cache = new WeakMap<object, Map<string, Excel.Worksheet>>();

function sheetsOf(ctx: Excel.RequestContext): Map<string, Excel.Worksheet> {
  let sheets = cache.get(ctx);
  if (!sheets) {
    sheets = new Map();
    cache.set(ctx, sheets);
  }
  return sheets;
}

const key = (name: string): string => name.toLowerCase();

/** The context's proxy for a sheet (created on first use). */
export function sheetProxy(ctx: Excel.RequestContext, name: string): Excel.Worksheet {
  const sheets = sheetsOf(ctx);
  let sheet = sheets.get(key(name));
  if (!sheet) {
    sheet = ctx.workbook.worksheets.getItem(name);
    sheets.set(key(name), sheet);
  }
  return sheet;
}

/** Adds a sheet and makes the new sheet's proxy the one later operations use. */
export function addSheet(ctx: Excel.RequestContext, name: string): Excel.Worksheet {
  const sheet = ctx.workbook.worksheets.add(name);
  sheetsOf(ctx).set(key(name), sheet);
  return sheet;
}

/** Deletes a sheet; later operations on that name get a fresh proxy. */
export function deleteSheet(ctx: Excel.RequestContext, name: string): void {
  sheetProxy(ctx, name).delete();
  sheetsOf(ctx).delete(key(name));
}
