/**
 * One read of what validation needs from the live workbook: `WP_Entries` (headers, values, which cells hold
 * formulas, rows typed under the table), `_wp_meta` and whether 校验结果 exists — in a single sync while the
 * response fits (a few thousand rows); larger tables continue in blocks sized to stay under the response budget.
 * A damaged workbook (no table, no meta sheet) costs up to two more syncs to say exactly what is missing.
 */
import { COLUMNS, SHEETS, TABLES } from '../workbook/format';
import type { CellValue, SheetRow } from '../domain/entryCells';
import type { CellRef, TableSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { columnLetters, splitQualified } from './a1';
import { jsonBytes } from './bytes';
import { toCellValue } from './cellValues';

/** Rows read with the headers in the first sync. */
export const FIRST_BLOCK_ROWS = 5000;
/** Rows under the table read for entries typed where LibreOffice/WPS do not grow the table. */
export const ROWS_BELOW = 200;

/** What the read found, with its cost. */
export interface EntriesRead {
  snapshot: WorkbookSnapshot;
  /** Whether a 校验结果 sheet exists (the write replaces it). */
  issuesSheetExists: boolean;
  syncs: number;
  /** Largest response, in estimated bytes. */
  largestResponseBytes: number;
}

interface Block {
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
}

function isNotFound(e: unknown): boolean {
  return (
    typeof e === 'object' && e !== null && 'code' in e && (e as { code: unknown }).code === 'ItemNotFound'
  );
}

/** Rows of a block as cell values, noting formula cells (a formula reads back different from its value). */
function blockRows(block: Block, firstRow: number, width: number, formulas: CellRef[]): SheetRow[] {
  return block.values.map((row, i) => ({
    row: firstRow + i,
    values: Array.from({ length: width }, (_, j): CellValue => {
      const f = block.formulas[i]?.[j];
      if (typeof f === 'string' && f.startsWith('=') && f !== row[j])
        formulas.push({ row: firstRow + i, column: j });
      return toCellValue(row[j], block.valueTypes[i]?.[j]);
    }),
  }));
}

function isBlank(values: readonly CellValue[]): boolean {
  return values.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
}

function metaGrid(used: Excel.Range): CellValue[][] {
  const pad = (n: number) => new Array<CellValue>(n).fill(null);
  const cells: CellValue[][] = [];
  for (let i = 0; i < used.rowIndex; i++) cells.push([]);
  used.values.forEach((r, i) =>
    cells.push([...pad(used.columnIndex), ...r.map((v, j) => toCellValue(v, used.valueTypes[i]?.[j]))]),
  );
  return cells;
}

const LOAD = 'values,valueTypes,formulas';

/** Reads entries, meta and the 校验结果 sheet's existence. */
export async function readEntries(
  ctx: Excel.RequestContext,
  maxResponseBytes = 4_000_000,
): Promise<EntriesRead> {
  const table = ctx.workbook.tables.getItem(TABLES.entries);
  const whole = table.getRange().load('address');
  const header = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('rowCount,rowIndex');
  const first = table
    .getDataBodyRange()
    .getRow(0)
    .getResizedRange(FIRST_BLOCK_ROWS - 1, 0)
    .load(LOAD);
  const below = table
    .getRange()
    .getLastRow()
    .getOffsetRange(1, 0)
    .getResizedRange(ROWS_BELOW - 1, 0)
    .load(LOAD);
  const meta = ctx.workbook.worksheets
    .getItem(SHEETS.meta)
    .getUsedRangeOrNullObject(true)
    .load('values,valueTypes,rowIndex,columnIndex');
  const issues = ctx.workbook.worksheets.getItemOrNullObject(SHEETS.issues).load('name');
  try {
    await ctx.sync();
  } catch (e) {
    if (isNotFound(e)) return readDamaged(ctx);
    throw e;
  }
  let syncs = 1;
  let largest =
    jsonBytes(first.values) +
    jsonBytes(first.valueTypes) +
    jsonBytes(first.formulas) +
    jsonBytes(below.values) * 3;
  const where = splitQualified(whole.address);
  const headers = (header.values[0] ?? []).map((h) => String(h));
  const width = headers.length;
  const total = body.rowCount;
  const firstRow = body.rowIndex + 1;
  const formulas: CellRef[] = [];
  const rows = blockRows(
    {
      values: first.values.slice(0, total),
      valueTypes: first.valueTypes.slice(0, total),
      formulas: first.formulas.slice(0, total),
    },
    firstRow,
    width,
    formulas,
  );
  if (total > FIRST_BLOCK_ROWS) {
    const perRow = Math.max(1, largest / FIRST_BLOCK_ROWS);
    const step = Math.max(1, Math.floor(maxResponseBytes / perRow / 1.2));
    for (let start = FIRST_BLOCK_ROWS; start < total; start += step) {
      const count = Math.min(step, total - start);
      const block = table
        .getDataBodyRange()
        .getRow(start)
        .getResizedRange(count - 1, 0)
        .load(LOAD);
      await ctx.sync();
      syncs += 1;
      largest = Math.max(
        largest,
        jsonBytes(block.values) + jsonBytes(block.valueTypes) + jsonBytes(block.formulas),
      );
      rows.push(...blockRows(block, firstRow + start, width, formulas));
    }
  }
  const lastRow = where.to.row + 1;
  const belowRows = blockRows(below, lastRow + 1, width, formulas);
  let lastFilled = -1;
  belowRows.forEach((r, i) => {
    if (!isBlank(r.values)) lastFilled = i;
  });
  // Excel keeps one blank data row in an empty table; trailing blank rows are not entries (unless rows follow below).
  if (lastFilled < 0) while (rows.length > 0 && isBlank(rows[rows.length - 1]?.values ?? [])) rows.pop();
  const entries: TableSnapshot = {
    name: TABLES.entries,
    sheet: where.sheet,
    topLeft: `${columnLetters(where.from.col)}${where.from.row + 1}`,
    headers,
    rows,
    numberFormats: headers.map(() => null),
    formulaCells: formulas,
    rowsBelow: belowRows.slice(0, lastFilled + 1),
  };
  return {
    snapshot: { sheets: [], tables: [entries], meta: meta.isNullObject ? [] : metaGrid(meta), merges: [] },
    issuesSheetExists: !issues.isNullObject,
    syncs,
    largestResponseBytes: largest,
  };
}

/** The slow path for a damaged workbook: which sheets exist, then meta and the entries sheet as a plain range. */
async function readDamaged(ctx: Excel.RequestContext): Promise<EntriesRead> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  await ctx.sync();
  const read = await readWithoutTable(
    ctx,
    sheets.items.map((s) => s.name),
  );
  // The failed first read, the sheet list, the plain read.
  return { ...read, syncs: 3 };
}

