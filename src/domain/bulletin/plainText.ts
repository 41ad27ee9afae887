/**
 * The bulletin as plain text (UTF-8), the same words as the .docx: title, 主送, paragraphs indented by two
 * full-width spaces as a Chinese document indents them, the signature, then the 附件 with its table as
 * tab-separated lines (which paste into Word or Excel as a table).
 */
import type { BulletinDocument, BulletinTable } from './types';

/** Two full-width spaces: the first-line indent of a Chinese paragraph. */
export const INDENT = '\u3000\u3000';

/** A table cell on one line: line breaks and tabs become spaces. */
function cell(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

/** The table as tab-separated lines, header first. */
export function tableText(table: BulletinTable): string {
  return [table.columns.map((column) => column.header), ...table.rows]
    .map((row) => row.map(cell).join('\t'))
    .join('\n');
}

/** The whole bulletin as text, ending with a line break. */
export function bulletinText(document: BulletinDocument): string {
  const lines: string[] = [document.title, '', document.addressee];
  for (const block of document.body) lines.push(`${INDENT}${block.text}`);
  if (document.attachmentNote !== null) lines.push('', `${INDENT}${document.attachmentNote}`);
  lines.push('', document.signature.issuer, document.signature.date);
  if (document.attachment) {
    const { label, title, table } = document.attachment;
    lines.push('', '', label, '', title, '', tableText(table));
  }
  return `${lines.join('\n')}\n`;
}
