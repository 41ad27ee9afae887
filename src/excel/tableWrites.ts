/** Queued writes for one planned table: values as 2D blocks, then the table over them (or an in-place update). */
import { type PlanValue, type TablePlan } from '../workbook/plan';
import { parseCell, rectAddress } from '../workbook/address';
import { cellInput, writeFormat } from './literal';
import { sheetProxy } from './proxies';
import { MESSAGES } from './messages';
import { type ExistingTable } from './probe';
import { rowBlocks, queuedWrite, type QueuedWrite } from './writeBatches';

/** Where a table ends up after the write. */
export interface TableLayout {
  sheet: string;
  top: number;
  left: number;
  width: number;
  /** Data rows after the write (at least 1: Excel keeps a blank row in an empty table). */
  bodyRows: number;
  /** True when the rows were left in place (preserved table already in the workbook). */
  leftInPlace: boolean;
}

/** How a table is written. */
export type TableMode = 'keep' | 'update' | 'create' | 'replace';

/** Chooses how to write a table given what exists. */
export function tableMode(sheet: string, plan: TablePlan, existing: ExistingTable | undefined): TableMode {
  if (!existing) return 'create';
  if (plan.preserved) return 'keep';
  const at = parseCell(plan.topLeft);
  const same =
    existing.sheet.toLowerCase() === sheet.toLowerCase() &&
    existing.top === at.row &&
    existing.left === at.col &&
    existing.headers.length === plan.columns.length &&
    plan.columns.every((c, i) => existing.headers[i] === c.header);
  return same ? 'update' : 'replace';
}

/**
 * Inputs written as they are into some columns of a new table's values block, row by row: formulas our own code
 * built (the 定位 links on old hosts), which must be in the cells before the table exists — written into an
 * existing table column, differing formulas can become one calculated column (office-js #5909).
 */
export type RawColumns = ReadonlyMap<number, ReadonlyArray<string | null>>;

/** A data row as written: each value as its cell reads it under the format it has while being written. */
function inputRow(
  plan: TablePlan,
  row: PlanValue[],
  i: number,
  raw: RawColumns | undefined,
): Array<string | number | boolean> {
  return plan.columns.map((c, j) => {
    const given = raw?.get(j);
    if (given) return given[i] ?? '';
    return c.formula
      ? ''
      : cellInput(row[j] ?? null, writeFormat(row[j] ?? null, c.numberFormat) ?? 'General');
  });
}

/**
 * The table that would stop a planned table from changing its row count in place. Adding rows to a table (or
 * deleting some) inserts (removes) cells in the table's columns only, so what lies below in those columns moves
 * with them — another table too, unless it lies only partly in those columns: then Excel refuses ("would shift
 * cells in a table"). Returns that table, or null when the change is safe.
 */
export function tableInTheWay(
  sheet: string,
  plan: TablePlan,
  existing: ExistingTable | undefined,
  others: readonly ExistingTable[],
): ExistingTable | null {
  if (!existing || tableMode(sheet, plan, existing) !== 'update') return null;
  const n = plan.rows.length;
  const k = existing.bodyRows;
  const kept = Math.max(n, 1);
  if (n === k || (n < k && k <= kept)) return null;
  const at = existing.top + 1 + (n > k ? k : kept);
  const left = existing.left;
  const right = existing.left + existing.headers.length - 1;
  return (
    others.find(
      (o) =>
        o.name.toLowerCase() !== plan.name.toLowerCase() &&
        o.sheet.toLowerCase() === existing.sheet.toLowerCase() &&
        o.bottom >= at &&
        o.left <= right &&
        o.right >= left &&
        (o.left < left || o.right > right || o.top < at),
    ) ?? null
  );
}

