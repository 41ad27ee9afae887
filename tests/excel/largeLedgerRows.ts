/** The acceptance ledger of "inside real Excel": 3,000 entries whose 工作进展 are 600 characters each. */
import type { CellValue } from '../../src/domain/entryCells';
import { COLUMNS } from '../../src/workbook/format';

/** Its size. */
export const LARGE_LEDGER = { entries: 3000, progressChars: 600 } as const;

const PROGRESS = COLUMNS.entries.indexOf('工作进展');
const PARAGRAPH = '围绕年度目标任务，牵头单位会同各配合单位细化分解措施，按月调度推进，';

/** A 工作进展 paragraph of exactly `chars` characters, distinct per row. */
function progressText(i: number, chars: number): string {
  const head = `第${i + 1}条：`;
  let text = head;
  while (text.length < chars) text += PARAGRAPH;
  return text.slice(0, chars);
}

/** `template` rows repeated up to the ledger's size, each with a long 工作进展. */
export function largeLedgerRows(
  template: CellValue[][],
  count: number = LARGE_LEDGER.entries,
  chars: number = LARGE_LEDGER.progressChars,
): CellValue[][] {
  return Array.from({ length: count }, (_, i) => {
    const row = [...(template[i % template.length] ?? [])];
    row[PROGRESS] = progressText(i, chars);
    return row;
  });
}
