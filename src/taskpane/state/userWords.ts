/** The ledger's own words, which the pane shows as written (user data) inside its sentences. */
import { COLUMNS, SHEETS } from '../../workbook/format';
import type { EntryChoices, PaneStatus } from '../backend/types';

/** Status words of targets and rows, as the workbook writes them. */
const STATUS_WORDS = [
  '已完成',
  '正常',
  '滞后',
  '严重滞后',
  '未报送',
  '达标',
  '未达标',
  '通过',
  '警告',
  '错误',
];

/** Every word of the ledger a sentence may quote: names of units, periods, items, targets, sheets and columns. */
export function userWords(status: PaneStatus | null, choices: EntryChoices | null): string[] {
  const words: string[] = [...Object.values(SHEETS), ...COLUMNS.entries, ...COLUMNS.targets, ...STATUS_WORDS];
  if (status?.schema) words.push(status.schema.title, status.schema.issuer);
  if (choices) {
    words.push(...choices.periods, ...choices.units);
    for (const item of choices.items) {
      words.push(item.title);
      // Missing-report findings quote an item's title cut to 30 characters.
      if (item.title.length > 30) words.push(`${item.title.slice(0, 30)}…`);
    }
    for (const target of choices.targets) words.push(target.name, target.measure, target.reporter);
  }
  return words;
}
