/**
 * A notice (often a news copy of one) that lists its items as lines beginning 一是…, 二是…, 三是…, or as bullet lines
 * (`● …`), and numbers no line of its own: those lines are its items, numbered 1, 2, 3 in order, each labelled as
 * written (`一是`, `●`).
 */
import type { ClassifiedLine } from './classify';
import { chineseNumber } from './numbering';

/** `一是` before the item's first word. */
const ORDINAL = /^([一二三四五六七八九十]{1,3})是(?=[\u4e00-\u9fff“])/;
/**
 * A bullet before the item's first word (`● 各级住房城乡建设部门要…`): every bullet line of the notice is an item, when
 * it says a task (a page's own bullets, `• 听全文`, `• 2021-03-05`, are short).
 */
const BULLET = /^[●•■◆◇▪►▶★☆◎○]\s*(?=[\u4e00-\u9fff“(])/;
const MIN_BULLET_TASK = 15;
/** Fewer such lines are a sentence's points, not a list of items. */
const MIN_RUN = 3;

/** The lines read so, with the first such line and how many there are (none when the notice is not so written). */
export interface OrdinalItems {
  lines: ClassifiedLine[];
  first?: ClassifiedLine;
  count: number;
  /** Whether the items are written 一是… or as bullets. */
  kind?: 'ordinal' | 'bullet';
}

/** Makes the 一是… lines of a notice without numbered lines its numbered items. */
export function ordinalItems(lines: readonly ClassifiedLine[]): OrdinalItems {
  if (lines.some((line) => line.kind === 'numbered')) return { lines: [...lines], count: 0 };
  const run = new Map<ClassifiedLine, { value: number; length: number }>();
  let next = 1;
  for (const line of lines) {
    const m = line.kind === 'text' ? ORDINAL.exec(line.text) : null;
    if (!m?.[1] || chineseNumber(m[1]) !== next) continue;
    run.set(line, { value: next, length: m[0].length });
    next++;
  }
  let kind: OrdinalItems['kind'] = 'ordinal';
  if (run.size < MIN_RUN) {
    run.clear();
    kind = 'bullet';
    for (const line of lines) {
      const m = line.kind === 'text' ? BULLET.exec(line.text) : null;
      if (m && line.text.length - m[0].length >= MIN_BULLET_TASK)
        run.set(line, { value: run.size + 1, length: m[0].length });
    }
  }
  if (run.size < MIN_RUN) return { lines: [...lines], count: 0 };
  const out = lines.map((line): ClassifiedLine => {
    const at = run.get(line);
    if (!at) return line;
    const label = line.text.slice(0, at.length).trim();
    return {
      ...line,
      kind: 'numbered',
      marker: { style: 'arabic-dot', value: at.value, label, length: at.length },
    };
  });
  return { lines: out, first: [...run.keys()][0], count: run.size, kind };
}
