/**
 * The paragraphs and tables of the HTML that mammoth writes for a .docx, read with saxes (mammoth's HTML is
 * well-formed: escaped text, self-closed `<br />`). Nested tables are read into their cell as paragraphs.
 */
import { SaxesParser } from 'saxes';

/** A cell: its paragraphs, and how many columns it spans (a merged 一、… row spans them all). */
export interface DocxCell {
  paragraphs: string[];
  colspan: number;
  /** Rows the cell is merged down over, itself included (written again in each of them by `docxBlocks`). */
  rowspan?: number;
}

/** A paragraph or a table, in document order. */
export type DocxBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: DocxCell[][] };

const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/**
 * The rows with a cell merged down over several rows (`rowspan`, Word's vertical merge) written in each of them, in
 * its column: a 牵头单位 cell shared by three rows belongs to all three, and the cells after it keep their columns.
 */
function withMergedCells(rows: readonly DocxCell[][]): DocxCell[][] {
  // The cell still spanning down, by the column it starts at, and how many rows it has left.
  const carried = new Map<number, { cell: DocxCell; left: number }>();
  return rows.map((row) => {
    const out: DocxCell[] = [];
    let column = 0;
    const fill = (): void => {
      for (let merged = carried.get(column); merged; merged = carried.get(column)) {
        out.push({ paragraphs: [...merged.cell.paragraphs], colspan: merged.cell.colspan });
        if (--merged.left === 0) carried.delete(column);
        column += merged.cell.colspan;
      }
    };
    for (const cell of row) {
      fill();
      out.push(cell);
      if ((cell.rowspan ?? 1) > 1) carried.set(column, { cell, left: (cell.rowspan ?? 1) - 1 });
      column += cell.colspan;
    }
    fill();
    return out;
  });
}

/** Reads mammoth's HTML into blocks. */
export function docxBlocks(html: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  const tables: Array<{ rows: DocxCell[][]; cell?: DocxCell }> = [];
  let text: string | undefined;
  const parser = new SaxesParser();
  const flush = (): void => {
    if (text === undefined) return;
    const paragraph = text.replace(/[ \t]+$/g, '');
    text = undefined;
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.paragraphs.push(...paragraph.split('\n'));
    else if (!table) for (const line of paragraph.split('\n')) blocks.push({ kind: 'paragraph', text: line });
  };
  parser.on('opentag', (tag) => {
    const name = tag.name.toLowerCase();
    if (PARAGRAPH.has(name)) {
      flush();
      text = '';
    } else if (name === 'br') {
      if (text !== undefined) text += '\n';
    } else if (name === 'table') {
      flush();
      tables.push({ rows: [] });
    } else if (name === 'tr') tables[tables.length - 1]?.rows.push([]);
    else if (name === 'td' || name === 'th') {
      const table = tables[tables.length - 1];
      if (!table) return;
      const span = (value: unknown): number => {
        const n = Number(value ?? 1);
        return Number.isFinite(n) && n > 0 ? n : 1;
      };
      table.cell = { paragraphs: [], colspan: span(tag.attributes.colspan) };
      const rowspan = span(tag.attributes.rowspan);
      if (rowspan > 1) table.cell.rowspan = rowspan;
      table.rows[table.rows.length - 1]?.push(table.cell);
    }
  });
  parser.on('text', (chunk) => {
    if (text !== undefined) text += chunk;
    else {
      // Text straight in a cell, outside any paragraph.
      const cell = tables[tables.length - 1]?.cell;
      if (cell && chunk.trim() !== '') cell.paragraphs.push(chunk.trim());
    }
  });
  parser.on('closetag', (tag) => {
    const name = tag.name.toLowerCase();
    if (PARAGRAPH.has(name)) flush();
    else if (name === 'td' || name === 'th') {
      flush();
      const table = tables[tables.length - 1];
      if (table) table.cell = undefined;
    } else if (name === 'table') {
      flush();
      const table = tables.pop();
      if (!table) return;
      const outer = tables[tables.length - 1];
      // A table inside a cell becomes paragraphs of that cell, row by row.
      if (outer?.cell)
        for (const row of table.rows)
          outer.cell.paragraphs.push(row.map((c) => c.paragraphs.join('')).join(' '));
      else if (!outer) blocks.push({ kind: 'table', rows: withMergedCells(table.rows) });
    }
  });
  parser.write(`<root>${html}</root>`).close();
  return blocks;
}
