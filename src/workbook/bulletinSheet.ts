/**
 * The 通报 sheet: the bulletin written into the ledger on request — its text, a line per row in column A, then
 * the 滞后事项清单 as a table — so that it travels with the workbook. It is the add-in's
 * sheet only when the user writes it: an existing sheet of that name is replaced on request and otherwise left
 * alone (the name is deliberately not one of SHEETS, whose sheets the writers regenerate or drop).
 */
import type { BulletinDocument } from '../domain/bulletin/types';
import { indexToLetters } from './address';
import type { CellPlan, SheetPlan, TablePlan } from './plan';

/** The sheet's name. */
export const BULLETIN_SHEET = '通报';

/** The 滞后事项清单 table's name. */
export const BULLETIN_TABLE = 'WP_BulletinLagging';

/** Widths (characters) of the table's columns: 序号, 工作任务, 指标, 责任单位, 完成率, 序时进度, 差距, 存在问题. */
const COLUMN_WIDTHS = [6, 30, 22, 18, 9, 9, 9, 30];

/**
 * Display width of one text line: the table's width, so the text, written one line per row in column A without
 * wrapping, spills over the empty cells beside it and lines up with the table below (no merged cells needed).
 */
const LINE_WIDTH = 120;

/** Columns a character takes (CJK and full-width characters two). */
function charWidth(char: string): number {
  return /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
    char,
  )
    ? 2
    : 1;
}

/** A paragraph cut into lines of at most `width` columns (nothing dropped; closing punctuation stays put). */
export function textLines(text: string, width: number = LINE_WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width && line !== '' && !'。，、；：？！）」”'.includes(char)) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += char;
    used += w;
  }
  lines.push(line);
  return lines;
}

/** The sheet for a composed bulletin (every text a literal value; nothing becomes a formula). */
export function planBulletinSheet(bulletin: BulletinDocument): SheetPlan {
  type Line = { text: string; bold?: boolean; fontSize?: number };
  const paragraph = (text: string, style: Omit<Line, 'text'> = {}): Line[] =>
    textLines(text).map((piece) => ({ text: piece, ...style }));
  const lines: Line[] = [
    { text: bulletin.title, bold: true, fontSize: 16 },
    { text: '' },
    { text: bulletin.addressee },
    ...bulletin.body.flatMap((block) =>
      paragraph(block.kind === 'heading' ? block.text : `\u3000\u3000${block.text}`, {
        ...(block.kind === 'heading' ? { bold: true } : {}),
      }),
    ),
  ];
  if (bulletin.attachmentNote !== null) lines.push({ text: '' }, ...paragraph(bulletin.attachmentNote));
  lines.push({ text: '' }, { text: bulletin.signature.issuer }, { text: bulletin.signature.date });
  const cells: CellPlan[] = lines.map((line, i) => ({
    address: `A${i + 1}`,
    value: line.text === '' ? null : line.text,
    ...(line.bold ? { bold: true } : {}),
    ...(line.fontSize ? { fontSize: line.fontSize } : {}),
  }));
  const tables: TablePlan[] = [];
  const attachment = bulletin.attachment;
  if (attachment && attachment.table.rows.length > 0) {
    const titleRow = lines.length + 2;
    cells.push({ address: `A${titleRow}`, value: `${attachment.label} ${attachment.title}`, bold: true });
    tables.push({
      name: BULLETIN_TABLE,
      topLeft: `A${titleRow + 1}`,
      columns: attachment.table.columns.map((column, j) => ({
        header: column.header,
        width: COLUMN_WIDTHS[j] ?? 12,
        numberFormat: '@',
        wrap: !column.numeric,
      })),
      rows: attachment.table.rows.map((row) => [...row]),
      style: 'TableStyleLight9',
      preserved: false,
    });
  }
  return {
    name: BULLETIN_SHEET,
    visibility: 'visible',
    cells,
    tables,
    freezeRows: 0,
    // Without a table the columns keep the table's widths, so the text reads the same either way.
    columnWidths:
      tables.length > 0 ? {} : Object.fromEntries(COLUMN_WIDTHS.map((w, j) => [indexToLetters(j), w])),
    conditionalFormats: [],
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
    tabColor: '#8E24AA',
  };
}
