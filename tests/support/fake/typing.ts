/**
 * A test back door for what a user does by hand: typing rows into a table. Rows land after the table's last
 * filled data row (the blank row of an empty table is filled first) and the table grows over them, as Excel's
 * table auto-expansion does; each value is interpreted as typed input. Not counted as syncs.
 */
import { FakeOfficeError } from './errors';
import { interpretInput, readValue } from './input';
import { type WorkbookModel } from './model';

/** Types `rows` (values by header) into table `tableName`; returns the 1-based sheet rows written. */
export function typeTableRows(
  model: WorkbookModel,
  tableName: string,
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
): number[] {
  const table = model.requireTable(tableName);
  const { sheet, rect } = table;
  const headers: string[] = [];
  for (let c = rect.left; c <= rect.right; c++)
    headers.push(String(readValue(sheet.stored(rect.top, c)) ?? ''));
  for (const row of rows) {
    const unknown = Object.keys(row).filter((k) => !headers.includes(k));
    if (unknown.length > 0)
      throw new FakeOfficeError('InvalidArgument', `fake: ${tableName} has no column ${unknown.join(', ')}`);
  }
  const isBlank = (r: number) => headers.every((_, j) => sheet.stored(r, rect.left + j).kind === 'empty');
  let next = rect.bottom + 1;
  while (next - 1 > rect.top && isBlank(next - 1)) next--;
  const written: number[] = [];
  for (const row of rows) {
    headers.forEach((header, j) => {
      if (!(header in row)) return;
      const c = rect.left + j;
      const above = sheet.cell(next - 1, c)?.format ?? {};
      const cell = sheet.ensure(next, c);
      if (next > rect.bottom) cell.format = { ...above };
      const stored = interpretInput(row[header], cell.format.numberFormat ?? 'General');
      if (stored) cell.stored = stored;
    });
    if (next > table.rect.bottom) table.rect = { ...table.rect, bottom: next };
    written.push(next + 1);
    next++;
  }
  return written;
}
