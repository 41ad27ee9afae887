/** The validation refresh that opens every summary run (issue 5's `refreshValidation`), adapted to the summary. */
import { refreshValidation, ValidationUnusableError } from './validateWorkbook';
import type { RefreshValidationStep } from './summaryWorkbook';

/**
 * Refreshes validation for the summary's period, so that 校验状态 (which the 汇总 formulas read) is current;
 * a workbook that cannot be validated becomes a Chinese message, not a throw.
 */
export const refreshBeforeSummary: RefreshValidationStep = async (ctx, request) => {
  try {
    const done = await refreshValidation(ctx, { period: request.period, capabilities: request.capabilities });
    return { ok: true, value: { schema: done.schema, normalized: done.result.normalized, notices: done.notices } };
  } catch (e) {
    if (e instanceof ValidationUnusableError) return { ok: false, message: e.message };
    throw e;
  }
};
