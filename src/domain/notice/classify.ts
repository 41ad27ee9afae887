/** Line classification: numbered lines, unit lines, page furniture (dates, page numbers, 抄送, signatures) and text. */
import { looksLikeUnit } from '../units/unitShape';
import { readClauseLabel } from './clauseLabels';
import type { NoticeLine } from './normalize';
import { stretch } from './cellStubs';
import { readMarker, type Marker } from './numbering';
import { columnKind } from './tableColumns';

/** What a line is, before the structure is known. */
export type LineKind =
  'blank' | 'furniture' | 'date' | 'signature' | 'end-matter' | 'numbered' | 'unit-line' | 'text';

/** A line with its kind and, for numbered lines, its marker. */
export interface ClassifiedLine extends NoticeLine {
  kind: LineKind;
  marker?: Marker;
}

const DATE =
  /^\(?(\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日\)?(印发)?$/;
const PRINTED = /\d{4}年\d{1,2}月\d{1,2}日\s?印发$/;
const PAGE_NUMBER = /^[-—–~ ]*\d{1,4}[-—–~ ]*$/;
const PAGE_OF = /^第 ?\d{1,4} ?页/;
const RULE = /^[-—–_=*─━ ]{3,}$/;
const TABLE_RULE = /^\|?( ?:?-{2,}:? ?\|)+( ?:?-{2,}:? ?)?$/;
const PUBLICITY = /^\(此件/;
/** A picture's file name left by a web page where the picture stood (`111.jpg`, `图片1.png`). */
const IMAGE_FILE = /^[^\s。,;:]{1,40}\.(jpe?g|png|gif|bmp|webp)$/i;
/**
 * A web page's credit line (`来源:某县融媒体中心`, `作者:…`, `发布时间:…`): a short name after a label, never part of the
 * item it follows.
 */
const PAGE_CREDIT =
  /^[【[]?(主编|来源|信息来源|文章来源|稿件来源|作者|撰稿|供稿|摄影|摄像|通讯员|记者|发布时间|发布日期|发布机构|浏览次数|点击数)[】\]]?\s?[:：]\s?[^。;,:]{0,30}$/;
/**
 * The editors' credit or the page's links closing a web article (`责任编辑:李茜`, `审核:王某`, `下一篇:…`): page furniture
 * that also ends a news list (what follows is the page, not the list); in a numbered notice it ends nothing.
 */
export const EDITOR_CREDIT =
  /^[【[]?(责任编辑|编辑|审核|审校|校对|初审|复审|终审)[】\]]?\s?[:：]\s?[^。;,:]{0,30}$|^[【[]?(相关链接|相关新闻|相关阅读|上一篇|下一篇)[】\]]?\s?[:：]/;
const END_MATTER = /^(抄送|抄报|附件)/;
const SIGNATURE_SUFFIX = /(组|室|府|厅|局|委|会|办|部|院|行|中心|公司)$/;
const SENTENCE_PUNCT = /[。,;:!?《]/;

/** A line holding only cell separators, as a table pasted one cell per line leaves between its cells. */
const SEPARATORS_ONLY = /^[|│┃ ]+$/;

function kindOf(text: string): { kind: LineKind; marker?: Marker } {
  if (text === '' || SEPARATORS_ONLY.test(text)) return { kind: 'blank' };
  if (DATE.test(text)) return { kind: 'date' };
  if (
    PRINTED.test(text) ||
    PAGE_NUMBER.test(text) ||
    PAGE_OF.test(text) ||
    RULE.test(text) ||
    TABLE_RULE.test(text) ||
    PUBLICITY.test(text) ||
    PAGE_CREDIT.test(text) ||
    EDITOR_CREDIT.test(text) ||
    IMAGE_FILE.test(text)
  ) {
    return { kind: 'furniture' };
  }
  if (END_MATTER.test(text)) return { kind: 'end-matter' };
  if (readClauseLabel(text)) return { kind: 'unit-line' };
  const marker = readMarker(text);
  if (marker && marker.length < text.length) return { kind: 'numbered', marker };
  return { kind: 'text' };
}

/** One cell closed by a separator (`序号 |`, `人均预期寿命 |`), as some sites give a table one cell per line. */
const CLOSED_CELL = /^[^|]*[^|\s] *\|$/;
const MIN_CLOSED_CELLS = 4;

/**
 * Lines of a table given one cell per line with a closing `|` each: the separator is taken off, so that the cells
 * read as the lines of a table pasted cell by cell. A line or two ending in `|` elsewhere stay as written.
 */
function openCells(lines: readonly NoticeLine[]): NoticeLine[] {
  const joined = joinSeparatedCells(joinBrokenRows(lines));
  if (joined.filter((line) => CLOSED_CELL.test(line.text)).length < MIN_CLOSED_CELLS) return joined;
  return joined.map((line) =>
    CLOSED_CELL.test(line.text) ? { ...line, text: line.text.replace(/ *\|$/, '') } : line,
  );
}

/**
 * Several lines read as one (a cell wrapped over lines, a row broken in two): the texts joined with the separator
 * `between` gives each pair, and the same for the lines as written, so that every offset in the joined text still
 * maps to the notice (a source span quotes the whole cell, not its first line). Line and column are the first line's.
 */
function joinLines(
  lines: readonly NoticeLine[],
  between: (before: string, after: string) => string,
): NoticeLine {
  const first = lines[0] as NoticeLine;
  // The part of each line as written that its text stands for (normalising keeps lengths).
  const written = (line: NoticeLine): string =>
    line.raw.slice(line.column - 1, line.column - 1 + line.text.length);
  let text = first.text;
  let raw = first.raw.slice(0, first.column - 1) + written(first);
  const starts: Array<{ at: number; line: number; column: number }> = [];
  const mark = (line: NoticeLine, at: number): void => {
    for (const start of line.starts ?? [{ at: 0, line: line.line, column: line.column }])
      starts.push({ ...start, at: at + start.at });
  };
  mark(first, 0);
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k] as NoticeLine;
    const separator = between((lines[k - 1] as NoticeLine).text, line.text);
    text += separator;
    mark(line, text.length);
    text += line.text;
    raw += separator + written(line);
  }
  return { ...first, text, raw, starts };
}

