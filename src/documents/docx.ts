/**
 * `readNoticeDocx`: the text of a notice from a Word .docx file, with mammoth (loaded on first use; its own chunk in
 * the task pane's bundle): paragraphs as lines, a 任务分工表 as item lines whose units keep their columns' roles.
 */
import { LedgerError } from '../domain/messages';
import { docxBlocks } from './docxBlocks';
import { docxNoticeText } from './taskTableText';

type Mammoth = typeof import('mammoth');

async function loadMammoth(): Promise<Mammoth> {
  const module = (await import(/* webpackChunkName: "mammoth" */ 'mammoth')) as Mammoth & {
    default?: Mammoth;
  };
  return module.default ?? module;
}

/** The notice text of a .docx file; `name` is used in messages. Throws LedgerError when the file cannot be read. */
export async function readNoticeDocx(bytes: Uint8Array, name: string): Promise<string> {
  let html: string;
  try {
    const mammoth = await loadMammoth();
    const arrayBuffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    // Under Node mammoth reads `buffer`, in a browser `arrayBuffer`; both are the same bytes.
    const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<Mammoth['convertToHtml']>[0];
    html = (await mammoth.convertToHtml(input)).value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LedgerError('document.docx-unreadable', { file: name, reason });
  }
  const text = docxNoticeText(docxBlocks(html));
  if (text.trim() === '') throw new LedgerError('document.empty', { file: name });
  return text;
}
