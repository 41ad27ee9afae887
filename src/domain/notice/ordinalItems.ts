/**
 * A notice (often a news copy of one) that lists its items as lines beginning 一是…, 二是…, 三是… and numbers no line
 * of its own: those lines are its items, read as 1., 2., 3. in order.
 */
import type { NoticeLine } from './normalize';
import { chineseNumber, readMarker } from './numbering';

/** `一是` before the item's first word. */
const ORDINAL = /^([一二三四五六七八九十]{1,3})是(?=[\u4e00-\u9fff“])/;
/** Fewer such lines are a sentence's points, not a list of items. */
const MIN_RUN = 3;
/** ⒈…⒛ are one character each for 1.…20., so a line keeps its length and every place in it maps back as before. */
const DOTTED_ONE = 0x2488;
const MAX_DOTTED = 20;

/** The lines read so, with the first such line and how many there are (none when the notice is not so written). */
export interface OrdinalItems {
  lines: NoticeLine[];
  first?: NoticeLine;
  count: number;
  /** The ordinal as written (`一是`) by `line:column` of the line it begins: the item's label in the schema. */
  written: ReadonlyMap<string, string>;
}

/** The key of a line in `OrdinalItems.written`. */
export const lineKey = (line: { line: number; column: number }): string => `${line.line}:${line.column}`;

/** Gives the 一是… lines of a notice without numbered lines the item numbers they stand for. */
export function ordinalItems(lines: readonly NoticeLine[]): OrdinalItems {
  if (lines.some((line) => readMarker(line.text) !== null))
    return { lines: [...lines], count: 0, written: new Map() };
  const run = new Map<NoticeLine, { value: number; length: number }>();
  let next = 1;
  for (const line of lines) {
    const m = ORDINAL.exec(line.text);
    if (!m?.[1] || chineseNumber(m[1]) !== next || next > MAX_DOTTED) continue;
    run.set(line, { value: next, length: m[0].length });
    next++;
  }
  if (run.size < MIN_RUN) return { lines: [...lines], count: 0, written: new Map() };
  const out = lines.map((line) => {
    const at = run.get(line);
    if (!at) return line;
    const mark = String.fromCharCode(DOTTED_ONE + at.value - 1) + ' '.repeat(at.length - 1);
    return { ...line, text: mark + line.text.slice(at.length) };
  });
  const written = new Map([...run].map(([line, at]) => [lineKey(line), line.text.slice(0, at.length)]));
  return { lines: out, first: [...run.keys()][0], count: run.size, written };
}
