/** The cells of a line parted by `|`: where each stands, trimmed of spaces, empty ones included. */

/** One cell's place in the line: [from, to) after trimming, and where its separator stands (-1 for the last). */
export interface PipeStretch {
  from: number;
  to: number;
  separator: number;
}

/** The stretches between `|` separators of a line, each trimmed of spaces (an empty cell has from === to). */
export function pipeStretches(text: string): PipeStretch[] {
  const out: PipeStretch[] = [];
  let start = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && text[k] !== '|') continue;
    let from = start;
    let to = k;
    while (from < to && text[from] === ' ') from++;
    while (to > from && text[to - 1] === ' ') to--;
    out.push({ from, to, separator: k < text.length ? k : -1 });
    start = k + 1;
  }
  return out;
}
