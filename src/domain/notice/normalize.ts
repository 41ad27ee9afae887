/**
 * Text normalisation that keeps positions: every UTF-16 unit maps to exactly one unit, so a column in the
 * normalised line is the same column in the notice as written.
 */

import { splitCellStubs } from './cellStubs';
import { PART_WORDS } from './clauseLabels';
import { readMarker } from './numbering';
import { withoutGlosses } from './pinyinGloss';

const BRACKETS: Readonly<Record<number, number>> = {
  0x3010: 0x5b, // 【
  0x3011: 0x5d, // 】
  0x3014: 0x5b, // 〔
  0x3015: 0x5d, // 〕
  0xfe59: 0x28, // ﹙
  0xfe5a: 0x29, // ﹚
  0xfe5d: 0x5b, // ﹝
  0xfe5e: 0x5d, // ﹞
  // Small form variants, as some sites and converters write `1﹒` and `省发改委﹑省财政厅`.
  0xfe50: 0x2c, // ﹐
  0xfe51: 0x3001, // ﹑ → 、
  0xfe52: 0x2e, // ﹒
  0xfe54: 0x3b, // ﹔
  0xfe55: 0x3a, // ﹕
};

function normalizeCode(code: number, brackets = true): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0; // full-width ASCII forms
  if (code === 0x3000 || code === 0x00a0 || code === 0x09 || code === 0x200b || code === 0xfeff) return 0x20;
  // En/em/thin spaces and their kin (U+2002–U+200A, U+202F, U+205F), as word processors leave them.
  if ((code >= 0x2002 && code <= 0x200a) || code === 0x202f || code === 0x205f) return 0x20;
  return (brackets ? BRACKETS[code] : undefined) ?? code;
}

/** The text normalised as `normalizeText` does, but with 【】〔〕 as written (unit names keep them). */
export function normalizeKeepingBrackets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(normalizeCode(text.charCodeAt(i), false));
  return out;
}

/**
 * Maps full-width and small-form ASCII to half-width, 全角 and typographic spaces, tabs and NBSP to spaces, 【】〔〕 to
 * [ ] and a Latin full stop ending a Chinese sentence to 。; same length as the input.
 */
export function normalizeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(normalizeCode(text.charCodeAt(i)));
  // `增长8%以上. 财政局`: a half-width stop after Chinese ends a sentence as 。 does (47.1 keeps its point).
  return out.replace(LATIN_STOP, '。');
}

/** A `.` after a Chinese character, `%` or a closing bracket or quote, before a space, the end or Chinese. */
const LATIN_STOP = /(?<=[\u4e00-\u9fff%)”])\.(?=\s|$|[\u4e00-\u9fff])/g;

/** One physical line of the notice. */
export interface NoticeLine {
  /** 1-based line number. */
  line: number;
  /** The line as written, without its line break. */
  raw: string;
  /** Normalised, with leading and trailing spaces removed. */
  text: string;
  /** 1-based column in `raw` where `text` starts. */
  column: number;
  /**
   * For a line the reader joined from several (a table row given cell by cell): where in `text` each of them begins,
   * with its own line and column, so that a place in the joined text maps back to the notice.
   */
  starts?: ReadonlyArray<{ at: number; line: number; column: number }>;
}

/**
 * A space, then a heading or item number (` 一、`, ` (二)`, ` 3.`), a unit label (` 牵头单位:`, ` 部门分工:`), a part
 * label (` 工作措施:`, ` 完成时限:`), an annex or a table header (` 附件:`, ` 序号 工作任务…`); the space after a unit
 * clause's sentence (`…各部门配合。 大力推进…`, the next item's title); or the space after a title's last word
 * (`…的通知 现将…`).
 */
const RUN_ON_BREAK =
  /(?<= )(?=[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,3}[.、](?!\d)|\(\d{1,3}\)|(?:牵头|配合|协同|责任)(?:单位|部门):|(?:部门分工|工作措施|完成时限):|附件 ?[:\d]|序号 [\u4e00-\u9fff]|\d{4}年\d{1,2}月\d{1,2}日)|(?<=\d{4}年\d{1,2}月\d{1,2}日 )(?=[\u4e00-\u9fff])|(?<=(?:牵头|配合|负责|落实)。 )(?=[\u4e00-\u9fff])|(?<=(?:通知|要点|方案|清单|计划|分解表?|分工) )(?=[\u4e00-\u9fff])/g;
const RUN_ON_MIN_LENGTH = 150;
/** Separators that make a line a table row (three cells or more). */
const PIPE_ROW_MIN_SEPARATORS = 2;

/**
 * The next item's number straight after an item's closing unit clause (`…(省发改委负责)(二)公共财政收入…`,
 * `…协办)2.重点抓好…`, `…(责任单位:区发改委)2.做好…`, `…配合)(2)推进…`): two items on one line, on a line of any
 * length.
 */
