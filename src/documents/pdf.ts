/**
 * `readNoticePdf`: the text of a notice from a PDF's text layer, with PDF.js (pdfjs-dist, ESM only), loaded on first
 * use by a native `import()`: from the package under Node/tsx, and in the task pane from the copies of its minified
 * builds that the build puts next to the pane (webpack.config.js), which webpack neither parses nor minifies. A
 * scanned PDF without a text layer is refused with a plain message.
 */
import { LedgerError } from '../domain/messages';
import pdfjsPackage from 'pdfjs-dist/package.json';
import { pdfText, type PdfPage } from './pdfLines';

/** Where PDF.js finds its character maps (CJK fonts without embedded encodings need them). */
export interface PdfOptions {
  /** URL or path of pdfjs-dist's `cmaps/` folder, ending with `/`. */
  cMapUrl?: string;
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.min.mjs');

/**
 * Where the task pane's build puts PDF.js and its worker, relative to the pane's page; the version in the path keeps a
 * browser from mixing a cached library with a newer worker (PDF.js refuses that).
 */
export const PDFJS_IN_PANE = {
  library: `pdfjs/${pdfjsPackage.version}/pdf.min.js`,
  worker: `pdfjs/${pdfjsPackage.version}/pdf.worker.min.js`,
};

let loading: Promise<Pdfjs> | undefined;

/** Loads PDF.js once; in a browser its worker runs on the main thread (a notice is a few pages). */
function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const page = (globalThis as { document?: { baseURI: string } }).document;
    if (!page) return import(/* webpackIgnore: true */ 'pdfjs-dist/legacy/build/pdf.min.mjs');
    const at = (file: string) => new URL(file, page.baseURI).href;
    const worker = (await import(/* webpackIgnore: true */ at(PDFJS_IN_PANE.worker))) as unknown;
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return (await import(/* webpackIgnore: true */ at(PDFJS_IN_PANE.library))) as Pdfjs;
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
