/**
 * News copies of a yearly list (民生实事, 惠民实事) that number no line: items marked by two-digit numbers on lines of
 * their own (`01` / `城镇老旧小区改造和社区服务提升:` / `新开工改造…`), or the paragraphs after the sentence that
 * says how many there are (`接续办好15件重点民生实事。具体包括:` / `新开工改造…。` / `建设100个口袋公园…。`).
 * `unnumberedItems` asks these readers after the others.
 */
import { EDITOR_CREDIT, type ClassifiedLine } from './classify';
import { chineseNumber } from './numbering';
import type { ItemMark } from './unnumberedItems';

/** A two-digit number alone on its line (`01`), as news pages mark a list's items. */
const PADDED = /^\d{2}$/;
/** How many items the list has, said before it (`15件重点民生实事`, `10件惠民实事`, `十项民生工程`). */
const ANNOUNCED =
  /(\d{1,2}|[两二三四五六七八九十]{1,3})(件|项|个)[^。;,:]{0,10}?(民生实事|惠民实事|为民办实事|实事|民生工程|惠民工程|民生项目)(?![^。]{0,4}(全面完成|已完成|完成情况|均已|进展))/;
/** A sentence leading in a list (`具体包括:`, `分别是`). */
const LIST_LEAD = /[::]$|(具体|分别|主要)(包括|是|为|有)/;
/** A reporter's line, not an item (`据了解,…`, `下一步,…`, `…负责人表示`). */
const NEWS_LINE =
  /^(据了解|据介绍|下一步|近日|日前|会议|记者|此外|另外|同时|目前|截至|今年以来|要)|表示|介绍|负责同志|参加会议|获悉/;
/** Reporter's lines passed over between the count and the list. */
const MAX_NEWS_BEFORE = 2;
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

/** A number alone on its line (`1`), as news pages mark a list's items. */
const BARE = /^\d{1,2}$/;
/** A list's own title on the line before its first number (`十大工程`, `十件民生实事`): short, no sentence. */
const LIST_TITLE = /^[^。,;:!?]{2,16}$/;

/**
 * The paragraphs after `1`, `2`, `3`… each alone on its line, one paragraph to a number (more would be a table's row
 * pasted cell by cell, or a page between page numbers): three or more in order from 1; a second list may number
 * from 1 again after a title of its own (`十大工程` / `1` … `10` / `十件民生实事` / `1` …), which heads its items.
 */
export function bareNumbers(lines: readonly ClassifiedLine[]): Map<ClassifiedLine, ItemMark> | undefined {
  const filled = lines.filter((line) => line.kind !== 'blank');
  const marks = new Map<ClassifiedLine, ItemMark>();
  const runs: Array<Array<[ClassifiedLine, ItemMark]>> = [];
  let run: Array<[ClassifiedLine, ItemMark]> = [];
  // Most items are one paragraph each: where many go on over more before the next number, the numbers are a
  // table's rows or pages, not such a list.
  let longer = 0;
  const close = (): void => {
    if (longer * LONGER_SHARE <= run.length) runs.push(run);
    run = [];
    longer = 0;
  };
  for (let k = 0; k < filled.length; k++) {
    const line = filled[k] as ClassifiedLine;
    if (!BARE.test(line.text)) continue;
    const value = Number(line.text);
    if (value === 1 && run.length > 0) close();
    if (value !== run.length + 1) continue;
    const item = filled[k + 1];
    if (!item || !isText(item) || item.text.length < MIN_TASK) continue;
    const after = filled[k + 2];
    // One paragraph to a number: the next number, the end, or the next list's title after it.
    const closed =
      after === undefined ||
      BARE.test(after.text) ||
      (LIST_TITLE.test(after.text) && filled[k + 3]?.text === '1');
    if (!closed) longer++;
    run.push([item, { value: 0, label: line.text, length: 0 }]);
  }
  close();
  const kept = runs.filter((r) => r.length >= MIN_RUN);
  if (kept.length === 0) return undefined;
  const items = new Set(kept.flatMap((r) => r.map(([item]) => item)));
  let next = 1;
  for (const r of kept) {
    // The list's title, right above its first number, heads its items when the notice has two lists.
    const first = filled.indexOf(r[0]?.[0] as ClassifiedLine);
    const title = filled[first - 2];
    if (kept.length > 1 && title && isText(title) && LIST_TITLE.test(title.text) && !items.has(title))
      marks.set(title, { value: kept.indexOf(r) + 1, label: '', length: 0, heading: true });
    for (const [item, mark] of r) marks.set(item, { ...mark, value: next++ });
  }
  return marks;
}

