/**
 * Rebuilds the lines of a notice from the text layer of a PDF: text items are grouped into lines by their height on
 * the page, ordered left to right, and lines that only wrap (a full line followed by one at the left margin, no
 * wider gap than between wrapped lines) are joined back into the paragraph the office wrote. Page numbers are
 * dropped. Pure: the PDF library is called elsewhere (pdf.ts).
 */
import { readMarker } from '../domain/notice/numbering';

/** One text item of a PDF page: its text and where it sits (PDF units, y growing upwards). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size; 0 for the spaces PDF.js puts between runs. */
  height: number;
}

/** The text items of one page. */
export interface PdfPage {
  items: readonly PdfTextItem[];
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  page: number;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/;
const ASCII_WORD = /[A-Za-z0-9%.]/;
const PAGE_NUMBER = /^[-—–~ ]*(第 ?)?\d{1,4}( ?页)?[-—–~ ]*$/;

/** Text of one line from its items, left to right. */
function lineText(items: readonly PdfTextItem[], size: number): string {
  let text = '';
  let end = -Infinity;
  let pendingSpace = false;
  for (const item of items) {
    if (item.str.trim() === '') {
      // A space between runs: kept between words, dropped where LibreOffice or Word only spaced CJK from digits.
      if (item.str.length > 0) pendingSpace = true;
      end = Math.max(end, item.x + item.width);
      continue;
    }
    const gap = item.x - end;
    const before = text.slice(-1);
    const after = item.str.charAt(0);
    const mixed =
      (CJK.test(before) && ASCII_WORD.test(after)) || (ASCII_WORD.test(before) && CJK.test(after));
    if (text !== '' && gap > 1.5 * size) text += ' ';
    else if (text !== '' && pendingSpace && !mixed && !text.endsWith(' ')) text += ' ';
    text += item.str;
    end = item.x + item.width;
    pendingSpace = false;
  }
  return text.trim();
}

/** Groups a page's items into lines, top to bottom. */
function pageLines(page: PdfPage, index: number): Line[] {
  const items = page.items.filter((item) => item.str !== '');
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const head = group?.[0];
    const size = Math.max(item.height, head?.height ?? 0, 4);
    if (group && head && Math.abs(head.y - item.y) <= 0.4 * size) group.push(item);
    else groups.push([item]);
  }
  const lines: Line[] = [];
  for (const group of groups) {
    const ordered = group.sort((a, b) => a.x - b.x);
    const visible = ordered.filter((i) => i.str.trim() !== '');
    if (visible.length === 0) continue;
    const size = Math.max(...visible.map((i) => i.height), 1);
    const text = lineText(ordered, size);
    if (text === '' || PAGE_NUMBER.test(text)) continue;
    const first = visible[0] as PdfTextItem;
    const last = visible[visible.length - 1] as PdfTextItem;
    lines.push({ text, left: first.x, right: last.x + last.width, y: first.y, size, page: index });
  }
  return lines;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The notice text of a PDF's pages: one line per paragraph or short line as written. */
export function pdfText(pages: readonly PdfPage[]): string {
  const lines = pages.flatMap((page, index) => pageLines(page, index));
  if (lines.length === 0) return '';
  const left = Math.min(...lines.map((l) => l.left));
  const right = Math.max(...lines.map((l) => l.right));
  const gaps: number[] = [];
  lines.forEach((line, k) => {
    const next = lines[k + 1];
    if (next && next.page === line.page && line.y > next.y) gaps.push(line.y - next.y);
  });
  // The pitch of wrapped lines: the smaller gaps (paragraph spacing, if any, is wider).
  const pitch = gaps.length > 0 ? median(gaps.filter((g) => g <= median(gaps) * 1.01)) : Infinity;
  const out: string[] = [];
  let current = lines[0] as Line;
  let text = current.text;
  for (let k = 1; k < lines.length; k++) {
    const next = lines[k] as Line;
    const full = current.right >= right - 2 * current.size;
    const atMargin = next.left <= left + 0.6 * next.size;
    const close = next.page !== current.page || current.y - next.y <= pitch * 1.35;
    const newItem = readMarker(next.text) !== null;
    if (full && atMargin && close && !newItem) {
      const glue = ASCII_WORD.test(text.slice(-1)) && /[A-Za-z]/.test(next.text.charAt(0)) ? ' ' : '';
      text += glue + next.text;
    } else {
      out.push(text);
      text = next.text;
    }
    current = next;
  }
  out.push(text);
  return out.join('\n');
}
