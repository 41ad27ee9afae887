/**
 * How a validation finding reads for people, worked out where the entries' place on the sheet is known: the A1
 * cell it points at (through the entries layout, so a table that does not start in column A is placed right)
 * and its sentence naming the unit, the row, the column, the cell and the fix. The 校验结果 sheet, the pane and
 * the CLI all word findings here.
 */
import type { Locale } from '../domain/messages';
import { clip } from '../domain/validation/cells';
import type { ValidationIssue } from '../domain/validation/types';
import { indexToLetters } from './address';
import { entryCellAddress, type EntriesLayout } from './inspectEntries';

/**
 * The A1 address of the cell a finding points at (`E12`), or '' for a unit-level finding or a column the
 * entries lack. Without a layout the entries are taken to start in column A, as the workbook plan places them.
 */
export function issueCell(issue: ValidationIssue, layout: EntriesLayout | null): string {
  if (issue.row === null || issue.columnIndex === null) return '';
  return layout
    ? entryCellAddress(layout, issue.row, issue.columnIndex)
    : `${indexToLetters(issue.columnIndex)}${issue.row}`;
}

/** The unit as findings name it (long names clipped, a blank one said). */
function unitLabel(unit: string, locale: Locale): string {
  if (unit === '') return locale === 'zh-CN' ? '未填单位' : 'no unit';
  return clip(unit, 40);
}

/**
 * A finding's full sentence: 【省工信厅】第12行「填报单位」（B12）：problem。fix。 for a cell, 【省工信厅】problem。fix。
 * for a unit as a whole.
 */
export function issueSentence(issue: ValidationIssue, layout: EntriesLayout | null, locale: Locale): string {
  const who = unitLabel(issue.unit, locale);
  const { text } = issue;
  if (issue.row === null || issue.column === null)
    return locale === 'zh-CN'
      ? `【${who}】${text.zh}。${text.adviceZh}。`
      : `[${who}] ${text.en}; ${text.adviceEn}.`;
  const cell = issueCell(issue, layout);
  return locale === 'zh-CN'
    ? `【${who}】第${issue.row}行「${issue.column}」${cell === '' ? '' : `（${cell}）`}：${text.zh}。${text.adviceZh}。`
    : `[${who}] row ${issue.row}, ${issue.column}${cell === '' ? '' : ` (${cell})`}: ${text.en}; ${text.adviceEn}.`;
}

/** The fix alone (`WP_Issues[建议]`, the pane's advice line). */
export function issueAdvice(issue: ValidationIssue, locale: Locale): string {
  return locale === 'zh-CN' ? issue.text.adviceZh : issue.text.adviceEn;
}
