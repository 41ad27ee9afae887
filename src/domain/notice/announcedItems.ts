/**
 * News copies of a yearly list (民生实事, 惠民实事) that number no line: items marked by two-digit numbers on lines of
 * their own (`01` / `城镇老旧小区改造和社区服务提升:` / `新开工改造…`), or the paragraphs after the sentence that
 * says how many there are (`接续办好15件重点民生实事。具体包括:` / `新开工改造…。` / `建设100个口袋公园…。`).
 * `unnumberedItems` asks these readers after the others.
 */
import type { ClassifiedLine } from './classify';
import { chineseNumber } from './numbering';
import type { ItemMark } from './unnumberedItems';

/** A two-digit number alone on its line (`01`), as news pages mark a list's items. */
const PADDED = /^\d{2}$/;
/** How many items the list has, said before it (`15件重点民生实事`, `10件惠民实事`, `十项民生工程`). */
const ANNOUNCED =
  /(\d{1,2}|[两二三四五六七八九十]{1,3})(件|项|个)[^。;,:]{0,10}?(民生实事|惠民实事|为民办实事|实事|民生工程|惠民工程|民生项目)/;
/** A listed item says a task: a sentence or a title and sentences, not a caption. */
const MIN_TASK = 8;
/** Fewer are a sentence's points, not a list. */
const MIN_RUN = 3;

const isText = (line: ClassifiedLine) => line.kind === 'text' || line.kind === 'unit-line';

/** The lines after `01`, `02`, `03`… each on a line of its own: three or more, in order from 01, else none. */
export function paddedNumbers(lines: readonly ClassifiedLine[]): Map<ClassifiedLine, ItemMark> | undefined {
  const marks = new Map<ClassifiedLine, ItemMark>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine;
    if (!PADDED.test(line.text) || Number(line.text) !== marks.size + 1) continue;
    let k = i + 1;
    while (k < lines.length && (lines[k] as ClassifiedLine).kind === 'blank') k++;
    const item = lines[k];
    if (item && isText(item)) marks.set(item, { value: marks.size + 1, label: line.text, length: 0 });
  }
  return marks.size >= MIN_RUN ? marks : undefined;
}

/**
 * The paragraphs after the sentence announcing how many items there are, up to that many: each a task of its own
 * (a figure in it, or a full stop closing it); three or more, else none.
 */
export function announcedList(lines: readonly ClassifiedLine[]): Map<ClassifiedLine, ItemMark> | undefined {
  let best = new Map<ClassifiedLine, ItemMark>();
  // The title may say the count too (`2025年重庆将接续办好15件重点民生实事`): the sentence nearest the list, whose run
  // is the longest, announces it.
  lines.forEach((line, at) => {
    const said = isText(line) ? ANNOUNCED.exec(line.text)?.[1] : undefined;
    if (!said) return;
    const run = listAfter(lines, at, /\d/.test(said) ? Number(said) : chineseNumber(said));
    if (run.size >= best.size) best = run;
  });
  return best.size >= MIN_RUN ? best : undefined;
}

/** The paragraphs after line `at` that each say a task, up to `count` of them. */
function listAfter(
  lines: readonly ClassifiedLine[],
  at: number,
  count: number,
): Map<ClassifiedLine, ItemMark> {
  const marks = new Map<ClassifiedLine, ItemMark>();
  for (const line of lines.slice(at + 1)) {
    if (marks.size >= count) break;
    if (line.kind === 'blank') continue;
    const task =
      isText(line) && line.text.length >= MIN_TASK && (/\d/.test(line.text) || /[。;]$/.test(line.text));
    if (!task) break;
    marks.set(line, { value: marks.size + 1, label: String(marks.size + 1), length: 0 });
  }
  return marks;
}
