/**
 * A notice (often a news copy of one) that lists its items as 一是…, 二是…, 三是… — each on a line of its own or run on
 * in one paragraph after a stop (`…具体为:一是…。二是…;三是…`) — or as bullet lines (`● …`), and numbers no line and
 * has no table: those are its items, numbered 1, 2, 3 in order, each labelled as written (`一是`, `●`). A run
 * starting again at 一是 after them is points of something else, left as text. `unnumberedItems` asks this reader.
 */
import { classifyLines, type ClassifiedLine } from './classify';
import { stretch } from './cellStubs';
import { chineseNumber } from './numbering';
import type { ItemMark } from './unnumberedItems';

/** `一是` before the item's first word. */
const ORDINAL = /^([一二三四五六七八九十]{1,3})是(?=[\u4e00-\u9fff“])/;
/** `一是` after a stop inside a paragraph. */
const INLINE_ORDINAL = /(?<=[:;。])(?=([一二三四五六七八九十]{1,3})是[\u4e00-\u9fff“])/g;
/**
 * A bullet before the item's first word (`● 各级住房城乡建设部门要…`): every bullet line of the notice is an item, when
 * it says a task (a page's own bullets, `• 听全文`, `• 2021-03-05`, are short).
 */
const BULLET = /^[●•■◆▪►▶]\s*(?=[\u4e00-\u9fff“(])/;
const MIN_BULLET_TASK = 15;
/** Fewer such lines are a sentence's points, not a list of items. */
const MIN_RUN = 3;

/** The lines read so (a paragraph's run parted into lines of their own), which of them open items, and how written. */
export interface OrdinalLines {
  lines: ClassifiedLine[];
  marks: Map<ClassifiedLine, ItemMark>;
  kind: 'ordinal' | 'bullet';
}

/**
 * A paragraph's 一是…二是…三是… run on after stops, each as a line of its own (the text before it too); `least` is how
 * many the paragraph must hold to be parted.
 */
function partInline(line: ClassifiedLine, least = MIN_RUN): ClassifiedLine[] {
  if (line.kind !== 'text') return [line];
  const starts: number[] = [];
  for (const m of line.text.matchAll(INLINE_ORDINAL))
    if (chineseNumber(m[1] ?? '') === starts.length + 1) starts.push(m.index);
  if (starts.length < least) return [line];
  const cuts = [0, ...starts, line.text.length].filter(
    (at, k, all) => k === 0 || at > (all[k - 1] as number),
  );
  const pieces = cuts.slice(0, -1).map((from, k) => stretch(line, from, cuts[k + 1] as number));
  return classifyLines(pieces.filter((piece) => piece.text.trim() !== ''));
}

/** The lines of a run 一是, 二是, 三是… in order, up to where a run starts again at 一是 (points of something else). */
function ordinalRun(lines: readonly ClassifiedLine[]): Map<ClassifiedLine, ItemMark> {
  const run = new Map<ClassifiedLine, ItemMark>();
  for (const line of lines) {
    const m = line.kind === 'text' ? ORDINAL.exec(line.text) : null;
    const value = m?.[1] ? chineseNumber(m[1]) : NaN;
    if (value === 1 && run.size > 0) break;
    if (m && value === run.size + 1) run.set(line, { value, label: m[0], length: m[0].length });
  }
  return run;
}

/** Bullet lines of one kind (`●`) that say a task: a different mark under them (`○ 其中…`) is a point of the item above. */
function bulletRun(lines: readonly ClassifiedLine[]): Map<ClassifiedLine, ItemMark> {
  const run = new Map<ClassifiedLine, ItemMark>();
  let mark: string | undefined;
  for (const line of lines) {
    const m = line.kind === 'text' ? BULLET.exec(line.text) : null;
    if (!m || line.text.length - m[0].length < MIN_BULLET_TASK) continue;
    mark ??= line.text.charAt(0);
    if (line.text.charAt(0) === mark)
      run.set(line, { value: run.size + 1, label: m[0].trim(), length: m[0].length });
  }
  return run;
}

/** The 一是… or bullet lines that open a notice's items, three or more; undefined when it writes none. */
export function ordinalLines(lines: readonly ClassifiedLine[]): OrdinalLines | undefined {
  // Lines of their own first; a paragraph's run (`…具体为:一是…;二是…`) only when no line starts one.
  const own = ordinalRun(lines);
  if (own.size >= MIN_RUN) return { lines: [...lines], marks: own, kind: 'ordinal' };
  const parted = lines.flatMap((line) => partInline(line));
  const inline = ordinalRun(parted);
  if (inline.size >= MIN_RUN) return { lines: parted, marks: inline, kind: 'ordinal' };
  const bullets = bulletRun(lines);
  return bullets.size >= MIN_RUN ? { lines: [...lines], marks: bullets, kind: 'bullet' } : undefined;
}

/**
 * `…拟从以下十个方面开展工作:一是…。` / `二是…` / `三是…`: the first point run on in the lead-in, the rest on lines of
 * their own to the notice's end. A point may go on for one more paragraph, and one closing line may follow the last;
 * more text among or after them (a recap's points with other sentences between, a duty paragraph's own points before
 * other duties, a task's points inside a list of tasks) is not such a list.
 */
export function ledOrdinalLines(lines: readonly ClassifiedLine[]): OrdinalLines | undefined {
  const mixed = lines.flatMap((line) => partInline(line, 1));
  const led = ordinalRun(mixed);
  if (led.size < MIN_RUN) return undefined;
  const filled = mixed.filter((line) => line.kind !== 'blank' && line.kind !== 'furniture');
  const at = [...led.keys()].map((line) => filled.indexOf(line));
  // Tasks before the lead-in (`新建公办幼儿园3所。`) make the points a task's own, inside a list of tasks.
  if (filled.slice(0, (at[0] as number) - 1).some((line) => /\d/.test(line.text) && /[。;]$/.test(line.text)))
    return undefined;
  const gaps = at.slice(1).map((k, j) => k - (at[j] as number) - 1);
  const after = filled.length - 1 - (at[at.length - 1] as number);
  return gaps.every((gap) => gap <= MAX_POINT_LINES) && after <= MAX_CLOSING_LINES
    ? { lines: mixed, marks: led, kind: 'ordinal' }
    : undefined;
}

/** More paragraphs a point may have after its first. */
const MAX_POINT_LINES = 1;
/** Closing lines after the last point (`让群众…`, a reporter's line). */
const MAX_CLOSING_LINES = 1;
