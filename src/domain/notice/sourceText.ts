/** Joined text of several notice lines that can map any offset back to a line, column and the text as written. */
import type { SourceSpan } from '../schema';
import type { NoticeLine } from './normalize';

interface Piece {
  /** Offset of the piece in the joined text. */
  start: number;
  line: NoticeLine;
  /** Offset of the piece in `line.text`. */
  from: number;
  length: number;
  /** A separator the reader added (between the lines of a unit cell): not in the notice as written. */
  added?: true;
}

/** Normalised text of consecutive notice lines (joined without separator, as Chinese wraps need) with source mapping. */
export class SourceText {
  text = '';
  /** Units a heading gives the items under it (`一、…(县委农办牵头)`), not a line of the item's own. */
  heading = false;
  private readonly pieces: Piece[] = [];

  /** Appends `line.text` from offset `from` to offset `to` (the end of the line by default). */
  append(line: NoticeLine, from = 0, to = line.text.length): void {
    const part = line.text.slice(from, to);
    this.pieces.push({ start: this.text.length, line, from, length: part.length });
    this.text += part;
  }

  /**
   * Appends a separator that is not in the notice (`、` between units a table cell puts on lines of their own); it
   * maps to the end of the text before it and is left out of spans.
   */
  appendSeparator(separator: string): void {
    const last = this.pieces[this.pieces.length - 1];
    if (!last) return;
    this.pieces.push({
      start: this.text.length,
      line: last.line,
      from: last.from + last.length,
      length: separator.length,
      added: true,
    });
    this.text += separator;
  }

  /** The text [start, end) as a SourceText of its own, mapping to the same places in the notice. */
  slice(start: number, end: number): SourceText {
    const out = new SourceText();
    for (const piece of this.pieces) {
      const a = Math.max(start, piece.start);
      const b = Math.min(end, piece.start + piece.length);
      if (a >= b) continue;
      if (piece.added) out.appendSeparator(this.text.slice(a, b));
      else out.append(piece.line, piece.from + (a - piece.start), piece.from + (b - piece.start));
    }
    return out;
  }

  /**
   * Offsets where the text goes on to another of the lines it was read from (a line of the notice, or a part of one
   * the reader split off), after the first.
   */
  lineStarts(): number[] {
    return this.pieces
      .filter((piece, k) => k > 0 && piece.line !== this.pieces[k - 1]?.line)
      .map((piece) => piece.start);
  }

  get isEmpty(): boolean {
    return this.pieces.length === 0;
  }

  private indexAt(offset: number): number {
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const piece = this.pieces[mid];
      if (piece && piece.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Line and column (1-based, in the notice as written) of an offset. */
  position(offset: number): { line: number; column: number } {
    const piece = this.pieces[this.indexAt(offset)];
    if (!piece) return { line: 1, column: 1 };
    const inPiece = piece.added ? 0 : Math.min(Math.max(offset - piece.start, 0), piece.length);
    const at = piece.from + inPiece;
    // A line joined from several: the place is on the notice line its stretch came from.
    const before = piece.line.starts?.filter((s) => s.at <= at) ?? [];
    const start = before[before.length - 1];
    if (start) return { line: start.line, column: start.column + at - start.at };
    return { line: piece.line.line, column: piece.line.column + at };
  }

  /**
   * The span [start, end) with the text as written (pieces of different lines joined by a line break, parts of one
   * line by what stands between them there; a mirror site's
   * pinyin glosses, which the reader leaves out, left out here too), at the line and column where it stands.
   */
  span(start: number, end: number): SourceSpan {
    const { line, column } = this.position(start);
    let text = '';
    let previous: { line: NoticeLine; end: number } | undefined;
    for (let i = this.indexAt(start); i < this.pieces.length; i++) {
      const piece = this.pieces[i];
      if (!piece || piece.start >= end) break;
      if (piece.added) continue;
      const a = Math.max(start, piece.start);
      const b = Math.min(end, piece.start + piece.length);
      if (a >= b) continue;
      const rawFrom = piece.line.column - 1 + piece.from + (a - piece.start);
      // Two parts of one line the reader split (a run-on line): what stands between them is quoted too.
      const sameLine =
        previous !== undefined &&
        previous.line.line === piece.line.line &&
        previous.line.raw === piece.line.raw &&
        rawFrom >= previous.end;
      if (previous) text += sameLine ? piece.line.raw.slice(previous.end, rawFrom) : '\n';
      text += piece.line.raw.slice(rawFrom, rawFrom + (b - a));
      previous = { line: piece.line, end: rawFrom + (b - a) };
    }
    return { line, column, text };
  }
}
