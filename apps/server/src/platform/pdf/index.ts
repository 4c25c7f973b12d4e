/**
 * platform/pdf — printable documents with Chinese text (百里油耗公示, 使用协议, 分配使用凭证, notices,
 * reports). The one door: import only from here. See README.md.
 */
export type { PdfBlock, PdfCell, PdfColumn, PdfDocument } from './pdf.types.js';
export { renderPdf, pageLabel } from './pdf.render.js';
export { sendPdf, pdfContentDisposition } from './pdf.reply.js';
