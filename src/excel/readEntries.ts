/**
 * The read of what validation needs from the live workbook: `WP_Entries` (headers, values, which cells of the
 * short columns hold formulas, rows typed under the table), `_wp_meta` and whether 校验结果 exists. The first
 * sync carries the headers, the row count and a first block of rows; the rest follows in blocks sized from the
 * bytes measured so far (tableRows.ts), so no response passes Excel on the web's 5 MB limit however long the
 * 工作进展 paragraphs are. `formulas` are never loaded for the free-text columns (工作进展, 存在问题): they are
 * the bulk of the bytes, and a formula there matters less than in the columns validation checks. Rows are
 * addressed from the header row, so a table whose data rows were all deleted reads as empty, not as missing.
 * A damaged workbook (no table, no meta sheet) costs up to two more syncs to say exactly what is missing.
 */
import { COLUMNS, SHEETS, TABLES } from '../workbook/format';
import type { CellValue, SheetRow } from '../domain/entryCells';
import type { CellRef, TableSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { indexToLetters, splitQualified } from '../workbook/address';
import { jsonBytes } from './bytes';
import { type HostCapabilities } from './capabilities';
import { toCellValue } from './cellValues';
import { isItemNotFound, isTooLarge } from './hostErrors';
import { type HostState, queueHostState } from './probe';
import { queueWholeTables, SCHEMA_TABLE_NAMES } from './schemaTables';
import { readInBlocks, RESPONSE_BUDGET_BYTES, rowBytes, rowsBelowHeader, RowSizer } from './tableRows';

/** Rows read with the headers in the first sync (~2–4 KB each with long 工作进展 and 存在问题 texts). */
export const FIRST_BLOCK_ROWS = 1000;
/** Rows under the table read for entries typed where LibreOffice/WPS do not grow the table. */
export const ROWS_BELOW = 200;
/** Contract columns of free text, whose formulas are never loaded. */
export const FREE_TEXT_COLUMNS: readonly string[] = ['工作进展', '存在问题'];

/** What the read found, with its cost. */
export interface EntriesRead {
  snapshot: WorkbookSnapshot;
  /** Whether a 校验结果 sheet exists (the write replaces it). */
  issuesSheetExists: boolean;
  syncs: number;
  /** Largest response, in estimated bytes. */
  largestResponseBytes: number;
  /** Calculation mode and protection (absent on the damaged path, which writes nothing). */
  host?: HostState;
}

/** A span of adjacent columns (0-based, within the table). */
interface Span {
  from: number;
  to: number;
}

/** Runs of adjacent columns whose header is a contract column other than free text. */
function formulaSpans(headers: readonly string[]): Span[] {
  const spans: Span[] = [];
  headers.forEach((h, j) => {
    const wanted =
      (COLUMNS.entries as readonly string[]).includes(h.trim()) && !FREE_TEXT_COLUMNS.includes(h.trim());
    if (!wanted) return;
    const last = spans[spans.length - 1];
    if (last && last.to === j - 1) last.to = j;
    else spans.push({ from: j, to: j });
  });
  return spans;
}

const sameSpans = (a: Span[], b: Span[]) =>
  a.length === b.length && a.every((s, i) => s.from === b[i]?.from && s.to === b[i]?.to);

/** Formulas of some rows over some spans, from row offset `start` (0 = first row under the header). */
interface FormulaGrid {
  start: number;
  span: Span;
  formulas: unknown[][];
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

/**
 * Reads entries, meta, the schema tables (in the first sync; see schemaTables.ts) and the 校验结果 sheet's
 * existence. A missing schema table fails the first sync: one sync then lists what is there, and the read goes on
 * with the tables that exist (or, without the entries table or `_wp_meta`, reads what a damaged workbook holds).
 */
export async function readEntries(
  ctx: Excel.RequestContext,
  maxResponseBytes = RESPONSE_BUDGET_BYTES,
  caps?: HostCapabilities,
  schemaTables: readonly string[] = SCHEMA_TABLE_NAMES,
): Promise<EntriesRead> {
  const table = ctx.workbook.tables.getItem(TABLES.entries);
  // The first block's formulas are asked for the contract's column order; a hand-reordered table is re-read.
  const guessed = formulaSpans(COLUMNS.entries);
  const queueFirst = (rows: number) => {
    const whole = table.getRange().load('address');
    const header = table.getHeaderRowRange().load('values');
    const count = table.rows.load('count');
    const first =
      rows > 0
        ? {
            cells: rowsBelowHeader(header, 0, rows).load('values,valueTypes'),
            formulas: guessed.map((span) => ({
              span,
              range: rowsBelowHeader(header, 0, rows, span).load('formulas'),
            })),
          }
        : null;
    // The rows under the table (the table's last row is its header when it has no data rows).
    const last = table.getRange().getLastRow();
    const below = {
      cells: last
        .getOffsetRange(1, 0)
        .getResizedRange(ROWS_BELOW - 1, 0)
        .load('values,valueTypes'),
      formulas: guessed.map((span) => ({
        span,
        range: last
          .getCell(0, span.from)
          .getOffsetRange(1, 0)
          .getResizedRange(ROWS_BELOW - 1, span.to - span.from)
          .load('formulas'),
      })),
    };
    const meta = ctx.workbook.worksheets
      .getItem(SHEETS.meta)
      .getUsedRangeOrNullObject(true)
      .load('values,valueTypes,rowIndex,columnIndex');
    const issues = ctx.workbook.worksheets.getItemOrNullObject(SHEETS.issues).load('name');
    const host = queueHostState(ctx, caps);
    const schema = queueWholeTables(ctx, schemaTables);
    return { whole, header, count, first, below, meta, issues, host, schema };
  };
  let syncs = 0;
  let head = queueFirst(FIRST_BLOCK_ROWS);
  try {
    try {
      await ctx.sync();
    } finally {
      syncs += 1;
    }
  } catch (e) {
    if (isItemNotFound(e) && schemaTables.length > 0)
      return readWhatIsThere(ctx, maxResponseBytes, caps, syncs);
    if (isItemNotFound(e)) return readDamaged(ctx);
    if (!isTooLarge(e)) throw e;
    head = queueFirst(0);
    try {
      await ctx.sync();
    } finally {
      syncs += 1;
    }
  }
  const sizer = new RowSizer(maxResponseBytes, 100);
  sizer.note(jsonBytes(head.meta.isNullObject ? null : head.meta.values) * 2 + head.schema.bytes());
  const where = splitQualified(head.whole.address);
  const headers = (head.header.values[0] ?? []).map((h) => String(h));
  const width = headers.length;
  const total = head.count.count;
  const spans = formulaSpans(headers);
  const values: unknown[][] = [];
  const types: string[][] = [];
  const formulaGrids: FormulaGrid[] = [];
  // Rows whose formulas were read for the wrong columns (a table whose columns were moved by hand).
  const reread: Array<{ start: number; count: number }> = [];
  const guessedRight = sameSpans(spans, guessed);
  if (head.first) {
    const v = head.first.cells.values.slice(0, total);
    const t = head.first.cells.valueTypes.slice(0, total).map((r) => r.map(String));
    values.push(...v);
    types.push(...t);
    const f = head.first.formulas.map((x) => x.range.formulas.slice(0, total));
    sizer.record(rowBytes(v, t, ...f), jsonBytes(head.header.values));
    if (guessedRight)
      head.first.formulas.forEach((x, k) =>
        formulaGrids.push({ start: 0, span: x.span, formulas: f[k] ?? [] }),
      );
    else if (v.length > 0) reread.push({ start: 0, count: v.length });
  }
  const belowValues = head.below.cells.values;
  const belowTypes = head.below.cells.valueTypes.map((r) => r.map(String));
  const belowFormulas = head.below.formulas.map((x) => x.range.formulas);
  sizer.note(jsonBytes(belowValues) + jsonBytes(belowTypes) + jsonBytes(belowFormulas));
  if (guessedRight)
    head.below.formulas.forEach((x, k) =>
      formulaGrids.push({ start: total, span: x.span, formulas: belowFormulas[k] ?? [] }),
    );
  else reread.push({ start: total, count: ROWS_BELOW });

  // The rest of the table in measured blocks; their formulas over the right spans.
  const queueBlock = (start: number, rows: number) => {
    const cells = rowsBelowHeader(head.header, start, rows).load('values,valueTypes');
    const formulas = spans.map((span) => ({
      span,
      range: rowsBelowHeader(head.header, start, rows, span).load('formulas'),
    }));
    const again = reread.splice(0).flatMap((r) =>
      spans.map((span) => ({
        span,
        start: r.start,
        range: rowsBelowHeader(head.header, r.start, r.count, span).load('formulas'),
      })),
    );
    return {
      settle: () => {
        const t = cells.valueTypes.map((r) => r.map(String));
        const f = formulas.map((x) => x.range.formulas);
        for (const x of formulas) formulaGrids.push({ start, span: x.span, formulas: x.range.formulas });
        for (const x of again)
          formulaGrids.push({ start: x.start, span: x.span, formulas: x.range.formulas });
        return { value: { v: cells.values, t }, perRow: rowBytes(cells.values, t, ...f) };
      },
    };
  };
  const onSync = () => (syncs += 1);
  for (const b of await readInBlocks(ctx, values.length, total - values.length, sizer, queueBlock, onSync)) {
    values.push(...b.v);
    types.push(...b.t);
  }
  if (reread.length > 0) {
    // Nothing followed to carry them: the formulas over the right spans take a sync of their own.
    const again = reread.splice(0).flatMap((r) =>
      spans.map((span) => ({
        span,
        start: r.start,
        range: rowsBelowHeader(head.header, r.start, r.count, span).load('formulas'),
      })),
    );
    await ctx.sync();
    syncs += 1;
    for (const x of again) formulaGrids.push({ start: x.start, span: x.span, formulas: x.range.formulas });
  }

  const firstRow = where.from.row + 2;
  const toRows = (grid: unknown[][], typeGrid: string[][], offset: number): SheetRow[] =>
    grid.map((r, i) => ({
      row: firstRow + offset + i,
      values: Array.from({ length: width }, (_, j): CellValue => toCellValue(r[j], typeGrid[i]?.[j])),
    }));
  const rows = toRows(values, types, 0);
  const belowRows = toRows(belowValues, belowTypes, total);
  const allValues = [...values, ...belowValues];
  const formulas: CellRef[] = [];
  for (const g of formulaGrids)
    g.formulas.forEach((r, i) =>
      r.forEach((f, k) => {
        const j = g.span.from + k;
        const offset = g.start + i;
        if (typeof f === 'string' && f.startsWith('=') && f !== allValues[offset]?.[j])
          formulas.push({ row: firstRow + offset, column: j });
      }),
    );
  let lastFilled = -1;
  belowRows.forEach((r, i) => {
    if (!isBlank(r.values)) lastFilled = i;
  });
  // Excel keeps one blank data row in an empty table; trailing blank rows are not entries (unless rows follow below).
  if (lastFilled < 0) while (rows.length > 0 && isBlank(rows[rows.length - 1]?.values ?? [])) rows.pop();
  const entries: TableSnapshot = {
    name: TABLES.entries,
    sheet: where.sheet,
    topLeft: `${indexToLetters(where.from.col)}${where.from.row + 1}`,
    headers,
    rows,
    numberFormats: headers.map(() => null),
    formulaCells: formulas,
    rowsBelow: belowRows.slice(0, lastFilled + 1),
  };
  const meta = head.meta;
  return {
    snapshot: {
      sheets: [],
      tables: [entries, ...head.schema.settle()],
      meta: meta.isNullObject ? [] : metaGrid(meta),
      merges: [],
    },
    issuesSheetExists: !head.issues.isNullObject,
    syncs,
    largestResponseBytes: sizer.largest,
    host: head.host(),
  };
}

/**
 * After a first sync failed on a missing table or sheet: lists the tables and sheets (one sync), then reads the
 * entries with the schema tables that exist, or — without the entries table or `_wp_meta` — what a damaged workbook
 * holds, as the damaged path does (then in the same three syncs).
 */
async function readWhatIsThere(
  ctx: Excel.RequestContext,
  maxResponseBytes: number,
  caps: HostCapabilities | undefined,
  failed: number,
): Promise<EntriesRead> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  const tables = ctx.workbook.tables.load('items/name');
  await ctx.sync();
  const names = sheets.items.map((s) => s.name);
  const has = (name: string) => tables.items.some((t) => t.name === name);
  if (!has(TABLES.entries) || !names.includes(SHEETS.meta)) {
    const read = await readWithoutTable(ctx, names);
    return { ...read, syncs: failed + 1 + read.syncs };
  }
  const read = await readEntries(ctx, maxResponseBytes, caps, SCHEMA_TABLE_NAMES.filter(has));
  return { ...read, syncs: failed + 1 + read.syncs };
}

/** What the damaged path loads of the entries sheet's used range (a plain range, read whole). */
const LOAD = 'values,valueTypes,formulas';

/** Rows of a plain grid as cell values, noting formula cells (a formula reads back different from its value). */
function blockRows(
  block: { values: unknown[][]; valueTypes: string[][]; formulas: unknown[][] },
  firstRow: number,
  width: number,
  formulas: CellRef[],
): SheetRow[] {
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
export async function readWorkbook(ctx: Excel.RequestContext, caps?: HostCapabilities): Promise<EntriesRead> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  const tables = ctx.workbook.tables.load('items/name');
  await ctx.sync();
  // The office's own columns of 单位 and 报告期 (contacts, deadlines) must survive a schema reload, and the schema
  // tables are read back into the schema: read them with the entries, in the same sync (the tables are small).
  const present = (name: string) => tables.items.some((t) => t.name === name);
  const schemaTables = SCHEMA_TABLE_NAMES.filter(present);
  const periods = present(TABLES.periods) ? queueWholeTables(ctx, [TABLES.periods]) : null;
  if (present(TABLES.entries)) {
    const read = await readEntries(ctx, undefined, caps, schemaTables);
    const withPeriods = [...read.snapshot.tables, ...(periods?.settle() ?? [])];
    return { ...read, snapshot: { ...read.snapshot, tables: withPeriods }, syncs: read.syncs + 1 };
  }
  const officeTables = queueWholeTables(ctx, [...schemaTables, ...(periods ? [TABLES.periods] : [])]);
  const withOffice = (read: EntriesRead): EntriesRead => ({
    ...read,
    snapshot: { ...read.snapshot, tables: [...read.snapshot.tables, ...officeTables.settle()] },
  });
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
    topLeft: `${indexToLetters(used.columnIndex + start)}${used.rowIndex + headerAt + 1}`,
    headers: headerRow.slice(start, start + width).map(String),
    rows,
    numberFormats: [],
    formulaCells: formulas,
  };
}