const AFTER_UNIT_CLAUSE =
  /(?<=(?:(?:负责|牵头|配合|协办|主办|参与|协同|落实|实施)|[([](?:责任|牵头|配合|协同|主办|协办)(?:单位|部门|处室|科室)[:](?:[^()[\]]|\([^()]{0,20}\)){1,120})[)\]]。? ?)(?=\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\(\d{1,2}\)|\d{1,3}[.、](?!\d))/g;

/**
 * A label glued to the unit before it (`责任单位:莲塘镇任务目标:2024年…`): the unit line ends where the next label
 * begins.
 */
const GLUED_LABEL = new RegExp(
  `(?<=(?:牵头|配合|协同|责任)(?:单位|部门):[^:]{1,60}[镇乡局委办厅室处科心司队站所府会道区县院部组])(?=(?:${[...PART_WORDS, '完成时限', '进展情况'].join('|')}):)`,
  'g',
);

/**
 * A heading's sentence with its first item after it on the same line (`(一)推进…信息公开。1.制定…`, `…。(3)细化…`);
 * not a table row's heading cell (`一、做好… | 1.加强… | 局政法科 |`): the table reader takes it from the row.
 */
const FIRST_ITEM_AFTER_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))[^。()|]{2,80}(?:。| )(?=\d{1,2}[.、](?!\d)|\(\d{1,2}\))/;

/**
 * A heading glued to its first item, no stop between (`二、健全完善防汛工作机制1.认真总结…`, as scanned copies give
 * it): the heading has no figure of its own, so its first figure is the item's number 1.
 */
const FIRST_ITEM_GLUED =
  /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))[^。()|\d\s]{2,40}(?=1[.、](?!\d)|\(1\))/;

/** A notice's title glued to its first heading on a page that lost its line breaks (`2024年区政府工作要点一、推动…`). */
const TITLE_THEN_HEADING =
  /^[^。,;:]{4,60}?(要点|方案|安排|清单|计划|意见|通知|分工)(?=一、(?![二两三四五]))/;
/** A heading glued to the item numbered after it (`二、保障改善民生4.新建…`): the number is read, then checked. */
const HEADING_THEN_ITEM =
  /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))[^。()|\d\s]{2,40}(?=(\d{1,2})[.、](?!\d))/;
/** An item's number opening a piece (`3.新建…`). */
const ITEM_START = /^(\d{1,2})[.、](?!\d)/;

/**
 * In a long line without spaces (a web page that lost its line breaks), a heading or item number after the end of a
 * sentence or bracket, or after the colon leading in the list (`…执行。一、抓好…`, `…负责)2.做好…`, `…水平。⑵推进…`,
 * `这十件实事是:1.新修…`, see `COLON_LIST`; not ①②, an item's points), or a `(一)`
 * heading wherever it stands (`…落实(一)做好…`).
 */
