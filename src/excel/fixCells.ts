/**
 * Applying the fixes of chosen issues to the live workbook, batched like every other write: the chosen cells are
 * read (value, type and number format) in requests packed by size, a cell edited since validation is left alone,
 * then only the unchanged cells are written, with 已修正 in `WP_Issues[处理]`, in requests packed by size. A
 * handful of fixes costs two syncs; thousands cost one more per ~4 MB of requests, never one over the limit.
 */
import type { CellChange } from '../domain/validation/types';
import type { CellValue } from '../domain/entryCells';
import { SHEETS, TABLES } from '../workbook/format';
import { entryCellAddress, type EntriesLayout } from '../workbook/inspectEntries';
import { FIXED_LABEL, HANDLED_COLUMN } from '../workbook/issueSheet';
import { indexToLetters } from '../workbook/address';
import { toCellValue } from './cellValues';
import { cellInput, writeFormat } from './literal';
import { sheetProxy } from './proxies';
import { packBatches, queuedWrite, type QueuedWrite } from './writeBatches';
import { OPERATION_OVERHEAD_BYTES } from './bytes';
import { type HostCapabilities } from './capabilities';
import {
  isManual,
  manualCalculationNotice,
  protectionProblem,
  queueHostState,
  queueRecalculation,
} from './probe';
import { LedgerError } from '../domain/messages';

/** What applying fixes did. */
export interface FixesApplied {
  /** Cells written, as `E12`. */
  written: string[];
  /** Issues whose cell changed since validation (left alone), by id. */
  skipped: string[];
  syncs: number;
  /** Chinese notices (Excel calculating manually). */
  notices: string[];
}

/** Options of `writeFixes`. */
export interface FixOptions {
  /** Largest request, in estimated bytes (default 4,000,000). */
  maxRequestBytes?: number;
  /** What the host supports (the workbook's protection is read from ExcelApi 1.7). */
  capabilities?: HostCapabilities;
}

/** Whether a cell still holds what validation saw (blank and '' alike; errors by code). */
function sameCellValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'object' || typeof b === 'object')
    return typeof a === 'object' && typeof b === 'object' && a?.error === b?.error;
  return a === b;
}

/** A fix's new value as plan text or number (an error value travels as its text). */
function planned(change: CellChange): string | number | boolean | null {
  const to = change.to;
  return typeof to === 'object' && to !== null ? to.error : to;
}

/**
 * Writes the given changes (the domain's `applyFixes` for the chosen issues) into the entries at `layout`,
 * marking each written issue's row (`issueRows`: issue id → 0-based row of `WP_Issues`) as 已修正.
 */
export async function writeFixes(
  ctx: Excel.RequestContext,
  layout: EntriesLayout,
  changes: readonly CellChange[],
  issueRows: ReadonlyMap<string, number>,
  options: FixOptions = {},
): Promise<FixesApplied> {
  const budget = options.maxRequestBytes ?? 4_000_000;
  const cells = changes
    .map((c) => ({ change: c, address: entryCellAddress(layout, c.row, c.columnIndex) }))
    .filter((c) => c.address !== '');
  let syncs = 0;

  // Read what the chosen cells hold now, and where WP_Issues is, in requests packed by size.
  const reads: Array<{ values: unknown[][]; valueTypes: string[][]; numberFormat: unknown[][] } | null> =
    cells.map(() => null);
  let issues: Excel.Range | null = null;
  const readWrites: QueuedWrite[] = cells.map(({ address }, i) =>
    queuedWrite('读取要修正的单元格', [address], (c) => {
      // Where WP_Issues is, only to mark 已修正 (a caller that validates again afterwards asks for no marks).
      if (issueRows.size > 0)
        issues ??= c.workbook.tables.getItem(TABLES.issues).getHeaderRowRange().load('rowIndex,columnIndex');
      reads[i] = sheetProxy(c, layout.sheet).getRange(address).load('values,valueTypes,numberFormat');
    }),
  );
  const readBatches = packBatches(readWrites, budget, 0);
  if (readBatches.length === 0) {
    if (issueRows.size > 0)
      issues = ctx.workbook.tables.getItem(TABLES.issues).getHeaderRowRange().load('rowIndex,columnIndex');
    readBatches.push([]);
  }
  const host = queueHostState(ctx, options.capabilities);
  for (const batch of readBatches) {
    for (const u of batch) u.queue(ctx);
    await ctx.sync();
    syncs += 1;
  }
  const header = issues as Excel.Range | null;
  const state = host();
  // Nothing is written into a protected sheet: Excel would refuse part-way (AccessDenied).
  const locked = protectionProblem(state, cells.length > 0 ? [layout.sheet, SHEETS.issues] : [], []);
  if (locked) throw new LedgerError(locked.key, locked.params);

  const written: string[] = [];
  const skipped: string[] = [];
  const writeWrites: QueuedWrite[] = [];
  cells.forEach(({ change, address }, i) => {
    const range = reads[i];
    const now = range ? toCellValue(range.values[0]?.[0], range.valueTypes[0]?.[0]) : null;
    if (!sameCellValue(now, change.from)) {
      skipped.push(change.issueId);
      return;
    }
    const format = String(range?.numberFormat[0]?.[0] ?? 'General');
    const value = planned(change);
    // Written under the format the cell has (see literal.ts): General for apostrophe-led text in a Text cell.
    const during = writeFormat(value, format) ?? format;
    const input = cellInput(value, during);
    const at = issueRows.get(change.issueId);
    const handled =
      at !== undefined && header
        ? `${indexToLetters(header.columnIndex + HANDLED_COLUMN)}${header.rowIndex + 2 + at}`
        : null;
    writeWrites.push(
      queuedWrite('写入修正', [address, input, handled], (c) => {
        const target = sheetProxy(c, layout.sheet).getRange(address);
        if (during !== format) target.numberFormat = [[during]];
        target.values = [[input]];
        if (during !== format) target.numberFormat = [[format]];
        if (handled) sheetProxy(c, SHEETS.issues).getRange(handled).values = [[FIXED_LABEL]];
      }),
    );
    written.push(address);
  });
  const manual = isManual(state) && writeWrites.length > 0;
  const writeBatches = packBatches(writeWrites, budget, OPERATION_OVERHEAD_BYTES);
  for (const [i, batch] of writeBatches.entries()) {
    for (const u of batch) u.queue(ctx);
    if (manual && i === writeBatches.length - 1) queueRecalculation(ctx);
    await ctx.sync();
    syncs += 1;
  }
  return { written, skipped, syncs, notices: manual ? [manualCalculationNotice()] : [] };
}
