/** The annotated copy of a checked workbook as .xlsx bytes (校验状态, highlights, 校验结果), through the shared plan. */
import type { ValidationResult } from '../domain/validation/types';
import type { WorkbookCheck } from '../workbook/checkWorkbook';
import { SHEETS } from '../workbook/format';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { planValidatedWorkbook } from '../workbook/validatedPlan';
import { writePlanToXlsx } from './writePlanToXlsx';

/** The written file and what it shows. */
export interface ValidatedXlsx {
  bytes: Uint8Array;
  /** The validation as written (row numbers of the new file; equal to the input's for a table from A1). */
  result: ValidationResult;
  /** Sheets of the input not carried over (Chinese names). */
  droppedSheets: string[];
}

/**
 * Writes the annotated workbook for a usable check of `snapshot`; the input bytes are never touched.
 * Given the input's bytes, the user's own sheets are carried over and only the add-in's stale sheets are dropped.
 */
export async function writeValidatedXlsx(
  snapshot: WorkbookSnapshot,
  check: Extract<WorkbookCheck, { ok: true }>,
  appVersion = '',
  original?: Uint8Array,
): Promise<ValidatedXlsx> {
  const { plan, result, droppedSheets } = planValidatedWorkbook(
    snapshot,
    check.inspection,
    check.result,
    appVersion,
  );
  const bytes = await writePlanToXlsx(plan, { keepSheetsFrom: original });
  const own = new Set<string>(Object.values(SHEETS));
  return {
    bytes,
    result,
    droppedSheets: original ? droppedSheets.filter((name) => own.has(name)) : droppedSheets,
  };
}