/**
 * A `|` row broken over two lines (`工作任务 | 具体要求` / `| 责任单位 |`): the line does not close its last cell and
 * the next opens with a separator, so they are one row.
 */
function joinBrokenRows(lines: readonly NoticeLine[]): NoticeLine[] {
  // Where rows close their last cell (`… | 2010年9月20日前 |`), a row line left open is a cell broken over lines.
  const closedRows = lines.filter((line) => CLOSED_ROW.test(line.text)).length >= MIN_CLOSED_ROWS;
  const out: NoticeLine[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const open = last !== undefined && last.text.includes('|') && !last.text.endsWith('|');
    if (open && line.text.startsWith('|') && !SEPARATORS_ONLY.test(line.text))
      out[out.length - 1] = joinLines([last, line], () => ' ');
    // `… | 市规划局 | 市国土资源局` / `市农牧林业局 | 2010年9月20日前 |`: the cell goes on, its next line joined as a
    // cell's lines are.
    else if (
      open &&
      closedRows &&
      CLOSED_ROW.test(line.text) &&
      !line.text.startsWith('|') &&
      !ROW_NUMBER_CELL.test(line.text) &&
      !readMarker(line.text)
    )
      out[out.length - 1] = joinLines([last, line], (before, after) =>
        cellLineBreak(
          before.slice(before.lastIndexOf('|') + 1).trim(),
          after.slice(0, after.indexOf('|')).trim(),
        ),
      );
    else out.push(line);
  }
  return out;
}