const AFTER_SENTENCE =
  /(?<=[。;!?)\]】])(?=[一二三四五六七八九十]{1,3}、|\d{1,2}[.、](?![\d.、])|\(\d{1,2}\)|[\u2474-\u2487])|(?<![第“《(])(?=\([一二三四五六七八九十]{1,3}\)[\u4e00-\u9fff])/g;
/**
 * The colon leading in a list run on after it (`这十件实事是:1.新修…。2.…`): a break only before the line's other
 * breaks, so a list inside an item (`重点抓好两项工作:1.…,2.…`) stays in it; `一、二产业` is no list.
 */
const COLON_LIST = /(?<=:)(?=一、(?![二两三四五])|1[.、](?![\d.、]))/g;
/** A heading leading in its list with a colon (`二、2024年重点任务:`). */
const HEADING_LEAD = /^[一二三四五六七八九十]{1,3}、[^。;]{2,30}$/;
/** Two such breaks make a space-less line a run-on notice: a title or heading and one item. */
const UNSPACED_MIN_BREAKS = 2;
const RUN_ON_MIN_BREAKS = 3;

/**
 * A whole notice on one line (as some web pages give it) is read as the lines it was: split where a space is
 * followed by a number or a unit label, when there are several. Other lines are one piece.
 */
function runOnPieces(norm: string, from: number, to: number): Array<[number, number]> {
  const line = norm.slice(from, to);
  // A table row given on one line (`1 | 新建成… | 1.4月底前… 2.8月底前… | 教育局 |`) keeps the steps in its cells.
  const pipeRow = (line.match(/\|/g)?.length ?? 0) >= PIPE_ROW_MIN_SEPARATORS;
  const run =
    to - from < RUN_ON_MIN_LENGTH || pipeRow
      ? []
      : [...line.matchAll(RUN_ON_BREAK)].map((m) => from + m.index);
  const closed = [...line.matchAll(AFTER_UNIT_CLAUSE), ...line.matchAll(GLUED_LABEL)].map(
    (m) => from + m.index,
  );
  const heading = FIRST_ITEM_AFTER_HEADING.exec(line) ?? FIRST_ITEM_GLUED.exec(line);
  if (heading) closed.push(from + heading[0].length);
  // Only on a page that lost its line breaks: a long line, its second heading further on.
  const titled = to - from >= RUN_ON_MIN_LENGTH ? TITLE_THEN_HEADING.exec(line) : null;
  if (titled && !readMarker(line) && line.includes('二、', titled[0].length))
    closed.push(from + titled[0].length);
  const afterStops =
    to - from < RUN_ON_MIN_LENGTH || line.includes(' ')
      ? []
      : [...line.matchAll(AFTER_SENTENCE)].map((m) => from + m.index);
  const colon = afterStops.length === 0 ? undefined : [...line.matchAll(COLON_LIST)][0];
  // Before the line's other breaks, or right after a heading's own (`二、2024年重点任务:1.完成…`).
  const before = colon ? afterStops.filter((at) => at < from + colon.index) : [];
  const led =
    colon !== undefined &&
    (before.length === 0 || HEADING_LEAD.test(line.slice(Math.max(...before) - from, colon.index)));
  const sentences =
    colon && led ? [...new Set([from + colon.index, ...afterStops])].sort((a, b) => a - b) : afterStops;
  const spaced = run.length < RUN_ON_MIN_BREAKS ? [] : run;
  const unspaced = sentences.length < UNSPACED_MIN_BREAKS ? [] : sentences;
  const found = [...new Set([...spaced, ...unspaced, ...closed])].sort((a, b) => a - b);
  // A piece of a run-on line that is a heading glued to its first item is parted there too: item 1, or the item
  // after the one the piece before began with (`3.新建…` then `二、保障改善民生4.新建…`).
  const glued = found.flatMap((start, k) => {
    const piece = norm.slice(start, to);
    const first = FIRST_ITEM_GLUED.exec(piece);
    if (first) return [start + first[0].length];
    const next = HEADING_THEN_ITEM.exec(piece);
    const before = k > 0 ? ITEM_START.exec(norm.slice(found[k - 1] as number, start))?.[1] : undefined;
    return next?.[1] && before && Number(next[1]) === Number(before) + 1 ? [start + next[0].length] : [];
  });
  const starts = glued.length > 0 ? [...new Set([...found, ...glued])].sort((a, b) => a - b) : found;
  if (starts.length === 0) return [[from, to]];
  const pieces: Array<[number, number]> = [];
  for (const [k, start] of [from, ...starts].entries()) {
    let end = k < starts.length ? (starts[k] as number) : to;
    while (end > start && norm.charCodeAt(end - 1) === 0x20) end--;
    if (end > start) pieces.push([start, end]);
  }
  return pieces;
}

/** Question marks where a line's indent was (an encoding the copy lost), before the line's text. */
const LOST_INDENT = /^\?{1,4}(?=[\u4e00-\u9fff(\d])/;

/** Splits on CRLF, CR or LF and normalises each line; a table given cell by cell with `|` marks, a line per cell. */
export function splitLines(notice: string): NoticeLine[] {
  const lines: NoticeLine[] = [];
  let start = 0;
  let lineNo = 1;
  const push = (end: number): void => {
    const raw = notice.slice(start, end);
    const norm = normalizeText(raw);
    let from = 0;
    let to = norm.length;
    while (from < to && norm.charCodeAt(from) === 0x20) from++;
    while (to > from && norm.charCodeAt(to - 1) === 0x20) to--;
    // `??1.圍繞…`: a copy that lost its indent's ideographic spaces shows them as question marks.
    from += LOST_INDENT.exec(norm.slice(from, to))?.[0].length ?? 0;
    for (const [a, b] of runOnPieces(norm, from, to)) {
      const kept = withoutGlosses(norm, a, b);
      if (kept.length === 1 && kept[0]?.[0] === a && kept[0][1] === b) {
        lines.push({ line: lineNo, raw, text: norm.slice(a, b), column: a + 1 });
        continue;
      }
      // A line glossed with pinyin: its text without the glosses, each stretch mapped to its own column.
      let text = '';
      const starts: Array<{ at: number; line: number; column: number }> = [];
      for (const [x, y] of kept) {
        starts.push({ at: text.length, line: lineNo, column: x + 1 });
        text += norm.slice(x, y);
      }
      const written = kept.map(([x, y]) => raw.slice(x, y)).join('');
      lines.push({ line: lineNo, raw: raw.slice(0, a) + written, text, column: a + 1, starts });
    }
    lineNo++;
  };
  for (let i = 0; i < notice.length; i++) {
    const code = notice.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      push(i);
      if (code === 0x0d && notice.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  push(notice.length);
  return splitCellStubs(lines);
}
