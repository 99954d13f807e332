import type { PdfEngine, PdfJsModule } from './pdf-engine';

/**
 * pdfjs in Node (CLI, tests): the legacy build runs on Node 20. Importing its worker module
 * sets globalThis.pdfjsWorker, so pdfjs parses on the main thread with no Worker and no file
 * lookup of a worker script.
 */
export const nodePdfEngine: PdfEngine = async () => {
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJsModule;
};
