/** Word and PDF notices: their text, in the form the notice parser reads (src/domain/notice). */
import { LedgerError } from '../domain/messages';
import { readNoticeDocx } from './docx';
import type { NoticeDocumentKind } from './noticeFileKind';
import { readNoticePdf, type PdfOptions } from './pdf';

export { noticeDocumentKind, type NoticeDocumentKind } from './noticeFileKind';
export { readNoticeDocx } from './docx';
export { readNoticePdf, type PdfOptions } from './pdf';

/** The notice text of a Word or PDF file; throws LedgerError (unreadable, no text layer, old .doc). */
export function readNoticeDocument(
  kind: NoticeDocumentKind,
  bytes: Uint8Array,
  name: string,
  options: PdfOptions = {},
): Promise<string> {
  if (kind === 'pdf') return readNoticePdf(bytes, name, options);
  if (kind === 'docx') return readNoticeDocx(bytes, name);
  return Promise.reject(new LedgerError('document.doc-legacy', { file: name }));
}
