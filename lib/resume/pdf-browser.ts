// The worker ships as a file of the extension (Vite emits it and gives its URL), so it loads
// from the extension's own origin: allowed by the MV3 CSP (worker-src 'self'), no network.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfEngine } from './pdf-engine';

/** pdfjs in extension pages (options page): the modern build with its worker. Loaded on first use. */
export const browserPdfEngine: PdfEngine = async () => {
  const pdfjs = await import('pdfjs-dist');
  if (!pdfjs.GlobalWorkerOptions.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs;
};