/**
 * Reads a workbook whatever it holds, starting from its sheet and table lists (one sync): the entries table
 * when it exists, else `_wp_meta` and the entries sheet as a plain range — two syncs in all for a workbook
 * without a ledger, which is what loading a schema into a new workbook reads.
 */
export async function readWorkbook(ctx: Excel.RequestContext): Promise<EntriesRead> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  const tables = ctx.workbook.tables.load('items/name');
  await ctx.sync();
  // The office's own columns of 单位 and 报告期 (contacts, deadlines) must survive a schema reload: read them
  // with the entries, in the same sync (both tables are small).
  const officeTables = OFFICE_TABLES.filter((name) => tables.items.some((t) => t.name === name)).map(
    (name) => ({
      name,
      range: ctx.workbook.tables.getItem(name).getRange().load('address,values,valueTypes'),
    }),
  );
  const withOffice = (read: EntriesRead): EntriesRead => ({
    ...read,
    snapshot: {
      ...read.snapshot,
      tables: [...read.snapshot.tables, ...officeTables.map((t) => wholeTable(t.name, t.range))],
    },
  });
  if (tables.items.some((t) => t.name === TABLES.entries)) {
    const read = await readEntries(ctx);
    return withOffice({ ...read, syncs: read.syncs + 1 });
  }
  const names = sheets.items.map((s) => s.name);
  if (!names.includes(SHEETS.meta) && !names.includes(SHEETS.entries)) {
    const snapshot: WorkbookSnapshot = {
      sheets: names.map((name) => ({ name, visibility: 'visible' })),
      tables: [],
      meta: null,
      merges: [],
    };
    return { snapshot, issuesSheetExists: names.includes(SHEETS.issues), syncs: 1, largestResponseBytes: 0 };
  }
  const read = await readWithoutTable(ctx, names);
  return withOffice({ ...read, syncs: 2 });
}