/** A line that opens a row of its own: its number in the first cell (`2 | 任务 |`). */
const ROW_NUMBER_CELL = /^[★☆▲]?\d{1,3}[.、]? *\|/;
/** A table row on one line, its last cell closed (`1 | 任务 | 单位 |`). */
const CLOSED_ROW = /\|.*\|$/;
/** Rows closing their last cell make the table's habit from this many on. */
const MIN_CLOSED_ROWS = 2;

/** A line holding one unit's name and nothing else. */
function unitOnItsLine(text: string): boolean {
  return text.length <= MAX_UNIT_LINE && looksLikeUnit(text) && !/[、,;。]/.test(text);
}
const MAX_UNIT_LINE = 20;

/** A person's name spaced out to fill a cell (`王 五`). */
const SPACED_NAME = /^[\u4e00-\u9fff] {1,3}[\u4e00-\u9fff]{1,2}$/;

/**
 * What goes between two lines of one cell: `、` between two people spaced out to fill it (`王 五` / `李 四`) or two
 * units one per line (`产业科` / `市畜牧中心`), a space between Latin words or figures, nothing in a wrapped sentence.
 */
function cellLineBreak(before: string, after: string): string {
  if (SPACED_NAME.test(before) && SPACED_NAME.test(after)) return '、';
  if (unitOnItsLine(before) && unitOnItsLine(after)) return '、';
  return /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after) ? ' ' : '';
}

/**
 * A table given cell by cell with `|` on a line of its own after each cell, a cell wrapped over several lines
 * (`完成2022年度` / `乡村振兴示范村建设` / `|`): the lines of each cell are joined into one line, so that the table reads
 * as a table pasted one cell per line. The separators go.
 */
function joinSeparatedCells(lines: readonly NoticeLine[]): NoticeLine[] {
  const separator = (line: NoticeLine): boolean => line.text !== '' && SEPARATORS_ONLY.test(line.text);
  const separators = lines.filter(separator).length;
  // Where cells close themselves (`序号 |`) or rows hold their cells (`1 | 任务 |`), a lone `|` is an empty cell.
  const otherPipes = lines.filter((line) => line.text.includes('|') && !separator(line)).length;
  if (separators < MIN_CLOSED_CELLS || otherPipes >= MIN_CLOSED_CELLS) return [...lines];
  const rows = separatedRows(lines, separator);
  if (rows) return rows;
  const { first: firstSeparator, last: lastSeparator } = separatorSpan(lines, separator);
  // Before the table (title, letter) and after it (closing remarks) lines stay as they are; the table's first cell
  // is the line before the first separator.
  const out: NoticeLine[] = lines.slice(0, Math.max(0, firstSeparator - 1));
  let cell: NoticeLine[] = [];
  const flush = (): void => {
    if (cell.length > 0) out.push(joinLines(cell, cellLineBreak));
    cell = [];
  };
  for (const line of lines.slice(Math.max(0, firstSeparator - 1), lastSeparator + 1)) {
    if (separator(line)) flush();
    else if (line.text === '') {
      flush();
      out.push(line);
    } else cell.push(line);
  }
  flush();
  return [...out, ...lines.slice(lastSeparator + 1)];
}

/** The first and the last separator line of a table given cell by cell. */
function separatorSpan(
  lines: readonly NoticeLine[],
  separator: (line: NoticeLine) => boolean,
): { first: number; last: number } {
  return {
    first: lines.findIndex(separator),
    last: lines.length - 1 - [...lines].reverse().findIndex(separator),
  };
}

/**
 * A table given cell by cell between `|` lines whose rows each end with an empty cell (`|` / `|`), its header
 * first (`工作任务` / `|` / `具体内容` / `|` / `责任部门` / `|` / `|`): each row becomes a `|` row of its cells, so that a
 * row without a number, or with its category cell merged away, still reads as one row. Undefined when the lines
 * are not such a table (the header not of column names, or a row with more cells than the header).
 */
