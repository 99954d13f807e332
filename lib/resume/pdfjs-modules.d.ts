// The worker bundles ship without type declarations; they are imported only for their side
// effect (globalThis.pdfjsWorker).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
