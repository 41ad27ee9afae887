/**
 * Validation inside Excel: one read (entries, `_wp_meta`), then one write — 校验状态 per row, fills on the cells
 * at fault (the previous run's fills on the entry columns are cleared first), and the 校验结果 sheet rebuilt.
 * The write is packed into requests of at most 4 MB; it takes one sync unless the issue list is larger than that.
 * No value a user typed is written back: only the 校验状态 column, fills, and the 校验结果 sheet change.
 */
import type { Schema } from '../domain/schema';
import { applyFixes } from '../domain/validation';
import type { ValidationResult } from '../domain/validation/types';
import { checkWorkbook } from '../workbook/checkWorkbook';
import type { SheetRow } from '../domain/entryCells';
import { type EntriesLayout, type EntriesNotice } from '../workbook/inspectEntries';
import { issueRowIndex, planValidationOutput } from '../workbook/validationOutput';
import { type HostCapabilities } from './capabilities';
import { type FixesApplied, writeFixes } from './fixCells';
import { isManual, manualCalculationNotice, protectionProblem, queueRecalculation } from './probe';
import { readEntries } from './readEntries';
import { SHEETS } from '../workbook/format';
import { translate } from '../domain/messages';
import { packBatches } from './units';
import { highlightUnits, issueSheetUnits, statusUnits } from './validationWrites';

/** Thrown when the workbook cannot be validated; the message is a Chinese sentence for the user. */
export class ValidationUnusableError extends Error {
  constructor(
    message: string,
    readonly notices: EntriesNotice[] = [],
  ) {
    super(message);
    this.name = 'ValidationUnusableError';
  }
}

/** Options of a validation run. */
export interface RefreshOptions {
  /** Period for completeness (a label or anything the period reader understands); default: the latest with entries. */
  period?: string;
  /** Host capabilities; features the host lacks (conditional formats on 校验结果) are skipped. */
  capabilities?: HostCapabilities;
  /** Largest request to send (default 4,000,000 bytes). */
  maxRequestBytes?: number;
}

/** A finished validation of the live workbook. */
export interface WorkbookValidation {
  result: ValidationResult;
  /** The schema stored in the workbook. */
  schema: Schema;
  /** Where the entries are, for applying fixes later. */
  layout: EntriesLayout;
  /** The entry rows as read (contract column order). */
  rows: SheetRow[];
  /** Chinese notices about the workbook (damage found, budget exceeded). */
  notices: string[];
  syncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
}

const DEFAULT_REQUEST_BYTES = 4_000_000;

/**
 * Validates the workbook and writes the result into it: what the summary runs first, so that 校验状态 is
 * current. Throws `ValidationUnusableError` (Chinese message) when the workbook cannot be validated.
 */
export async function refreshValidation(
  ctx: Excel.RequestContext,
  options: RefreshOptions = {},
): Promise<WorkbookValidation> {
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_REQUEST_BYTES;
  const read = await readEntries(ctx, undefined, options.capabilities);
  const check = checkWorkbook(read.snapshot, options.period === undefined ? {} : { period: options.period });
  if (!check.ok) throw new ValidationUnusableError(check.problem, check.notices);
  const { inspection, result } = check;
  const output = planValidationOutput(inspection.layout, inspection.rows, result, inspection.notices);
  const blockBytes = Math.floor(maxRequestBytes / 4);
  const units = [
    ...statusUnits(inspection.layout, output, blockBytes),
    ...highlightUnits(inspection.layout, output),
    ...issueSheetUnits(output, read.issuesSheetExists, options.capabilities, blockBytes),
  ];
  const locked = read.host && protectionProblem(read.host, [inspection.layout.sheet], [SHEETS.issues]);
  if (locked) throw new ValidationUnusableError(translate('zh-CN', locked));
  const manual = read.host ? isManual(read.host) : false;
  const batches = packBatches(units, maxRequestBytes, 2000);
  let largest = 0;
  for (const [i, batch] of batches.entries()) {
    for (const u of batch) u.queue(ctx);
    if (manual && i === batches.length - 1) queueRecalculation(ctx);
    await ctx.sync();
    largest = Math.max(
      largest,
      batch.reduce((n, u) => n + u.bytes, 0),
    );
  }
  const syncs = read.syncs + batches.length;
  const notices = inspection.notices.map((n) => n.message);
  if (manual) notices.push(manualCalculationNotice());
  if (syncs > 3)
    notices.push(
      `本次校验用了 ${syncs} 次与 Excel 的往返（读取 ${read.syncs} 次、写入 ${batches.length} 次）：表格或问题清单较大，需分块传输。`,
    );
  return {
    result,
    schema: inspection.schema,
    layout: inspection.layout,
    rows: inspection.rows,
    notices,
    syncs,
    largestRequestBytes: largest,
    largestResponseBytes: read.largestResponseBytes,
  };
}

export type { FixesApplied } from './fixCells';

/**
 * Applies the fixes of the chosen issues: a read of the chosen cells (a cell edited since validation is left
 * alone), then a write of only those cells, and 已修正 in `WP_Issues[处理]` (the original value stays in 原值);
 * both packed into requests by size (fixCells.ts).
 */
export async function applyFixesInWorkbook(
  ctx: Excel.RequestContext,
  validation: WorkbookValidation,
  issueIds: Iterable<string>,
  capabilities?: HostCapabilities,
): Promise<FixesApplied> {
  const changes = applyFixes(validation.rows, validation.result.issues, issueIds);
  return writeFixes(ctx, validation.layout, changes, issueRowIndex(validation.result), {
    ...(capabilities ? { capabilities } : {}),
  });
}
