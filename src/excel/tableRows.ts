/**
 * Reading a table's rows in blocks that fit Excel on the web's 5 MB response limit, whatever the rows hold.
 *
 * - Rows are addressed from the header row (`header.getOffsetRange(1 + start, 0)`), never through
 *   `getDataBodyRange()`: a table whose data rows were all deleted has no body, and what Excel answers then is
 *   undocumented (an error would read like a missing table).
 * - Blocks are sized from measured bytes: the average row so far with a margin, minus room for the longest row
 *   seen, so a ledger of long 工作进展 paragraphs gets smaller blocks than one of short rows.
 * - A block the host still refuses as too large (ResponsePayloadSizeLimitExceeded) is read again in halves.
 */
import { jsonBytes } from './bytes';
import { isTooLarge } from './hostErrors';

/** The budget every read block is sized to (Excel on the web refuses responses over 5 MB). */
export const RESPONSE_BUDGET_BYTES = 4_000_000;

/** Rows `start … start + count - 1` below a header row (0 = the first data row), columns `from … to` of it. */
export function rowsBelowHeader(
  header: Excel.Range,
  start: number,
  count: number,
  columns?: { from: number; to: number },
): Excel.Range {
  const first = columns ? header.getCell(0, columns.from) : header;
  const rows = first.getOffsetRange(1 + start, 0);
  return columns
    ? rows.getResizedRange(count - 1, columns.to - columns.from)
    : rows.getResizedRange(count - 1, 0);
}

/** Bytes of each row of a block, summed over the grids loaded for it (values, valueTypes, formulas). */
export function rowBytes(...grids: ReadonlyArray<ReadonlyArray<readonly unknown[]> | undefined>): number[] {
  const rows = Math.max(0, ...grids.map((g) => g?.length ?? 0));
  return Array.from({ length: rows }, (_, i) =>
    grids.reduce((n, g) => n + (g?.[i] ? jsonBytes(g[i]) + 1 : 0), 0),
  );
}

/** Sizes read blocks from the rows measured so far. */
export class RowSizer {
  private rows = 0;
  private bytes = 0;
  private longest = 0;
  /** Largest response seen, in bytes. */
  largest = 0;

  constructor(
    private readonly budget: number = RESPONSE_BUDGET_BYTES,
    /** Rows to ask for before anything is measured. */
    private readonly blind: number = 500,
  ) {}

  /** Records a block read: the bytes of each of its rows, and `extra` bytes that came with it. */
  record(perRow: readonly number[], extra = 0): void {
    let sum = 0;
    for (const b of perRow) {
      sum += b;
      if (b > this.longest) this.longest = b;
    }
    this.rows += perRow.length;
    this.bytes += sum;
    this.largest = Math.max(this.largest, sum + extra);
  }

  /** Notes a response measured as a whole (e.g. the first sync's other loads). */
  note(bytes: number): void {
    this.largest = Math.max(this.largest, bytes);
  }

  /** How many of `remaining` rows the next block should ask for. */
  next(remaining: number): number {
    if (this.rows === 0) return Math.max(1, Math.min(remaining, this.blind));
    const average = this.bytes / this.rows;
    const room = this.budget - 2 * this.longest;
    const fit = Math.floor(room / Math.max(1, average * 1.25));
    return Math.max(1, Math.min(remaining, fit));
  }
}

/**
 * Reads rows `start … start + count - 1` by queueing `queue(start, n)` and syncing, halving the block while the
 * host refuses it as too large; resolves with the settled reads in order (each `settle()` after its sync).
 */
export async function readInBlocks<T>(
  ctx: Excel.RequestContext,
  start: number,
  count: number,
  sizer: RowSizer,
  queue: (start: number, rows: number) => { settle(): { value: T; perRow: number[] } },
  onSync: () => void,
): Promise<T[]> {
  const out: T[] = [];
  let next = start;
  const end = start + count;
  let cap = Number.POSITIVE_INFINITY;
  while (next < end) {
    const rows = Math.max(1, Math.min(sizer.next(end - next), cap));
    const pending = queue(next, rows);
    try {
      await ctx.sync();
    } catch (e) {
      onSync();
      if (!isTooLarge(e) || rows === 1) throw e;
      cap = Math.ceil(rows / 2);
      continue;
    }
    onSync();
    const { value, perRow } = pending.settle();
    sizer.record(perRow);
    out.push(value);
    next += rows;
    cap = Number.POSITIVE_INFINITY;
  }
  return out;
}
