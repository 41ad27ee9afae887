/**
 * Tables a web page flattened one cell per line with its `|` marks left on (`| 城镇居民人均可支配收入`,
 * `市发改委 |`, `| | 2`): each such line is read as the cells it holds, one line per cell, so the table readers see
 * the cell-per-line table the page was: its separators too, one per line (`| |` gives two), so that the readers of
 * cells between `|` lines can tell an empty cell from a row's end.
 */
import type { NoticeLine } from './normalize';
import { pipeStretches } from './pipeStretches';

/** A run of stub lines shorter than this is a few `|` rows, not a table given cell by cell. */
const MIN_STUBS = 8;
/** Of a run's stub lines, at least this share hold one cell: a `| 指标 | 目标 |` table of two columns is not a run. */
const MIN_SINGLE_SHARE = 0.7;
/** A stub holds at most this many filled cells. */
const MAX_STUB_CELLS = 2;

/** How many filled cells a line marked with `|` at its start or end holds, if few enough for a stub; else undefined. */
function stubCells(text: string): number | undefined {
  if (!text.includes('|') || !(text.startsWith('|') || text.endsWith('|'))) return undefined;
  const filled = text.split('|').filter((cell) => cell.trim() !== '').length;
  return filled <= MAX_STUB_CELLS ? filled : undefined;
}

/**
 * The stretch [from, to) of a line as a line of its own; a line whose places are mapped (a glossed line) keeps the
 * map, from the stretch's start.
 */
export function stretch(line: NoticeLine, from: number, to: number): NoticeLine {
  const piece: NoticeLine = { ...line, text: line.text.slice(from, to), column: line.column + from };
  if (!line.starts) return piece;
  const before = line.starts.filter((s) => s.at <= from);
  const base = before[before.length - 1];
  const starts = [
    ...(base ? [{ at: 0, line: base.line, column: base.column + from - base.at }] : []),
    ...line.starts.filter((s) => s.at > from && s.at < to).map((s) => ({ ...s, at: s.at - from })),
  ];
  return { ...piece, starts };
}

/** A line's cells and separators, each a line of its own (`| | 2` gives `|`, `|`, `2`). */
function explode(line: NoticeLine): NoticeLine[] {
  const out: NoticeLine[] = [];
  for (const { from, to, separator } of pipeStretches(line.text)) {
    if (to > from) out.push(stretch(line, from, to));
    if (separator >= 0) out.push(stretch(line, separator, separator + 1));
  }
  return out;
}

/**
 * The lines, with each line of a cell-per-line run given as its cells and separators, one per line: the form the
 * readers of tables given cell by cell between `|` lines take.
 */
export function splitCellStubs(lines: readonly NoticeLine[]): NoticeLine[] {
  const filled = lines.map((line) => stubCells(line.text));
  const out: NoticeLine[] = [];
  let i = 0;
  while (i < lines.length) {
    // A run: stub lines, with blank lines and lines of separators only between them, and a line without `|` between
    // two stubs (a cell wrapped onto a second line: `| 2015年` / `目 标` / `| 牵头部门`).
    let j = i;
    let stubs = 0;
    let single = 0;
    const inRun = (k: number): boolean =>
      filled[k] !== undefined ||
      (lines[k] as NoticeLine).text === '' ||
      (stubs > 0 && filled[k - 1] !== undefined && filled[k + 1] !== undefined);
    while (j < lines.length && inRun(j)) {
      if ((filled[j] ?? 0) > 0) stubs++;
      if (filled[j] === 1) single++;
      j++;
    }
    const run = j > i && stubs >= MIN_STUBS && single >= stubs * MIN_SINGLE_SHARE;
    for (let k = i; k < Math.max(j, i + 1); k++) {
      const line = lines[k] as NoticeLine;
      if (run && line.text !== '' && filled[k] !== undefined) out.push(...explode(line));
      else out.push(line);
      // `|` alone, then a cell without one (`参与单位` / `|` / `打造产业旗舰。` / `| 全面实施…`): the `|` closes the
      // row, and the next row's first cell is written bare. Two separators in a row mark a row's end.
      if (run && line.text === '|' && k + 1 < j && filled[k + 1] === undefined && lines[k + 1]?.text !== '')
        out.push(line);
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