function separatedRows(
  lines: readonly NoticeLine[],
  separator: (line: NoticeLine) => boolean,
): NoticeLine[] | undefined {
  const { first, last } = separatorSpan(lines, separator);
  // The table's first cell is the line before the first separator, unless that is the title (`|` opens the table).
  const before = lines[first - 1];
  const start = before && columnKind(before.text) !== undefined ? first - 1 : first;
  const table = lines.slice(start, last + 1).filter((line) => line.text !== '');
  // A separator right after another closes an empty cell: the end of the row. Where rows end with three (`市发改委 |
  // |` / `|`), two are an empty cell inside a row (`56 |` / `|` / `市发改委`).
  // Decided by which is the table's habit: one row whose last cell is empty (`市商务局` / `|` / `|` / `|`) does not
  // make every pair of separators an empty cell.
  const runs = separatorRuns(table, separator);
  const rowEnd = runs.filter((n) => n >= 3).length > runs.filter((n) => n === 2).length ? 3 : 2;
  const rows: NoticeLine[][][] = [];
  let row: NoticeLine[][] = [];
  let cell: NoticeLine[] = [];
  let run = 0;
  for (const line of table) {
    if (!separator(line)) {
      // Two separators before this cell where rows end with three: an empty cell stood between them.
      if (run === 2 && rowEnd === 3 && row.length > 0) row.push([]);
      run = 0;
      cell.push(line);
      continue;
    }
    run++;
    if (cell.length > 0) row.push(cell);
    else if (run === rowEnd && row.length > 0) {
      rows.push(row);
      row = [];
    }
    cell = [];
  }
  if (cell.length > 0) row.push(cell);
  if (row.length > 0) rows.push(row);
  const header = rows[0];
  if (!header || rows.length < 3 || header.length < 2) return undefined;
  if (!header.every((c) => c.length === 1 && columnKind((c[0] as NoticeLine).text) !== undefined))
    return undefined;
  // A row of one cell (its other cells merged with the row above) may stand among rows of several.
  const short = rows.filter((r) => r.length < 2).length;
  if (rows.some((r) => r.length > header.length) || short > rows.length / MAX_SHORT_ROWS) return undefined;
  const built = rows.map((r) => {
    // An empty cell inside a row keeps its place: an empty stretch between two separators.
    const between: string[] = [];
    let pending = 0;
    const filled: NoticeLine[][] = [];
    for (const c of r) {
      if (c.length === 0) pending++;
      else {
        if (filled.length > 0) between.push(` |${' |'.repeat(pending)} `);
        filled.push(c);
        pending = 0;
      }
    }
    let k = 0;
    const row = joinLines(
      filled.map((c) => joinLines(c, cellLineBreak)),
      () => between[k++] ?? ' | ',
    );
    // A row of one cell keeps a separator, so that it still reads as a table's row.
    return filled.length === 1 ? { ...row, text: `${row.text} |`, raw: `${row.raw} |` } : row;
  });
  return [...lines.slice(0, start), ...built, ...lines.slice(last + 1)];
}

/** Rows of one cell are at most one in this many. */
const MAX_SHORT_ROWS = 4;

/** The lengths of the runs of separator lines (two or more in a row) among the lines. */
function separatorRuns(lines: readonly NoticeLine[], separator: (line: NoticeLine) => boolean): number[] {
  const runs: number[] = [];
  let run = 0;
  for (const line of [...lines, undefined]) {
    if (line && separator(line)) run++;
    else {
      if (run >= 2) runs.push(run);
      run = 0;
    }
  }
  return runs;
}

const DECIMAL_START = /^(\d{1,3})\.(?=\d)/;
/** A year straight after the dot (`2021年`). */
const YEAR_AFTER_DOT = /^(19|20)\d{2}年/;

/**
 * `4.65岁以上老年人…` between items 3. and 5.: a number glued to the item's first figure reads as a decimal. It is
 * the item marker when the items before and after it say so (N−1 before, N+1 after), so that no item is lost.
 */
