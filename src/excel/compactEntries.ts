/**
 * A compact read of `WP_Entries` for the summary, which needs only each row's 校验状态: the values of the short
 * columns (报告期 … 计量单位) and, for 工作进展, only its value type (empty, text, number, error). 存在问题 and
 * 填报人 matter to validation only for telling a blank row, so they are read, with 工作进展's text, just for rows
 * whose short columns are blank; a short-column string starting with `#` (an error value reads back as `#N/A`)
 * gets its value type read too. Those follow-up reads ride along with the next block.
 *
 * Sizes at 100,000 realistic rows: ~6.0 MB of short values and ~1.1 MB of types, read in the first sync
 * (FIRST_BLOCK_ROWS rows with the headers, `_wp_meta` and the schema tables) and two more, each response under the budget.
 * What the full read sees and this one does not: the text of 工作进展 in rows with short values, so a 工作进展
 * holding only spaces reads as filled (the full read warns missing-progress-text); and formula cells, which
 * only the full read reports as a notice.
 */
import { COLUMNS, SHEETS, TABLES } from '../workbook/format';
import type { CellValue, SheetRow } from '../domain/entryCells';
import type { TableSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { indexToLetters, splitQualified } from '../workbook/address';
import { jsonBytes } from './bytes';
import { toCellValue } from './cellValues';
import { isItemNotFound } from './hostErrors';
import { queueWholeTables, SCHEMA_TABLE_NAMES } from './schemaTables';

/** Rows read with the headers in the first sync (responses stay under 4 MB up to ~155 bytes per row read). */
export const FIRST_BLOCK_ROWS = 25_000;
/** Rows under the table read for entries typed where LibreOffice/WPS do not grow the table (as the full read). */
export const ROWS_BELOW = 200;
/** Stands for a text cell whose text was not read: validation only asks whether it is empty. */
export const UNREAD_TEXT = '（未读取的文字）';

/** What the compact read found, with its cost. */
export interface CompactEntriesRead {
  snapshot: WorkbookSnapshot;
  syncs: number;
  /** Largest response, in estimated bytes. */
  largestResponseBytes: number;
}

/** Options of the compact read. */
export interface CompactReadOptions {
  /** Largest response to ask for (default 4,000,000 bytes). */
  maxResponseBytes?: number;
  /** Rows of the blind first block (default FIRST_BLOCK_ROWS). */
  firstBlockRows?: number;
}

const SHORT = [0, 1, 2, 3, 4, 5] as const;
const PROGRESS = COLUMNS.entries.indexOf('工作进展');
const TEXTS = [PROGRESS, COLUMNS.entries.indexOf('存在问题'), COLUMNS.entries.indexOf('填报人')] as const;
// Whitespace as validation trims it (ASCII, full-width, no-break, zero-width): broad on purpose, since a row
// wrongly taken for blank only costs a follow-up read.
const SPACES = /^[\s\u3000\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\ufeff]*$/;

function maybeBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && SPACES.test(v));
}

/** A text cell stood in for by its type: validation sees the same emptiness, kind and error-ness. */
function fromType(type: string | undefined): CellValue {
  switch (type) {
    case 'Empty':
    case undefined:
      return null;
    case 'Error':
      return { error: '#N/A' };
    case 'Double':
      return 0;
    case 'Boolean':
      return true;
    default:
      return UNREAD_TEXT;
  }
}

/** Contiguous runs of 0-based row offsets. */
function runs(rows: number[]): Array<{ start: number; count: number }> {
  const out: Array<{ start: number; count: number }> = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.start + last.count === r) last.count += 1;
    else out.push({ start: r, count: 1 });
  }
  return out;
}

interface Columns {
  /** Header index of each contract column, or -1. */
  picks: number[];
  short: { from: number; to: number };
  texts: { from: number; to: number } | null;
  progress: number;
}

function spanOf(indexes: number[]): { from: number; to: number } | null {
  const present = indexes.filter((i) => i >= 0);
  return present.length === 0 ? null : { from: Math.min(...present), to: Math.max(...present) };
}

/**
 * Reads entries, meta and rows below the table compactly; null when `WP_Entries` or `_wp_meta` is missing
 * (the caller falls back to the full read, which explains the damage).
 */
