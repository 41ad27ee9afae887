/**
 * Applying one-click fixes: the chosen issues' fixes (or, for `validate --fix`, every certain one) are written
 * only into cells that still hold what validation saw; then validation runs again, so 校验状态 and 校验结果
 * describe the rows after fixing.
 */
import { applyFixes } from '../domain/validation';
import type { CellChange, ValidationResult } from '../domain/validation/types';
import type { EntryEdit, LedgerWorkbook } from './port';
import { runSteps } from './steps';
import { validateLedger, type LedgerValidation, type ValidateOptions } from './validateLedger';

/** What applying fixes did. */
export interface FixesOutcome {
  /** The cells changed. */
  changes: CellChange[];
  /** Fixes left alone because their cell was edited since validation. */
  skipped: CellChange[];
  /** The validation after fixing. */
  validation: LedgerValidation;
}

/** Ids of the issues whose fix is certain (never a guess): what `validate --fix` applies. */
export function certainFixIds(result: ValidationResult): string[] {
  return result.issues.filter((i) => i.fix?.certain === true && i.row !== null).map((i) => i.id);
}

/** Applies the fixes of the chosen issues of `validation`, then validates again (and writes, as validation does). */
export async function applyLedgerFixes(
  workbook: LedgerWorkbook,
  validation: LedgerValidation,
  issueIds: Iterable<string>,
  options: Omit<ValidateOptions, 'period' | 'merge'> = {},
): Promise<FixesOutcome> {
  const { ledger, result } = validation;
  const changes = applyFixes(ledger.rows, result.issues, issueIds);
  let written: CellChange[] = [];
  let skipped: CellChange[] = [];
  await runSteps(
    [
      {
        key: 'applyFixes',
        run: async () => {
          const edits = changes.map((c): EntryEdit => ({
            row: c.row,
            column: c.columnIndex,
            from: c.from,
            to: c.to,
          }));
          const report = await workbook.editEntries(ledger.layout, edits);
          const done = new Set(report.written.map((e) => `${e.row}:${e.column}`));
          written = changes.filter((c) => done.has(`${c.row}:${c.columnIndex}`));
          skipped = changes.filter((c) => !done.has(`${c.row}:${c.columnIndex}`));
        },
      },
    ],
    options,
  );
  const after = await validateLedger(workbook, {
    ...options,
    ...(result.period ? { period: result.period } : {}),
  });
  return { changes: written, skipped, validation: after };
}
