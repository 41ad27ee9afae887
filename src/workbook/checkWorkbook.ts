/** Inspection and validation of a workbook snapshot in one step, as every front end (CLI, Excel) runs them. */
import { isLedgerError } from '../domain/messages';
import { validateEntries } from '../domain/validation';
import type { ValidationResult } from '../domain/validation/types';
import { inspectEntries, type EntriesInspection, type EntriesNotice } from './inspectEntries';
import type { WorkbookSnapshot } from './snapshot';

/** A validated workbook, or why it cannot be validated (Chinese). */
export type WorkbookCheck =
  | { ok: true; inspection: Extract<EntriesInspection, { usable: true }>; result: ValidationResult }
  | { ok: false; problem: string; notices: EntriesNotice[] };

/** Inspects the snapshot and validates its entries; an unknown `period` makes the workbook unusable too. */
export function checkWorkbook(snapshot: WorkbookSnapshot, options: { period?: string } = {}): WorkbookCheck {
  const inspection = inspectEntries(snapshot);
  if (!inspection.usable) return { ok: false, problem: inspection.problem, notices: inspection.notices };
  try {
    const result = validateEntries(
      inspection.schema,
      inspection.rows,
      options.period === undefined ? {} : { period: options.period },
    );
    return { ok: true, inspection, result };
  } catch (error) {
    // validateEntries throws only for a period the schema does not have; its message is the Chinese sentence.
    if (isLedgerError(error, 'period.unknown'))
      return { ok: false, problem: error.message, notices: inspection.notices };
    throw error;
  }
}
