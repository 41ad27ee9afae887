/**
 * Text of an opened file: a .txt notice or .json schema in whatever encoding a Chinese office saved it (UTF-8,
 * UTF-16, GBK), or a Word (.docx) or PDF notice, read by src/documents, which loads on first use as its own chunk.
 */
import { decodeText } from '../../cli/decodeText';
import { noticeDocumentKind } from '../../documents/noticeFileKind';

/** pdfjs-dist's Chinese character maps, copied next to the pane by the build (webpack.config.js). */
const PDF_CMAPS = 'pdfjs/cmaps/';

/** Decodes file bytes to text (see decodeText: BOMs honoured, invalid UTF-8 read as GB18030). */
export function decodeFile(bytes: Uint8Array): string {
  return decodeText(bytes).text;
}

/** An opened file's text, and whether it came from a Word or PDF notice (then it is never a schema file). */
export interface OpenedFile {
  text: string;
  document: boolean;
}

/** Reads an opened file; a Word or PDF file that cannot be read throws a LedgerError with a plain message. */
export async function openedFileText(name: string, bytes: Uint8Array): Promise<OpenedFile> {
  const kind = noticeDocumentKind(name, bytes);
  if (!kind) return { text: decodeFile(bytes), document: false };
  const { readNoticeDocument } = await import(/* webpackChunkName: "documents" */ '../../documents');
  return { text: await readNoticeDocument(kind, bytes, name, { cMapUrl: PDF_CMAPS }), document: true };
}
