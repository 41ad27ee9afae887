/**
 * How a validation finding reads for people, worked out where the entries' place on the sheet is known: the A1
 * cell it points at (through the entries layout, so a table that does not start in column A is placed right)
 * and its sentence naming the unit, the row, the column, the cell and the fix — as a message, translated at the
 * edge (`say` in the CLI, `t` in the pane; the 校验结果 sheet writes the Chinese).
 */
import { message, type Message } from '../domain/messages';
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

const NO_UNIT = message('validation.noUnit');

// A bad ledger words hundreds of thousands of findings of a few dozen units: each name is clipped once.
const LABELS = new Map<string, string>();

function unitLabel(unit: string): Message | string {
  if (unit === '') return NO_UNIT;
  let label = LABELS.get(unit);
  if (label === undefined) {
    if (LABELS.size >= 10_000) LABELS.clear();
    label = clip(unit, 40);
    LABELS.set(unit, label);
  }
  return label;
}

/**
 * A finding's full sentence: 【省工信厅】第12行「填报单位」（B12）：problem。fix。 for a cell (without the address when
 * the entries lack the column), 【省工信厅】problem。fix。 for a unit as a whole.
 */
export function issueMessage(issue: ValidationIssue, layout: EntriesLayout | null): Message {
  const unit = unitLabel(issue.unit);
  const { row, column, problem, advice } = issue;
  if (row === null || column === null) return message('validation.ofUnit', { unit, problem, advice });
  const cell = issueCell(issue, layout);
  return cell === ''
    ? message('validation.atColumn', { unit, row, column, problem, advice })
    : message('validation.atCell', { unit, row, column, cell, problem, advice });
}
