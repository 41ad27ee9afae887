/**
 * Which of several files of one unit and period in a batch counts: the one saved last by the program's own clock
 * (dcterms:modified); when those are equal or missing, the file changed last on disk; then the one given last.
 * The others are superseded — read and judged, but not taken in.
 */

/** A file that passed every check, as far as ordering needs it. */
export interface BatchCandidate {
  /** Position on the command line (or in the pane's selection). */
  index: number;
  unit: string;
  period: string;
  /** dcterms:modified, ISO 8601, or null. */
  modified: string | null;
  /** The file's modification time on disk (ms since the epoch), or null when unknown. */
  fileTime: number | null;
}

/** Whether `b` is later than `a` by the rule above. */
function later(a: BatchCandidate, b: BatchCandidate): boolean {
  const am = a.modified === null ? null : Date.parse(a.modified);
  const bm = b.modified === null ? null : Date.parse(b.modified);
  if (am !== null && bm !== null && !Number.isNaN(am) && !Number.isNaN(bm) && am !== bm) return bm > am;
  if (a.fileTime !== null && b.fileTime !== null && a.fileTime !== b.fileTime) return b.fileTime > a.fileTime;
  return b.index > a.index;
}

/** For each superseded candidate (by index), the index of the candidate that counts for its unit and period. */
export function supersede(candidates: readonly BatchCandidate[]): Map<number, number> {
  const winners = new Map<string, BatchCandidate>();
  for (const c of candidates) {
    const key = `${c.period}\u0000${c.unit}`;
    const best = winners.get(key);
    if (!best || later(best, c)) winners.set(key, c);
  }
  const superseded = new Map<number, number>();
  for (const c of candidates) {
    const best = winners.get(`${c.period}\u0000${c.unit}`);
    if (best && best.index !== c.index) superseded.set(c.index, best.index);
  }
  return superseded;
}
