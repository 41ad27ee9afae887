/** Which opened files are read as Word or PDF notices rather than as text. */
import { noticeDocumentKind } from '../../src/documents/noticeFileKind';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('noticeDocumentKind', () => {
  it('knows a PDF by its first bytes, whatever its name', () => {
    expect(noticeDocumentKind('通知', bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31))).toBe('pdf');
  });

  it('knows a .docx (a zip) and an old .doc (an OLE file) by bytes and name', () => {
    expect(noticeDocumentKind('通知.docx', bytes(0x50, 0x4b, 0x03, 0x04))).toBe('docx');
    expect(noticeDocumentKind('通知.doc', bytes(0xd0, 0xcf, 0x11, 0xe0))).toBe('doc');
  });

  it('leaves text and schema files to the text reader', () => {
    expect(noticeDocumentKind('通知.txt', new TextEncoder().encode('一、任务'))).toBeUndefined();
    expect(noticeDocumentKind('方案.json', new TextEncoder().encode('{"format"'))).toBeUndefined();
    expect(noticeDocumentKind('台账.xlsx', bytes(0x50, 0x4b, 0x03, 0x04))).toBeUndefined();
  });
});