function gluedMarkers(lines: ClassifiedLine[]): void {
  // The next arabic-dot marker after each line, found in one pass from the end (the parser stays linear).
  const nextDot: Array<number | undefined> = [];
  let after: number | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    nextDot[i] = after;
    const marker = lines[i]?.marker;
    if (marker?.style === 'arabic-dot') after = marker.value;
  }
  let previous: number | undefined;
  lines.forEach((line, index) => {
    const m = line.kind === 'text' ? DECIMAL_START.exec(line.text) : null;
    if (m?.[1]) {
      const value = Number(m[1]);
      // `2.2021年底前制定…` after item 1: a year is not a decimal's fraction.
      const year = YEAR_AFTER_DOT.test(line.text.slice(m[0].length));
      if (previous === value - 1 && (nextDot[index] === value + 1 || year)) {
        line.kind = 'numbered';
        line.marker = { style: 'arabic-dot', value, label: m[1], length: m[0].length };
      }
    }
    if (line.marker?.style === 'arabic-dot') previous = line.marker.value;
  });
}

/**
 * A heading's count in brackets with the next numbered line run on after it (`一、就业增收工程(10项)1、新增城镇就业…`,
 * `…拟办项目(共八大类106个项目)一、就业增收工程…`), as a news page runs a list's lines together; not `(3个小区)一、二期`.
 */
const COUNT_THEN_MARKER =
  /\((共)?[^()]{0,6}?[\d一二三四五六七八九十]{1,3}[项項个個件条條类類][^()]{0,8}\)(?=([一二三四五六七八九十]{1,3}、(?![二两三四五六七八九十])|\d{1,3}[、.][^\d]))/g;

/** Lines holding a counted heading and the numbered line after it, parted where the count closes. */
function partCountedHeadings(lines: readonly NoticeLine[]): NoticeLine[] {
  return lines.flatMap((line) => {
    const cuts = [...line.text.matchAll(COUNT_THEN_MARKER)].map((m) => m.index + m[0].length);
    if (cuts.length === 0) return [line];
    const bounds = [0, ...cuts, line.text.length];
    return bounds.slice(0, -1).map((from, k) => stretch(line, from, bounds[k + 1] as number));
  });
}

/** Markers that may stand alone on a line above their item's text (`(一)` / `促进群众就业增收,…`). */
const LONE_MARKER_STYLES = new Set(['cn', 'cn-paren', 'arabic-paren', 'circled']);

/**
 * A marker alone on its line with its item's text on the next (`(一)` / `促进群众就业增收,开展…`, as news pages set a
 * list): the two are one numbered line. A bare number (`1`) stays apart: it may be a page number or a table's row.
 */
function joinLoneMarkers(lines: readonly NoticeLine[]): NoticeLine[] {
  const out: NoticeLine[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as NoticeLine;
    const next = lines[k + 1];
    const marker = readMarker(line.text);
    const lone =
      marker !== null && marker.length === line.text.length && LONE_MARKER_STYLES.has(marker.style);
    if (
      lone &&
      next !== undefined &&
      next.text !== '' &&
      !next.text.includes('|') &&
      readMarker(next.text) === null &&
      kindOf(next.text).kind === 'text'
    ) {
      out.push(joinLines([line, next], () => ''));
      k++;
    } else out.push(line);
  }
  return out;
}

/** Classifies every line; the text line right above a date becomes the signature when it is shaped like an issuer. */
export function classifyLines(lines: readonly NoticeLine[]): ClassifiedLine[] {
  const cells = partCountedHeadings(joinLoneMarkers(openCells(lines)));
  const out: ClassifiedLine[] = cells.map((line) => ({ ...line, ...kindOf(line.text) }));
  let previous: ClassifiedLine | undefined;
  for (const line of out) {
    if (line.kind === 'blank') continue;
    if (
      line.kind === 'date' &&
      previous?.kind === 'text' &&
      previous.text.length <= 40 &&
      !SENTENCE_PUNCT.test(previous.text) &&
      SIGNATURE_SUFFIX.test(previous.text)
    ) {
      previous.kind = 'signature';
    }
    previous = line;
  }
  gluedMarkers(out);
  return out;
}
