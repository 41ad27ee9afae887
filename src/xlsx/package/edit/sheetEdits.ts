/**
 * Cell-level edits of one worksheet the add-in does not own (进度填报): values and fills of given cells, whole
 * rows moved (rows typed under a table brought up to it), and data validations / conditional formats that follow a
 * table's new range. Edits are recorded as they are asked for and applied in one pass over the sheet's XML: each
 * changed cell keeps its other attributes and children, each moved cell keeps its XML apart from its reference,
 * and every other byte of the part is copied as it was.
 */
import { LedgerError } from '../../../domain/messages';
import { indexToLetters, lettersToIndex } from '../../../workbook/address';
import type { PlanValue } from '../../../workbook/plan';
import { encodeXlsxText } from '../../textEscape';
import { mergeBox, type MergeBox } from '../sheetCells';
import { escapeText, withAttribute, withoutAttribute } from '../xml';
import type { IndexedCell, IndexedRow, IndexedTag, SheetIndex } from './sheetIndex';
import { indexSheet } from './sheetIndex';
import { prefixed, type StylesAppender } from './stylesAppender';

/** A change to one cell: its value, its fill, or both. */
export interface CellEdit {
  /** A1 address, e.g. `J12`. */
  address: string;
  /** New value: text (always literal text, never a formula), number, boolean, or null for blank. Omit to keep. */
  value?: PlanValue;
  /** `#RRGGBB` for a solid fill, null for no fill. Omit to keep the cell's fill. */
  fill?: string | null;
}

/** Moves the cells of row `from` to row `to` (row numbers before this call). */
export interface RowMove {
  from: number;
  to: number;
}

/** Excel's limits. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
const MAX_TEXT = 32_767;

/** What a pending cell edit holds. */
interface PendingCell {
  value?: PlanValue;
  hasValue: boolean;
  fill?: string | null;
  hasFill: boolean;
}

/** A table's data rows growing or shrinking: ranges of the sheet that exactly cover them follow. */
export interface RangeFollow {
  left: number;
  right: number;
  top: number;
  bottom: number;
  newBottom: number;
}

/** What applying the edits needs from the package. */
export interface SheetEditContext {
  file: string;
  sheet: string;
  styles: StylesAppender;
  /** Cells with a note (A1 → the comments part that holds it). */
  notes: Map<string, string>;
  /** Tables of the sheet whose data rows change (their ranges follow). */
  follows?: RangeFollow[];
}

/** A cell address as the package's numbers (row and column from 1); throws LedgerError for anything that is not a cell of the sheet grid. */
export function cellPosition(address: string, sheet: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(address);
  const col = match ? lettersToIndex(match[1] ?? '') + 1 : 0;
  const row = match ? Number(match[2]) : 0;
  if (!match || col > MAX_COLUMN || row > MAX_ROW)
    throw new LedgerError('file.edit.badAddress', { sheet, cell: address });
  return { row, col };
}

/** The A1 address of the package's row and column (both from 1). */
function address(row: number, col: number): string {
  return `${indexToLetters(col - 1)}${row}`;
}

function within(box: MergeBox, row: number, col: number): boolean {
  return row >= box.top && row <= box.bottom && col >= box.left && col <= box.right;
}

/** The XML of a value's children and its `t` attribute. */
function valueXml(value: PlanValue, prefix: string): { type: string | null; body: string } {
  if (value === null) return { type: null, body: '' };
  if (typeof value === 'boolean') return { type: 'b', body: prefixed(`<v>${value ? 1 : 0}</v>`, prefix) };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return { type: null, body: prefixed(`<v>${String(value)}</v>`, prefix) };
  }
  const stored = escapeText(encodeXlsxText(value));
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  return {
    type: 'inlineStr',
    body: prefixed(`<is><t${space}>`, prefix) + stored + prefixed('</t></is>', prefix),
  };
}

