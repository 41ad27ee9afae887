/** Tests: adds (or replaces) the 汇总 sheet in a workbook plan, as the .xlsx writer does for summarize --out. */
import type { Schema } from '../../src/domain/schema';
import { SHEETS } from '../../src/workbook/format';
import type { WorkbookPlan } from '../../src/workbook/plan';
import { planSummarySheet } from '../../src/workbook/summarySheet';

/**
 * A copy of `plan` with the 汇总 sheet for `period`: an existing 汇总 sheet is replaced in place, a new one
 * goes before the hidden `_wp_meta` sheet; defined names of the same name are replaced, not duplicated.
 */
export function withSummarySheet(plan: WorkbookPlan, schema: Schema, period: string): WorkbookPlan {
  const { sheet, names } = planSummarySheet(schema, period);
  const sheets = plan.sheets.filter((candidate) => candidate.name !== SHEETS.summary);
  const existingIndex = plan.sheets.findIndex((candidate) => candidate.name === SHEETS.summary);
  const metaIndex = sheets.findIndex((candidate) => candidate.name === SHEETS.meta);
  const at = existingIndex >= 0 ? existingIndex : metaIndex >= 0 ? metaIndex : sheets.length;
  sheets.splice(at, 0, sheet);
  const replaced = new Set(names.map((name) => name.name));
  return { ...plan, sheets, names: [...plan.names.filter((name) => !replaced.has(name.name)), ...names] };
}
