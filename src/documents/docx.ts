/**
 * `readNoticeDocx`: the text of a notice from a Word .docx file, with mammoth, loaded on first use — from the package
 * under Node, and in the task pane from the copy of mammoth's own browser build that the build puts next to the pane
 * (webpack.config.js), which webpack neither bundles nor minifies again. Paragraphs become lines, a 任务分工表 item
 * lines whose units keep their columns' roles.
 */
import { LedgerError } from '../domain/messages';
import mammothPackage from 'mammoth/package.json';
import { docxBlocks } from './docxBlocks';
import { docxNoticeText } from './taskTableText';

type Mammoth = typeof import('mammoth');

/** Where the task pane's build puts mammoth's browser build, relative to the pane's page (by version, for caches). */
export const MAMMOTH_IN_PANE = `mammoth/${mammothPackage.version}/mammoth.browser.min.js`;

let loading: Promise<Mammoth> | undefined;

/** Runs a classic script (mammoth's browser build is UMD: it sets `window.mammoth`). */
function runScript(page: Document, src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = page.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    page.head.appendChild(script);
  });
}

function loadMammoth(): Promise<Mammoth> {
  loading ??= (async () => {
    const page = (globalThis as { document?: Document }).document;
    if (!page) {
      const module = (await import(/* webpackIgnore: true */ 'mammoth')) as Mammoth & { default?: Mammoth };
      return module.default ?? module;
    }
    const global = globalThis as { mammoth?: Mammoth };
    if (!global.mammoth) await runScript(page, new URL(MAMMOTH_IN_PANE, page.baseURI).href);
    if (!global.mammoth) throw new Error('mammoth did not load');
    return global.mammoth;
  })();
  // A failed load may be tried again (the network may come back).
  loading.catch(() => (loading = undefined));
  return loading;
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