/** Edits of one sheet. */
export class SheetEdits {
  /** Pending cell edits by final row, then column. */
  private readonly cells = new Map<number, Map<number, PendingCell>>();
  /** Final row → the original row whose content it holds (null: emptied); rows not listed hold their own. */
  private readonly origin = new Map<number, number | null>();
  /** Ranges (final positions) whose existing fills are cleared before the recorded fills apply. */
  private readonly clears: MergeBox[] = [];

  constructor(readonly sheet: string) {}

  /** Whether any edit is pending. */
  get empty(): boolean {
    return this.cells.size === 0 && this.origin.size === 0 && this.clears.length === 0;
  }

  /** Records values and fills (later edits of the same cell win, field by field). */
  setCells(edits: readonly CellEdit[]): void {
    for (const edit of edits) {
      const { row, col } = cellPosition(edit.address, this.sheet);
      if (typeof edit.value === 'string' && edit.value.length > MAX_TEXT)
        throw new LedgerError('file.edit.textTooLong', {
          sheet: this.sheet,
          cell: address(row, col),
          length: edit.value.length,
        });
      let byCol = this.cells.get(row);
      if (!byCol) this.cells.set(row, (byCol = new Map()));
      const pending = byCol.get(col) ?? { hasValue: false, hasFill: false };
      if ('value' in edit && edit.value !== undefined) {
        pending.value = edit.value;
        pending.hasValue = true;
      }
      if ('fill' in edit && edit.fill !== undefined) {
        pending.fill = edit.fill;
        pending.hasFill = true;
      }
      byCol.set(col, pending);
    }
  }

  /**
   * Records that every cell of a range loses its fill (as validation clears its old highlights before setting new
   * ones); fills set with setCells, before or after, win. Only cells that have a fill change.
   */
  clearFills(range: string): void {
    const box = mergeBox(range);
    if (!box || box.bottom > MAX_ROW || box.right > MAX_COLUMN)
      throw new LedgerError('file.edit.badAddress', { sheet: this.sheet, cell: range });
    this.clears.push(box);
  }

  /** Records row moves, applied together (a row may move onto a row that moves away in the same call). */
  moveRows(moves: readonly RowMove[]): void {
    const froms = new Set(moves.map((m) => m.from));
    for (const m of moves) {
      for (const n of [m.from, m.to])
        if (!Number.isInteger(n) || n < 1 || n > MAX_ROW)
          throw new LedgerError('file.edit.badAddress', { sheet: this.sheet, cell: String(n) });
      const holds = this.cells.has(m.to) || (this.origin.has(m.to) && this.origin.get(m.to) !== null);
      if (holds && !froms.has(m.to))
        throw new LedgerError('file.edit.rowOccupied', { sheet: this.sheet, row: m.to, from: m.from });
    }
    const sources = moves.map((m) => (this.origin.has(m.from) ? this.origin.get(m.from) : m.from) ?? null);
    const carried = moves.map((m) => this.cells.get(m.from));
    for (const m of moves) {
      this.origin.set(m.from, null);
      this.cells.delete(m.from);
    }
    moves.forEach((m, i) => {
      this.origin.set(m.to, sources[i] ?? null);
      const edits = carried[i];
      if (edits) this.cells.set(m.to, edits);
    });
  }

  /** The final row an original row's content ends up in, or null when it was emptied. */
  private finalRows(): Map<number, number | null> {
    const out = new Map<number, number | null>();
    for (const [finalRow, source] of this.origin) {
      if (source !== null) out.set(source, finalRow);
      if (!out.has(finalRow)) out.set(finalRow, null);
    }
    // A row that kept its content is its own final row even when listed above as emptied.
    for (const [finalRow, source] of this.origin) if (source === finalRow) out.set(finalRow, finalRow);
    return out;
  }

