/**
 * A numbered line that only titles its paragraph (`1.主要指标的责任部门。`) when the paragraph is sentences each
 * closed by its own unit clause (`常住人口控制在1150万人左右。(市人口计生委、市公安局牵头)万元地区生产总值能源消耗
 * 降低20%。(市经委牵头)…`): each sentence is a work item of its own, with its units.
 */
import type { UnitRegistry } from '../units/registry';
import type { ClassifiedLine } from './classify';
import { readClauseLabel } from './clauseLabels';
import { parseUnitClause, probeContext } from './unitClause';

/** A title line short enough to only name its paragraph. */
const MAX_TITLE = 30;
/** A sentence before its clause says something. */
const MIN_SENTENCE = 4;

/**
 * [start, end) of each sentence with its clause, from `from` to the end of the text; undefined unless the whole text
 * is such sentences, at least `least` of them.
 */
export function clauseRows(
  text: string,
  from: number,
  registry: UnitRegistry,
  least = 2,
): Array<{ start: number; end: number }> | undefined {
  const ctx = probeContext(registry);
  const rows: Array<{ start: number; end: number }> = [];
  let start = from;
  let depth = 0;
  let open = -1;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth > 0) continue;
      const content = text.slice(open + 1, i);
      const clause = parseUnitClause(content, open + 1, 'bare', ctx);
      // A clause names a role (`市经委牵头`) or is labelled (`责任单位:区发改委`); a bracket of bare names is text.
      if (!clause || !(clause.entries.some((e) => e.role !== null) || readClauseLabel(content.trim())))
        continue;
      if (text.slice(start, open).trim().length < MIN_SENTENCE) return undefined;
      const end = text[i + 1] === '。' ? i + 2 : i + 1;
      rows.push({ start, end });
      start = end;
    }
  }
  if (text.slice(start).trim() !== '' || rows.length < least) return undefined;
  return rows;
}

/** Whether an item's first line only titles it: short, one sentence, no units. */
export function titleOnly(line: ClassifiedLine, markerLength: number): boolean {
  const title = line.text.slice(markerLength).trim().replace(/。$/, '');
  return title.length > 0 && title.length <= MAX_TITLE && !/[。;()]/.test(title);
}
