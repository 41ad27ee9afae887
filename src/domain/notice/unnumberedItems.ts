/**
 * The items of a notice that numbers no line and has no table numbering its rows: the passages each closed by a unit
 * line (`closedPassages`), else its 一是… or bullet lines (`ordinalLines`), else its paragraphs each opening with the
 * units that do the work (`dutyParagraphs`), else a news copy's list (`announcedItems`). The lines that open items become numbered
 * lines (marked where they stand, nothing added to the text), so the structure reads them as any numbered notice.
 */
import type { ClassifiedLine } from './classify';
import { announcedList, bareNumbers, paddedNumbers, strippedNumerals } from './announcedItems';
import { closedPassages } from './closedPassages';
import { dutyParagraphs } from './dutyParagraphs';
import { ledOrdinalLines, ordinalLines } from './ordinalItems';

/** Where an item opens: its number, its mark as written (`一是`, `●`, or none) and the mark's length in the line. */
export interface ItemMark {
  value: number;
  label: string;
  length: number;
  /** How the office sees where the item opens, when not by its label (the units opening a duty paragraph). */
  shown?: string;
  /** The line heads a list of items rather than opening one (`十件民生实事` over its own `1`, `2`…). */
  heading?: boolean;
}

/** A table's own lines: a `|` row, or its 序号 header (a notice numbering its rows there numbers its items). */
const TABLE_LINE = /\|.*\||^序 ?号/;

/** The lines, with the items found and how they are written (none when the notice numbers its items itself). */
export interface UnnumberedItems {
  lines: ClassifiedLine[];
  found?: {
    first: ClassifiedLine;
    count: number;
    kind: 'closed' | 'ordinal' | 'bullet' | 'duty' | 'listed';
    label: string;
  };
}

/** Reads the items of a notice that numbers no line, if it writes them in one of the ways above. */
export function unnumberedItems(lines: readonly ClassifiedLine[]): UnnumberedItems {
  if (lines.some((line) => line.kind === 'numbered' || TABLE_LINE.test(line.text)))
    return { lines: [...lines] };
  const closed = closedPassages(lines);
  const duties = () => {
    const marks = dutyParagraphs(lines);
    return marks ? { lines: [...lines], marks, kind: 'duty' as const } : undefined;
  };
  const listed = () => {
    const marks =
      paddedNumbers(lines) ?? bareNumbers(lines) ?? strippedNumerals(lines) ?? announcedList(lines);
    return marks ? { lines: [...lines], marks, kind: 'listed' as const } : undefined;
  };
  const read = closed
    ? { lines: [...lines], marks: closed, kind: 'closed' as const }
    : (ordinalLines(lines) ?? ledOrdinalLines(lines) ?? duties() ?? listed());
  if (!read) return { lines: [...lines] };
  const marked = read.lines.map((line): ClassifiedLine => {
    const mark = read.marks.get(line);
    if (!mark) return line;
    const { value, label, length } = mark;
    const style = mark.heading ? 'cn' : 'arabic-dot';
    return { ...line, kind: 'numbered', marker: { style, value, label, length } };
  });
  const items = [...read.marks].filter(([, m]) => !m.heading);
  const [first, mark] = items[0] as [ClassifiedLine, ItemMark];
  const label = mark.shown ?? mark.label;
  return { lines: marked, found: { first, count: items.length, kind: read.kind, label } };
}
