/** Row builders for validation tests. */
import type { CellValue, SheetRow } from '../../../src/domain/entryCells';
import type { ValidationIssue, ValidationResult } from '../../../src/domain/validation';
import { translate, type Locale } from '../../../src/domain/messages';
import { issueMessage } from '../../../src/workbook/issueText';

/** The cells of an entry by column name; unspecified columns take the values of a correct row. */
export interface EntryCells {
  period?: CellValue;
  unit?: CellValue;
  item?: CellValue;
  target?: CellValue;
  value?: CellValue;
  measure?: CellValue;
  progress?: CellValue;
}

/** A correct row: 省发展改革委 reports T3.1 (item 3) for 2021年上半年. */
export const CORRECT: Required<EntryCells> = {
  period: '2021年上半年',
  unit: '省发展改革委',
  item: 3,
  target: 'T3.1',
  value: 30,
  measure: '亿元',
  progress: '已完成直接融资30亿元',
};

/** Builds a SheetRow in COLUMNS.entries order. */
export function entry(row: number, cells: EntryCells = {}): SheetRow {
  const c = { ...CORRECT, ...cells };
  return {
    row,
    values: [c.period, c.unit, c.item, c.target, c.value, c.measure, c.progress, null, '张三', null],
  };
}

/** The rule ids filed on one sheet row. */
export function rulesOn(result: ValidationResult, row: number): string[] {
  return result.issues.filter((i) => i.row === row).map((i) => i.rule);
}

/** The issues of one rule on one row. */
export function issuesOf(result: ValidationResult, row: number, rule: string): ValidationIssue[] {
  return result.issues.filter((i) => i.row === row && i.rule === rule);
}

/** An issue's full sentence as the 校验结果 sheet, the CLI and the pane show it (entries from column A), or ''. */
export function sentenceOf(issue: ValidationIssue | undefined, locale: Locale = 'zh-CN'): string {
  return issue ? translate(locale, issueMessage(issue, null)) : '';
}

/** An issue's advice (`WP_Issues[建议]`), or ''. */
export function adviceOf(issue: ValidationIssue | undefined, locale: Locale = 'zh-CN'): string {
  return issue ? translate(locale, issue.advice) : '';
}