export async function readCompactEntries(
  ctx: Excel.RequestContext,
  options: CompactReadOptions = {},
): Promise<CompactEntriesRead | null> {
  const budget = options.maxResponseBytes ?? 4_000_000;
  const firstRows = options.firstBlockRows ?? FIRST_BLOCK_ROWS;
  const table = ctx.workbook.tables.getItem(TABLES.entries);
  const whole = table.getRange().load('address');
  const header = table.getHeaderRowRange().load('values,rowIndex');
  const count = table.rows.load('count');
  // Rows are addressed from the header: a table whose data rows were all deleted has no data body range.
  const origin = header.getCell(0, 0).getOffsetRange(1, 0);
  const block = (start: number, count: number, from: number, to: number) =>
    origin.getOffsetRange(start, from).getResizedRange(count - 1, to - from);
  // The first block is queued before the headers are known: it assumes the contract's column order.
  const guess: Columns = {
    picks: [...COLUMNS.entries.keys()],
    short: { from: 0, to: 5 },
    texts: { from: PROGRESS, to: PROGRESS + 2 },
    progress: PROGRESS,
  };
  const firstShort = block(0, firstRows, guess.short.from, guess.short.to).load('values');
  const firstTypes = block(0, firstRows, guess.progress, guess.progress).load('valueTypes');
  const below = table
    .getRange()
    .getLastRow()
    .getOffsetRange(1, 0)
    .getResizedRange(ROWS_BELOW - 1, 0)
    .load('values,valueTypes');
  const meta = ctx.workbook.worksheets
    .getItem(SHEETS.meta)
    .getUsedRangeOrNullObject(true)
    .load('values,valueTypes,rowIndex,columnIndex');
  // The schema tables ride along (every read compares them with `_wp_meta`); a ledger missing one is read by the
  // full read, which lists what is there.
  const schema = queueWholeTables(ctx, SCHEMA_TABLE_NAMES);
  try {
    await ctx.sync();
  } catch (e) {
    if (isItemNotFound(e)) return null;
    throw e;
  }
  let syncs = 1;
  let largest =
    jsonBytes(firstShort.values) +
    jsonBytes(firstTypes.valueTypes) +
    jsonBytes(below.values) +
    jsonBytes(below.valueTypes) +
    jsonBytes(meta.isNullObject ? null : meta.values) * 2 +
    schema.bytes();
  const headers = (header.values[0] ?? []).map((h) => String(h));
  const trimmed = headers.map((h) => h.trim());
  const picks = COLUMNS.entries.map((h) => trimmed.indexOf(h));
  const short = spanOf(SHORT.map((k) => picks[k] ?? -1));
  const progress = picks[PROGRESS] ?? -1;
  const total = count.count;
  const width = headers.length;
  const rows: SheetRow[] = Array.from({ length: total }, (_, i) => ({
    row: header.rowIndex + 2 + i,
    values: new Array<CellValue>(width).fill(null),
  }));
  const where = splitQualified(whole.address);
  const schemaTables = schema.settle();
  const snapshotOf = (): WorkbookSnapshot => {
    const belowRows = below.values.map((r, i): SheetRow => ({
      row: where.to.row + 2 + i,
      values: r.slice(0, width).map((v, j) => toCellValue(v, below.valueTypes[i]?.[j])),
    }));
    let lastFilled = -1;
    belowRows.forEach((r, i) => {
      if (!r.values.every(maybeBlank)) lastFilled = i;
    });
    const entries: TableSnapshot = {
      name: TABLES.entries,
      sheet: where.sheet,
      topLeft: `${indexToLetters(where.from.col)}${where.from.row + 1}`,
      headers,
      rows,
      numberFormats: headers.map(() => null),
      rowsBelow: belowRows.slice(0, lastFilled + 1),
    };
    return {
      sheets: [],
      tables: [entries, ...schemaTables],
      meta: meta.isNullObject ? [] : metaGrid(meta),
      merges: [],
    };
  };
  // Without the short columns or 工作进展 the workbook is unusable; inspection names what is missing.
  if (!short || progress < 0) {
    rows.length = 0;
    return { snapshot: snapshotOf(), syncs, largestResponseBytes: largest };
  }
  const cols: Columns = { picks, short, texts: spanOf(TEXTS.map((k) => picks[k] ?? -1)), progress };

  type Pending = () => void;
  let pending: Pending[] = [];
  /** Takes a block in: short values, 工作进展's type, and follow-ups for the rows that need them. */
  const take = (start: number, values: unknown[][], types: string[][]): void => {
    const needTypes: number[] = [];
    const needTexts: number[] = [];
    for (let i = 0; i < values.length && start + i < total; i++) {
      const out = rows[start + i]?.values;
      if (!out) continue;
      const got = values[i] ?? [];
      let blank = true;
      let hashed = false;
      for (const k of SHORT) {
        const at = picks[k] ?? -1;
        const v = toCellValue(got[at - short.from], undefined);
        out[at] = v;
        if (typeof v === 'string' && v.startsWith('#')) hashed = true;
        if (!maybeBlank(v)) blank = false;
      }
      out[progress] = fromType(types[i]?.[0]);
      if (hashed) needTypes.push(start + i);
      if (blank) needTexts.push(start + i);
    }
    for (const run of runs(needTypes)) pending.push(queueTypes(run.start, run.count));
    if (cols.texts)
      for (const run of runs(needTexts)) pending.push(queueTexts(run.start, run.count, cols.texts));
  };
  const queueTypes = (start: number, count: number): Pending => {
    const r = block(start, count, short.from, short.to).load('valueTypes');
    return () => {
      r.valueTypes.forEach((typesRow, i) => {
        const out = rows[start + i]?.values;
        if (!out) return;
        for (const k of SHORT) {
          const at = picks[k] ?? -1;
          const v = out[at];
          if (typeof v === 'string' && typesRow[at - short.from] === 'Error') out[at] = { error: v };
        }
      });
    };
  };
  const queueTexts = (start: number, count: number, span: { from: number; to: number }): Pending => {
    const r = block(start, count, span.from, span.to).load('values,valueTypes');
    return () => {
      r.values.forEach((got, i) => {
        const out = rows[start + i]?.values;
        if (!out) return;
        for (const k of TEXTS) {
          const at = picks[k] ?? -1;
          if (at >= 0) out[at] = toCellValue(got[at - span.from], r.valueTypes[i]?.[at - span.from]);
        }
      });
    };
  };

  let next = 0;
  let perRow: number;
  const guessed =
    short.from === guess.short.from && short.to === guess.short.to && progress === guess.progress;
  if (guessed) {
    take(0, firstShort.values, firstTypes.valueTypes);
    next = Math.min(firstRows, total);
    perRow = (jsonBytes(firstShort.values) + jsonBytes(firstTypes.valueTypes)) / Math.max(1, firstRows);
  } else {
    // Columns moved by hand: the block in the contract's order is of no use; size blocks conservatively.
    perRow = 40 * (short.to - short.from + 1);
  }
  // Follow-ups are small; they share each block's budget.
  const blockBudget = budget * 0.95;
  while (next < total || pending.length > 0) {
    const waiting = pending;
    pending = [];
    let read: { start: number; short: Excel.Range; types: Excel.Range } | null = null;
    if (next < total) {
      const remaining = total - next;
      const blocks = Math.max(1, Math.ceil((remaining * perRow) / blockBudget));
      const count = Math.ceil(remaining / blocks);
      read = {
        start: next,
        short: block(next, count, short.from, short.to).load('values'),
        types: block(next, count, progress, progress).load('valueTypes'),
      };
      next += count;
    }
    await ctx.sync();
    syncs += 1;
    let bytes = 0;
    for (const settle of waiting) settle();
    if (read) {
      const b = jsonBytes(read.short.values) + jsonBytes(read.types.valueTypes);
      perRow = Math.max(perRow, b / read.short.values.length);
      bytes += b;
      take(read.start, read.short.values, read.types.valueTypes);
    }
    largest = Math.max(largest, bytes);
  }
  return { snapshot: snapshotOf(), syncs, largestResponseBytes: largest };
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
