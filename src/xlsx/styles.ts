/** Translations from plan settings to exceljs options. */
import type { ConditionalFormattingRule, DataValidation } from 'exceljs';
import type { ConditionalFormatPlan, DataValidationPlan } from '../workbook/plan';

/** `#RRGGBB` → exceljs ARGB (`FFRRGGBB`). */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, '').toUpperCase()}`;
}

/** Strips the leading `=` that plans write and OOXML does not store. */
export function storedFormula(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

/** exceljs data validation for a plan validation. */
export function dataValidation(plan: DataValidationPlan): DataValidation {
  const prompt = plan.prompt
    ? { showInputMessage: true, promptTitle: plan.prompt.title, prompt: plan.prompt.message }
    : {};
  const error = {
    showErrorMessage: true,
    errorStyle: plan.strict ? 'stop' : 'warning',
    errorTitle: '输入不符合要求',
    error: plan.type === 'list' ? '请从下拉列表中选择。' : '请输入不小于 0 的数字。',
  };
  if (plan.type === 'list') {
    return { type: 'list', allowBlank: true, formulae: [storedFormula(plan.source)], ...prompt, ...error };
  }
  const formulae = plan.operator === 'between' ? [plan.min, plan.max ?? plan.min] : [plan.min];
  return { type: 'decimal', operator: plan.operator, allowBlank: true, formulae, ...prompt, ...error };
}

/** exceljs conditional-format rule for a plan format whose column's first data cell is `firstCell` (e.g. `J2`). */
export function conditionalRule(
  plan: ConditionalFormatPlan,
  firstCell: string,
  priority: number,
): ConditionalFormattingRule {
  if (plan.type === 'dataBar') {
    return {
      type: 'dataBar',
      priority,
      cfvo: [{ type: 'min' }, { type: 'max' }],
      color: { argb: argb(plan.color) },
    } as ConditionalFormattingRule;
  }
  const style = {
    fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: argb(plan.fill) } },
    font: { color: { argb: argb(plan.fontColor) } },
  };
  const text =
    plan.type === 'textEquals'
      ? `${firstCell}="${plan.text.replace(/"/g, '""')}"`
      : storedFormula(plan.formula);
  return { type: 'expression', priority, formulae: [text], style };
}
