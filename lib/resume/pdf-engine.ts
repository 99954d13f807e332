import type * as PdfJs from 'pdfjs-dist';

/** The slice of pdfjs-dist that resume import uses. */
export type PdfJsModule = Pick<typeof PdfJs, 'getDocument' | 'OPS'>;

/** Loads pdfjs for the current environment: ./pdf-browser.ts (extension pages) or ./pdf-node.ts (CLI, tests). */
export type PdfEngine = () => Promise<PdfJsModule>;

/**
 * Options that keep pdfjs offline and CSP-safe in an MV3 page: no eval, no font or CMap
 * fetching, no system fonts; text extraction needs none of them.
 */
export const SAFE_PDF_OPTIONS = {
  disableFontFace: true,
  useSystemFonts: false,
  isEvalSupported: false,
  useWorkerFetch: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  enableXfa: false,
  disableAutoFetch: true,
  disableStream: true,
  disableRange: true,
  stopAtErrors: false,
  verbosity: 0,
} as const;