/** Tables whose extra columns the office fills in (read for a schema load, so that they are kept). */
const OFFICE_TABLES = [TABLES.units, TABLES.periods] as const;

/** A whole small table, read in one range: header row and data rows. */
function wholeTable(name: string, range: Excel.Range): TableSnapshot {
  const where = splitQualified(range.address);
  const [header = [], ...body] = range.values;
  const headers = header.map((h) => String(h));
  return {
    name,
    sheet: where.sheet,
    topLeft: `${columnLetters(where.from.col)}${where.from.row + 1}`,
    headers,
    rows: body.map((values, i) => ({
      row: where.from.row + 2 + i,
      values: values.map((v, j) => toCellValue(v, range.valueTypes[i + 1]?.[j])),
    })),
    numberFormats: headers.map(() => null),
  };
}

/** `_wp_meta` and the entries sheet as a plain range, given the sheet names (one sync). */
async function readWithoutTable(ctx: Excel.RequestContext, names: string[]): Promise<EntriesRead> {
  const meta = names.includes(SHEETS.meta)
    ? ctx.workbook.worksheets
        .getItem(SHEETS.meta)
        .getUsedRangeOrNullObject(true)
        .load('values,valueTypes,rowIndex,columnIndex')
    : null;
  const used = names.includes(SHEETS.entries)
    ? ctx.workbook.worksheets
        .getItem(SHEETS.entries)
        .getUsedRangeOrNullObject(true)
        .load(`address,rowIndex,columnIndex,${LOAD}`)
    : null;
  await ctx.sync();
  const snapshot: WorkbookSnapshot = {
    sheets: names.map((name) => ({ name, visibility: 'visible' })),
    tables: [],
    meta: meta && !meta.isNullObject ? metaGrid(meta) : null,
    merges: [],
  };
  if (used && !used.isNullObject) {
    const plain = plainRange(used);
    if (plain) snapshot.plainEntries = plain;
  }
  return {
    snapshot,
    issuesSheetExists: names.includes(SHEETS.issues),
    syncs: 1,
    largestResponseBytes: used && !used.isNullObject ? jsonBytes(used.values) * 3 : 0,
  };
}

/** The entries sheet's used range as a plain table: the first row whose first used cell reads 报告期 is the header. */
function plainRange(used: Excel.Range): TableSnapshot | null {
  const firstHeader = COLUMNS.entries[0];
  const headerAt = used.values.findIndex((r) => r.some((v) => v === firstHeader));
  if (headerAt < 0) return null;
  const headerRow = used.values[headerAt] ?? [];
  const start = headerRow.indexOf(firstHeader);
  let width = 0;
  while (start + width < headerRow.length && headerRow[start + width] !== '') width++;
  const slice = <T>(grid: T[][]) => grid.slice(headerAt + 1).map((r) => r.slice(start, start + width));
  const formulas: CellRef[] = [];
  const rows = blockRows(
    { values: slice(used.values), valueTypes: slice(used.valueTypes), formulas: slice(used.formulas) },
    used.rowIndex + headerAt + 2,
    width,
    formulas,
  );
  while (rows.length > 0 && isBlank(rows[rows.length - 1]?.values ?? [])) rows.pop();
  return {
    name: '',
    sheet: SHEETS.entries,
    topLeft: `${columnLetters(used.columnIndex + start)}${used.rowIndex + headerAt + 1}`,
    headers: headerRow.slice(start, start + width).map(String),
    rows,
    numberFormats: [],
    formulaCells: formulas,
  };
}