/** At most one item in this many may go on over more than one paragraph. */
const LONGER_SHARE = 3;

/**
 * `一教育方面`: a title numbered 一, 二, 三 whose 、 the page lost, short and with no sentence in it; not a word that
 * begins with a numeral (`一图读懂`, `二手车`, `一网通办`, `一站式`).
 */
const STRIPPED_NUMERAL =
  /^([一二三四五六七八九十]{1,2})(?![是批个项件次体些把般并同直切定年月日季]|图读|网通|手车|站式|窗受|件事)[\u4e00-\u9fff]{2,12}$/;

/**
 * Titles numbered 一, 二, 三… whose separator the page lost (`一教育方面` / its paragraph / `二医疗卫生方面` / …), each
 * over a paragraph: three or more in order from 一, each an item with its paragraph.
 */
export function strippedNumerals(
  lines: readonly ClassifiedLine[],
): Map<ClassifiedLine, ItemMark> | undefined {
  const marks = new Map<ClassifiedLine, ItemMark>();
  lines.forEach((line, at) => {
    const numeral = isText(line) ? STRIPPED_NUMERAL.exec(line.text)?.[1] : undefined;
    if (!numeral || chineseNumber(numeral) !== marks.size + 1) return;
    const next = lines.slice(at + 1).find((l) => l.kind !== 'blank');
    if (next && isText(next) && !STRIPPED_NUMERAL.test(next.text))
      marks.set(line, { value: marks.size + 1, label: numeral, length: numeral.length });
  });
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
    const count = /\d/.test(said) ? Number(said) : chineseNumber(said);
    const { marks, toEnd } = listAfter(lines, at, count);
    // A list is led in (`具体包括:`), or as long as it said, or cut off only by the end of the page: a sentence that
    // merely names the count (`今年确定的15件民生实事涉及…`) leads no list.
    const led = LIST_LEAD.test(line.text) || marks.size === count || toEnd;
    if (led && marks.size >= best.size) best = marks;
  });
  return best.size >= MIN_RUN ? best : undefined;
}

/**
 * The paragraphs after line `at` that each say a task, up to `count` of them: a reporter's lines before the first
 * (`近日,县政府常务会议研究确定了…`) are passed over, and one after them (`据了解,…`, `下一步,…`) ends the list.
 */
function listAfter(
  lines: readonly ClassifiedLine[],
  at: number,
  count: number,
): { marks: Map<ClassifiedLine, ItemMark>; toEnd: boolean } {
  const marks = new Map<ClassifiedLine, ItemMark>();
  let passed = 0;
  for (const line of lines.slice(at + 1)) {
    if (marks.size >= count) return { marks, toEnd: false };
    // A page's furniture between the items (a picture's file name, a page number) is no item and ends no list; the
    // editors' credit after the items (`责任编辑:…`) ends the article, and the list with it.
    if (line.kind === 'furniture' && marks.size > 0 && EDITOR_CREDIT.test(line.text))
      return { marks, toEnd: true };
    if (line.kind === 'blank' || line.kind === 'furniture') continue;
    const news = NEWS_LINE.test(line.text);
    if (news && marks.size === 0 && passed++ < MAX_NEWS_BEFORE) continue;
    const task =
      !news &&
      isText(line) &&
      line.text.length >= MIN_TASK &&
      (/\d/.test(line.text) || /[。;]$/.test(line.text));
    if (!task) return { marks, toEnd: false };
    marks.set(line, { value: marks.size + 1, label: String(marks.size + 1), length: 0 });
  }
  return { marks, toEnd: true };
}
