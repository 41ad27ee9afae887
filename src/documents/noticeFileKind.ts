/**
 * What kind of notice file was opened, from its first bytes (and its name for the old binary .doc): small and
 * free of the Word and PDF libraries, so that callers can decide before loading them.
 */

/** Notice files read as documents rather than as text. */
export type NoticeDocumentKind = 'docx' | 'pdf' | 'doc';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** `docx` (a zip named .docx), `pdf` (%PDF-), `doc` (an OLE file named .doc/.wps), or undefined for text. */
export function noticeDocumentKind(name: string, bytes: Uint8Array): NoticeDocumentKind | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && /\.(docx|docm|wps)$/i.test(name)) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]) && /\.(doc|wps)$/i.test(name)) return 'doc';
  if (/\.docx$/i.test(name)) return 'docx';
  if (/\.pdf$/i.test(name)) return 'pdf';
  return undefined;
}