  /** Applies every recorded edit to the sheet's XML text. */
  apply(text: string, context: SheetEditContext, given?: SheetIndex): string {
    const moved = this.finalRows();
    const finalOf = (r: number): number | null => (moved.has(r) ? (moved.get(r) as number | null) : r);
    const index = given ?? indexSheet(text);
    // Rows and cells out of order (no generator writes them) could not take insertions where they belong.
    if (!index.ordered)
      throw new LedgerError('file.edit.unsupportedPart', { file: context.file, part: context.sheet });
    const prefix = index.prefix;
    const cells = this.withClearedFills(index, finalOf, context.styles);
    const byNumber = new Map(index.rows.map((r) => [r.r, r]));
    const blocks = index.formulaBlocks.map(mergeBox).filter((b): b is MergeBox => b !== null);
    const styleOf = (tag: string): number | undefined => {
      const m = /\ss\s*=\s*["'](\d+)["']/.exec(tag);
      return m ? Number(m[1]) : undefined;
    };

    this.checkMoves(index, byNumber, moved, blocks, context);

    // Which original row elements are replaced, and which final rows need XML of their own.
    const edits: { start: number; end: number; text: string }[] = [];
    const rebuilt = new Set<number>();
    const newRows = new Map<number, string>();
    const finalRowsToBuild = new Set<number>();
    for (const [finalRow, source] of this.origin) if (source !== finalRow) finalRowsToBuild.add(finalRow);
    for (const r of cells.keys()) if (!byNumber.has(r) && !this.origin.has(r)) finalRowsToBuild.add(r);

    const cellXml = (
      cell: IndexedCell | undefined,
      row: number,
      col: number,
      pending: PendingCell | undefined,
      rowStyle: number | undefined,
      moved = true,
    ): string => {
      const ref = address(row, col);
      if (cell && pending?.hasValue) {
        const f = cell.formulaInfo;
        const masterOfShared = f?.kind === 'shared' && f.ref !== undefined;
        if (
          masterOfShared ||
          f?.kind === 'array' ||
          f?.kind === 'dataTable' ||
          blocks.some((b) => within(b, row, col))
        )
          throw new LedgerError('file.edit.formulaBlock', { sheet: context.sheet, cell: ref });
      }
      const original = cell ? text.slice(cell.start, cell.end) : '';
      const tagEnd = cell ? cell.openEnd - cell.start : 0;
      let tag = cell ? original.slice(0, tagEnd) : prefixed(`<c r="${ref}">`, prefix);
      if (cell && moved) tag = withAttribute(tag, 'r', ref);
      let style = cell ? styleOf(tag) : rowStyle;
      if (pending?.hasFill) style = context.styles.withFill(style, pending.fill ?? null);
      if (style !== undefined && (pending?.hasFill || !cell)) tag = withAttribute(tag, 's', String(style));
      if (!pending?.hasValue) {
        if (cell) return tag + original.slice(tagEnd);
        return tag.replace(/\s*>$/, '/>');
      }
      for (const name of ['t', 'cm', 'vm']) tag = withoutAttribute(tag, name);
      const { type, body } = valueXml(pending.value ?? null, prefix);
      if (type) tag = withAttribute(tag, 't', type);
      const kept = (cell?.children ?? [])
        .filter((c) => c.local === 'extLst')
        .map((c) => text.slice(c.start, c.end))
        .join('');
      const inner = body + kept;
      const open = tag.replace(/\s*\/>$/, '>');
      if (inner === '') return open.replace(/\s*>$/, '/>');
      return `${open}${inner}${prefixed('</c>', prefix)}`;
    };

    const columnStyle = (col: number): number | undefined =>
      index.columns.find((c) => c.min <= col && col <= c.max)?.style;

    /** The whole XML of final row `finalRow` built from original row `source` (or none) and the pending edits. */
    const buildRow = (finalRow: number, source: IndexedRow | undefined): string => {
      const pending = cells.get(finalRow);
      let tag = source ? text.slice(source.start, source.openEnd) : prefixed(`<row r="${finalRow}">`, prefix);
      tag = withAttribute(tag, 'r', String(finalRow)).replace(/\s*\/>$/, '>');
      const rowStyle = source && /customFormat\s*=\s*["'](1|true)["']/.test(tag) ? styleOf(tag) : undefined;
      const parts: { col: number; xml: string }[] = [];
      const present = new Set<number>();
      for (const cell of source?.cells ?? []) {
        present.add(cell.col);
        parts.push({
          col: cell.col,
          xml: cellXml(cell, finalRow, cell.col, pending?.get(cell.col), rowStyle),
        });
      }
      for (const [col, p] of pending ?? [])
        if (!present.has(col))
          parts.push({ col, xml: cellXml(undefined, finalRow, col, p, rowStyle ?? columnStyle(col)) });
      parts.sort((a, b) => a.col - b.col);
      if (parts.length > 0) tag = widenSpans(tag, parts[0]?.col ?? 1, parts[parts.length - 1]?.col ?? 1);
      return tag + parts.map((p) => p.xml).join('') + prefixed('</row>', prefix);
    };

    // Rows whose content moved away, were emptied, or receive moved content: replaced whole.
    for (const row of index.rows) {
      const f = finalOf(row.r);
      if (f === row.r && !finalRowsToBuild.has(row.r)) continue;
      rebuilt.add(row.r);
      const source = this.origin.has(row.r) ? this.origin.get(row.r) : row.r;
      const replacement =
        source === null || source === undefined
          ? cells.has(row.r)
            ? buildRow(row.r, undefined)
            : ''
          : buildRow(row.r, byNumber.get(source));
      edits.push({ start: row.start, end: row.end, text: replacement });
    }
    // Final rows with no row element of their own yet.
    for (const r of finalRowsToBuild) {
      if (byNumber.has(r)) continue;
      const source = this.origin.has(r) ? this.origin.get(r) : undefined;
      if (source === null && !cells.has(r)) continue;
      newRows.set(r, buildRow(r, source === null || source === undefined ? undefined : byNumber.get(source)));
    }
    // Edited cells of rows that stay where they are: changed in place.
    for (const r of [...cells.keys()].sort((a, b) => a - b)) {
      const pending = cells.get(r) as Map<number, PendingCell>;
      const row = byNumber.get(r);
      if (!row || rebuilt.has(r)) continue;
      const cols = [...pending.keys()].sort((a, b) => a - b);
      const cellAt = new Map(row.cells.map((c) => [c.col, c]));
      const needsInsert = cols.some((c) => !cellAt.has(c));
      if (row.selfClosing || (needsInsert && row.cells.some((cell) => !cell.named))) {
        edits.push({ start: row.start, end: row.end, text: buildRow(r, row) });
        continue;
      }
      const rowTag = text.slice(row.start, row.openEnd);
      const rowStyle = /customFormat\s*=\s*["'](1|true)["']/.test(rowTag) ? styleOf(rowTag) : undefined;
      let low = Infinity;
      let high = 0;
      // Columns ascending, so insertions at one offset come out in column order.
      for (const col of cols) {
        const p = pending.get(col) as PendingCell;
        const cell = cellAt.get(col);
        if (cell) {
          edits.push({
            start: cell.start,
            end: cell.end,
            text: cellXml(cell, r, col, p, rowStyle, !cell.named),
          });
          continue;
        }
        low = Math.min(low, col);
        high = Math.max(high, col);
        const next = row.cells.find((c) => c.col > col);
        const at = next ? next.start : row.closeStart;
        edits.push({ start: at, end: at, text: cellXml(undefined, r, col, p, rowStyle ?? columnStyle(col)) });
      }
      if (high > 0) {
        const widened = widenSpans(rowTag, low, high);
        if (widened !== rowTag) edits.push({ start: row.start, end: row.openEnd, text: widened });
      }
    }
    // New rows go before the first row element after them, or at the end of sheetData.
    const sortedNew = [...newRows.entries()].sort((a, b) => a[0] - b[0]);
    if (sortedNew.length > 0) {
      if (index.sheetData.selfClosing) {
        const open = text.slice(index.sheetData.start, index.sheetData.openEnd).replace(/\s*\/>$/, '>');
        edits.push({
          start: index.sheetData.start,
          end: index.sheetData.end,
          text: open + sortedNew.map(([, xml]) => xml).join('') + prefixed('</sheetData>', prefix),
        });
      } else {
        for (const [r, xml] of sortedNew) {
          const next = index.rows.find((row) => row.r > r);
          const at = next ? next.start : index.sheetData.closeStart;
          edits.push({ start: at, end: at, text: xml });
        }
      }
    }
    edits.push(...this.rangeEdits(text, index, moved, context, cells));
    return spliceSorted(text, edits);
  }

  /** The pending edits plus "no fill" for every filled cell in a cleared range (copies only what changes). */
  private withClearedFills(
    index: SheetIndex,
    finalOf: (r: number) => number | null,
    styles: StylesAppender,
  ): Map<number, Map<number, PendingCell>> {
    if (this.clears.length === 0) return this.cells;
    const cells = new Map(this.cells);
    for (const row of index.rows) {
      const r = finalOf(row.r);
      if (r === null) continue;
      for (const cell of row.cells) {
        if (!this.clears.some((b) => within(b, r, cell.col)) || !styles.hasFill(cell.style)) continue;
        const original = this.cells.get(r);
        if (original?.get(cell.col)?.hasFill) continue;
        let byCol = cells.get(r);
        if (!byCol || byCol === original) cells.set(r, (byCol = new Map(original ?? [])));
        const pending = byCol.get(cell.col);
        byCol.set(cell.col, { ...(pending ?? { hasValue: false }), hasFill: true, fill: null });
      }
    }
    return cells;
  }

  /** Refuses moves that cannot carry what the moved cells are tied to. */
  private checkMoves(
    index: SheetIndex,
    byNumber: Map<number, IndexedRow>,
    moved: Map<number, number | null>,
    blocks: MergeBox[],
    context: SheetEditContext,
  ): void {
    // A row with cells whose content neither stays nor moves was overwritten by a move.
    for (const row of index.rows) {
      if (row.cells.length === 0) continue;
      const source = this.origin.has(row.r) ? this.origin.get(row.r) : row.r;
      if (source === row.r) continue;
      const lands = moved.get(row.r);
      if ((lands === null || lands === undefined) && source !== null && source !== undefined)
        throw new LedgerError('file.edit.rowOccupied', { sheet: context.sheet, row: row.r, from: source });
    }
    const movedRows = [...moved.entries()].filter(
      ([from, to]) => to !== null && to !== from && byNumber.get(from)?.cells.length,
    );
    for (const [from] of movedRows) {
      const row = byNumber.get(from) as IndexedRow;
      for (const cell of row.cells) {
        const ref = address(from, cell.col);
        const part = context.notes.get(ref);
        if (part)
          throw new LedgerError('file.edit.noteOnMovedRow', {
            sheet: context.sheet,
            cell: ref,
            part,
            row: from,
          });
        if (
          cell.formulaInfo?.kind === 'shared' ||
          cell.formulaInfo?.kind === 'array' ||
          cell.formulaInfo?.kind === 'dataTable' ||
          blocks.some((b) => within(b, from, cell.col))
        )
          throw new LedgerError('file.edit.formulaBlock', { sheet: context.sheet, cell: ref });
      }
    }
    for (const merge of index.mergeTags) {
      const box = mergeBox(merge.attributes.ref ?? '');
      if (!box) continue;
      for (let r = box.top; r <= box.bottom; r++) {
        const f = moved.get(r);
        if (f === undefined || f === r) continue;
        if (box.top !== box.bottom)
          throw new LedgerError('file.edit.mergeOnMovedRow', {
            sheet: context.sheet,
            range: merge.attributes.ref ?? '',
            row: r,
          });
      }
    }
  }

  /** Edits of merges and hyperlinks on moved rows, of the dimension, and of ranges that follow a table. */
  private rangeEdits(
    text: string,
    index: SheetIndex,
    moved: Map<number, number | null>,
    context: SheetEditContext,
    cells: Map<number, Map<number, PendingCell>>,
  ): { start: number; end: number; text: string }[] {
    const out: { start: number; end: number; text: string }[] = [];
    const retag = (tag: IndexedTag, name: string, value: string): void => {
      out.push({
        start: tag.start,
        end: tag.openEnd,
        text: withAttribute(text.slice(tag.start, tag.openEnd), name, value),
      });
    };
    const moveRef = (ref: string): string | null => {
      const box = mergeBox(ref);
      if (!box || box.top !== box.bottom) return null;
      const f = moved.get(box.top);
      if (f === undefined || f === null || f === box.top) return null;
      const a = address(f, box.left);
      return box.left === box.right ? a : `${a}:${address(f, box.right)}`;
    };
    for (const m of index.mergeTags) {
      const ref = moveRef(m.attributes.ref ?? '');
      if (ref) retag(m, 'ref', ref);
    }
    for (const h of index.hyperlinks) {
      const original = h.attributes.ref ?? '';
      const box = mergeBox(original);
      if (box && box.top !== box.bottom) {
        for (let r = box.top; r <= box.bottom; r++) {
          const f = moved.get(r);
          if (f !== undefined && f !== r)
            throw new LedgerError('file.edit.noteOnMovedRow', {
              sheet: context.sheet,
              cell: original,
              part: context.sheet,
              row: r,
            });
        }
      }
      const ref = moveRef(original);
      if (ref) retag(h, 'ref', ref);
    }
    const follows = (context.follows ?? []).filter((f) => f.bottom !== f.newBottom);
    if (follows.length > 0) {
      for (const tag of [...index.dataValidations, ...index.conditionalFormats]) {
        const sqref = tag.attributes.sqref;
        if (sqref === undefined) continue;
        const next = sqref
          .split(/\s+/)
          .map((item) => {
            const box = mergeBox(item);
            if (!box) return item;
            const f = follows.find(
              (x) =>
                box.left >= x.left && box.right <= x.right && box.top === x.top && box.bottom === x.bottom,
            );
            if (!f) return item;
            return `${address(box.top, box.left)}:${address(f.newBottom, box.right)}`;
          })
          .join(' ');
        if (next !== sqref) retag(tag, 'sqref', next);
      }
    }
    if (index.dimension && (cells.size > 0 || this.origin.size > 0)) {
      const box = mergeBox(index.dimension.attributes.ref ?? '');
      if (box) {
        let { top, left, bottom, right } = box;
        for (const [r, byCol] of cells) {
          top = Math.min(top, r);
          bottom = Math.max(bottom, r);
          for (const c of byCol.keys()) {
            left = Math.min(left, c);
            right = Math.max(right, c);
          }
        }
        for (const [r, source] of this.origin) {
          if (source === null) continue;
          top = Math.min(top, r);
          bottom = Math.max(bottom, r);
        }
        if (top !== box.top || left !== box.left || bottom !== box.bottom || right !== box.right)
          retag(index.dimension, 'ref', `${address(top, left)}:${address(bottom, right)}`);
      }
    }
    return out;
  }
}

/** A row start tag whose `spans` (a hint of its first and last cell) also covers `low…high`. */
function widenSpans(tag: string, low: number, high: number): string {
  const m = /\sspans\s*=\s*["'](\d+):(\d+)["']/.exec(tag);
  if (!m) return tag;
  const a = Math.min(Number(m[1]), low);
  const b = Math.max(Number(m[2]), high);
  return a === Number(m[1]) && b === Number(m[2]) ? tag : withAttribute(tag, 'spans', `${a}:${b}`);
}

/** Applies non-overlapping replacements (insertions at one offset keep their order). */
function spliceSorted(text: string, edits: { start: number; end: number; text: string }[]): string {
  // Edits mostly arrive in document order; sort (stably, so insertions at one offset keep their order) if not.
  let inOrder = true;
  for (let i = 1; i < edits.length && inOrder; i++) {
    const a = edits[i - 1] as { start: number; end: number };
    const b = edits[i] as { start: number; end: number };
    inOrder = a.start < b.start || (a.start === b.start && a.end <= b.end);
  }
  const sorted = inOrder ? edits : [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping sheet edits at ${e.start}`);
    out.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  out.push(text.slice(at));
  return out.join('');
}
