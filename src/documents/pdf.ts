/**
 * `readNoticePdf`: the text of a notice from a PDF's text layer, with PDF.js (pdfjs-dist, ESM only, loaded on first
 * use: a native `import()` under Node/tsx, its own chunks in the task pane's webpack bundle). A scanned PDF without a
 * text layer is refused with a plain message.
 */
import { LedgerError } from '../domain/messages';
import { pdfText, type PdfPage } from './pdfLines';

/** Where PDF.js finds its character maps (CJK fonts without embedded encodings need them). */
export interface PdfOptions {
  /** URL or path of pdfjs-dist's `cmaps/` folder, ending with `/`. */
  cMapUrl?: string;
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.min.mjs');

let loading: Promise<Pdfjs> | undefined;

/** Loads PDF.js once; in a browser its worker runs on the main thread (a notice is a few pages). */
function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const pdfjs = await import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.min.mjs');
    const global = globalThis as { pdfjsWorker?: unknown; window?: unknown };
    if (global.window !== undefined && global.pdfjsWorker === undefined) {
      global.pdfjsWorker = await import(
        /* webpackChunkName: "pdfjs-worker" */ 'pdfjs-dist/legacy/build/pdf.worker.min.mjs'
      );
    }
    return pdfjs;
  })();
  return loading;
}

const MIN_TEXT = 10;

/** The notice text of a PDF file; `name` is used in messages. Throws LedgerError when the file cannot be read. */
export async function readNoticePdf(
  bytes: Uint8Array,
  name: string,
  options: PdfOptions = {},
): Promise<string> {
  let pages: PdfPage[];
  try {
    const pdfjs = await loadPdfjs();
    // PDF.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes stay whole.
    const task = pdfjs.getDocument({
      data: bytes.slice(),
      verbosity: 0,
      isEvalSupported: false,
      ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
    });
    const document = await task.promise;
    pages = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items: PdfPage['items'][number][] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , , d = 0, e = 0, f = 0] = item.transform as number[];
        items.push({ str: item.str, x: e, y: f, width: item.width, height: item.height || Math.abs(d) });
      }
      pages.push({ items });
    }
    await document.destroy();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LedgerError('document.pdf-unreadable', { file: name, reason });
  }
  const text = pdfText(pages);
  if (text.replace(/\s/g, '').length < MIN_TEXT)
    throw new LedgerError('document.pdf-no-text', { file: name });
  return text;
}
