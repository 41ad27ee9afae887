/**
 * A notice (often a news copy of one) that lists its items as 一是…, 二是…, 三是… — each on a line of its own or run on
 * in one paragraph after a stop (`…具体为:一是…。二是…;三是…`) — or as bullet lines (`● …`), and numbers no line and
 * has no table: those are its items, numbered 1, 2, 3 in order, each labelled as written (`一是`, `●`). A run
 * starting again at 一是 after them is points of something else, left as text.
 */
import { classifyLines, type ClassifiedLine } from './classify';
import { stretch } from './cellStubs';
import { chineseNumber } from './numbering';

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
/** A table's own lines: a `|` row, or its 序号 header (a notice numbering its rows there numbers its items). */
export const TABLE_LINE = /\|.*\||^序 ?号/;

/** The lines read so, with the first such line and how many there are (none when the notice is not so written). */
export interface OrdinalItems {
  lines: ClassifiedLine[];
  first?: ClassifiedLine;
  count: number;
  /** The first item's mark as written (`一是`, `●`). */
  label?: string;
  /** Whether the items are written 一是… or as bullets. */
  kind?: 'ordinal' | 'bullet';
}

/** A paragraph's 一是…二是…三是… run on after stops, each as a line of its own (the text before it too). */
function partInline(line: ClassifiedLine): ClassifiedLine[] {
  if (line.kind !== 'text') return [line];
  const starts: number[] = [];
  for (const m of line.text.matchAll(INLINE_ORDINAL))
    if (chineseNumber(m[1] ?? '') === starts.length + 1) starts.push(m.index);
  if (starts.length < MIN_RUN) return [line];
  const cuts = [0, ...starts, line.text.length].filter(
    (at, k, all) => k === 0 || at > (all[k - 1] as number),
  );
  const pieces = cuts.slice(0, -1).map((from, k) => stretch(line, from, cuts[k + 1] as number));
  return classifyLines(pieces.filter((piece) => piece.text.trim() !== ''));
}

/** The lines of a run 一是, 二是, 三是… in order, up to where a run starts again at 一是 (points of something else). */
function ordinalRun(
  lines: readonly ClassifiedLine[],
): Map<ClassifiedLine, { value: number; length: number }> {
  const run = new Map<ClassifiedLine, { value: number; length: number }>();
  for (const line of lines) {
    const m = line.kind === 'text' ? ORDINAL.exec(line.text) : null;
    const value = m?.[1] ? chineseNumber(m[1]) : NaN;
    if (value === 1 && run.size > 0) break;
    if (m && value === run.size + 1) run.set(line, { value, length: m[0].length });
  }
  return run;
}

/** Makes the 一是… or bullet lines of a notice without numbered lines or tables its items. */
export function ordinalItems(lines: readonly ClassifiedLine[]): OrdinalItems {
  const none: OrdinalItems = { lines: [...lines], count: 0 };
  if (lines.some((line) => line.kind === 'numbered' || TABLE_LINE.test(line.text))) return none;
  // Lines of their own first; a paragraph's run (`…具体为:一是…;二是…`) only when no line starts one.
  let parted: ClassifiedLine[] = [...lines];
  let run = ordinalRun(parted);
  if (run.size < MIN_RUN) {
    parted = lines.flatMap(partInline);
    run = ordinalRun(parted);
  }
  let kind: OrdinalItems['kind'] = 'ordinal';
  if (run.size < MIN_RUN) {
    parted = [...lines];
    run = new Map();
    kind = 'bullet';
    // Bullets of one kind (`●`): a different mark under them (`○ 其中…`) is a point of the item above.
    let mark: string | undefined;
    for (const line of parted) {
      const m = line.kind === 'text' ? BULLET.exec(line.text) : null;
      if (!m || line.text.length - m[0].length < MIN_BULLET_TASK) continue;
      mark ??= line.text.charAt(0);
      if (line.text.charAt(0) === mark) run.set(line, { value: run.size + 1, length: m[0].length });
    }
  }
  if (run.size < MIN_RUN) return none;
  const out = parted.map((line): ClassifiedLine => {
    const at = run.get(line);
    if (!at) return line;
    const label = line.text.slice(0, at.length).trim();
    return {
      ...line,
      kind: 'numbered',
      marker: { style: 'arabic-dot', value: at.value, label, length: at.length },
    };
  });
  const first = [...run.keys()][0] as ClassifiedLine;
  const label = first.text.slice(0, run.get(first)?.length ?? 0).trim();
  return { lines: out, first, count: run.size, kind, label };
}
