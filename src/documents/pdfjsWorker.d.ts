/** Type of PDF.js's worker module, which pdfjs-dist ships without declarations; only its presence matters here. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  /** The worker's message handler, run on the main thread when no web worker is used. */
  export const WorkerMessageHandler: unknown;
}