/** Writes for a table; `blockBytes` bounds each values block. */
export function tableWrites(
  sheet: string,
  plan: TablePlan,
  existing: ExistingTable | undefined,
  blockBytes: number,
  raw?: RawColumns,
): { writes: QueuedWrite[]; layout: TableLayout } {
  const mode = tableMode(sheet, plan, existing);
  const at = parseCell(plan.topLeft);
  const width = plan.columns.length;
  const step = MESSAGES.tableStep(plan.name);
  const n = plan.rows.length;
  if (mode === 'keep' && existing) {
    return {
      writes: [],
      layout: {
        sheet: existing.sheet,
        top: existing.top,
        left: existing.left,
        width: existing.headers.length,
        // A table without data rows still gets its column rules on the row under the header, where Excel adds
        // the next row.
        bodyRows: Math.max(existing.bodyRows, 1),
        leftInPlace: true,
      },
    };
  }
  const writes: QueuedWrite[] = [];
  const k = mode === 'update' && existing ? existing.bodyRows : 0;
  if (mode === 'replace') {
    writes.push(queuedWrite(step, [plan.name], (ctx) => ctx.workbook.tables.getItem(plan.name).delete()));
  }
  const ws = (ctx: Excel.RequestContext): Excel.Worksheet => sheetProxy(ctx, sheet);
  const headers = plan.columns.map((c) => cellInput(c.header));
  writes.push(
    queuedWrite(step, [headers], (ctx) => {
      ws(ctx).getRange(rectAddress(at.row, at.col, at.row, at.col + width - 1)).values = [headers];
    }),
  );
  // Formula columns get their format after the formulas: a formula written into a cell already formatted as
  // text (`@`) stays text in Excel, as if typed.
  const formatted = plan.columns
    .map((c, j) => ({ j, f: c.formula ? undefined : c.numberFormat }))
    .filter((x): x is { j: number; f: string } => x.f !== undefined);
  if (raw && mode !== 'create') throw new Error(`${plan.name}: raw columns are for new tables only`);
  const body = plan.rows.map((r, i) => inputRow(plan, r, i, raw));
  // Rows that fit the existing table are overwritten; the rest are appended through the table so it grows.
  const overwrite = mode === 'update' ? Math.min(n, k) : n;
  for (const block of rowBlocks(body.slice(0, overwrite), blockBytes)) {
    const top = at.row + 1 + block.start;
    const bottom = top + block.rows.length - 1;
    const planned = plan.rows.slice(block.start, block.start + block.rows.length);
    const formats = formatted.map(({ j, f }) => {
      const cells = planned.map((r) => [writeFormat(r[j] ?? null, f) ?? f]);
      // Cells written under another format than planned (text starting with an apostrophe) get theirs back.
      const restore = cells.some(([w]) => w !== f) ? planned.map(() => [f]) : null;
      return { j, cells, restore };
    });
    writes.push(
      queuedWrite(
        step,
        [block.rows, ...formats.flatMap((x) => (x.restore ? [x.cells, x.restore] : [x.cells]))],
        (ctx) => {
          const s = ws(ctx);
          const column = (j: number) => s.getRange(rectAddress(top, at.col + j, bottom, at.col + j));
          // Text formats go first so that the values written next are read in that format.
          for (const x of formats) column(x.j).numberFormat = x.cells;
          s.getRange(rectAddress(top, at.col, bottom, at.col + width - 1)).values = block.rows;
          for (const x of formats) if (x.restore) column(x.j).numberFormat = x.restore;
        },
      ),
    );
  }
  if (mode === 'update') {
    for (const block of rowBlocks(body.slice(overwrite), blockBytes)) {
      writes.push(
        queuedWrite(step, [block.rows], (ctx) =>
          ctx.workbook.tables.getItem(plan.name).rows.add(undefined, block.rows),
        ),
      );
    }
    // Appended rows take the Text format of the row above, so text starting with an apostrophe is written
    // again under General there (see literal.ts); such text is rare, so one small write per cell.
    for (let i = overwrite; i < n; i++)
      plan.columns.forEach((c, j) => {
        const value = plan.rows[i]?.[j] ?? null;
        if (c.formula || c.numberFormat === undefined) return;
        if (writeFormat(value, c.numberFormat) === c.numberFormat) return;
        const address = rectAddress(at.row + 1 + i, at.col + j, at.row + 1 + i, at.col + j);
        const input = cellInput(value, 'General');
        const planned = c.numberFormat;
        writes.push(
          queuedWrite(step, [address, input], (ctx) => {
            const r = ws(ctx).getRange(address);
            r.numberFormat = [['General']];
            r.values = [[input]];
            r.numberFormat = [[planned]];
          }),
        );
      });
    if (n < k) {
      const keepRows = Math.max(n, 1);
      if (n === 0) {
        const blank = [plan.columns.map(() => '')];
        writes.push(
          queuedWrite(step, [blank], (ctx) => {
            ws(ctx).getRange(rectAddress(at.row + 1, at.col, at.row + 1, at.col + width - 1)).values = blank;
          }),
        );
      }
      if (k > keepRows) {
        const addr = rectAddress(at.row + 1 + keepRows, at.col, at.row + k, at.col + width - 1);
        writes.push(queuedWrite(step, [addr], (ctx) => ws(ctx).getRange(addr).delete('Up')));
      }
    }
  } else {
    const addr = rectAddress(at.row, at.col, at.row + n, at.col + width - 1);
    writes.push(
      queuedWrite(step, [addr, plan.name, plan.style], (ctx) => {
        const t = ws(ctx).tables.add(addr, true);
        t.name = plan.name;
        t.style = plan.style;
      }),
    );
  }
  if (mode === 'update') {
    writes.push(
      queuedWrite(step, [plan.style], (ctx) => {
        ctx.workbook.tables.getItem(plan.name).style = plan.style;
      }),
    );
  }
  const bodyRows = Math.max(n, 1);
  if (n > 0) {
    plan.columns.forEach((c, j) => {
      if (!c.formula) return;
      const formula = c.formula;
      const col = at.col + j;
      // Writing the same formula into every data cell of a table column makes it a calculated column.
      for (const block of rowBlocks(
        plan.rows.map(() => [formula]),
        blockBytes,
      )) {
        const top = at.row + 1 + block.start;
        const addr = rectAddress(top, col, top + block.rows.length - 1, col);
        const planned = c.numberFormat;
        const general = block.rows.map(() => ['General']);
        const format = planned === undefined ? null : block.rows.map(() => [planned]);
        writes.push(
          queuedWrite(step, format ? [block.rows, general, format] : [block.rows, general], (ctx) => {
            const r = ws(ctx).getRange(addr);
            // A text format left by an earlier run would turn the formula into text: General while writing it.
            r.numberFormat = general;
            r.formulas = block.rows;
            if (format) r.numberFormat = format;
          }),
        );
      }
    });
  }
  return { writes, layout: { sheet, top: at.row, left: at.col, width, bodyRows, leftInPlace: false } };
}
