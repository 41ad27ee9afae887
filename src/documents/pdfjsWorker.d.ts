/** Type of PDF.js's worker module, which pdfjs-dist ships without declarations; only its presence matters here. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  /** The worker's message handler, run on the main thread when no web worker is used. */
  export const WorkerMessageHandler: unknown;
}

/** The minified build of PDF.js, the same module as pdf.mjs (whose declarations pdfjs-dist ships). */
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}

/** The minified worker module. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  /** The worker's message handler, run on the main thread when no web worker is used. */
  export const WorkerMessageHandler: unknown;
}
