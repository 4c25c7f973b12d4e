import type { FastifyReply } from 'fastify';

/** RFC 5987 `attr-char` percent-encoding of the UTF-8 bytes (encodeURIComponent leaves ' ( ) * !). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="ascii fallback"; filename*=UTF-8''<percent-encoded UTF-8>` (RFC 6266 / 5987). */
export function pdfContentDisposition(filename: string): string {
  const base = filename.replace(/[\r\n\\/]/g, '_').trim() || 'document';
  const name = /\.pdf$/i.test(base) ? base : `${base}.pdf`;
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["%;]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/** Sends PDF bytes: application/pdf, a Chinese-safe download name, never cached. */
export function sendPdf(reply: FastifyReply, filename: string, pdf: Buffer): FastifyReply {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', pdfContentDisposition(filename))
    .header('content-length', String(pdf.length))
    .header('cache-control', 'no-store, max-age=0')
    .header('pragma', 'no-cache')
    .header('x-content-type-options', 'nosniff')
    .send(pdf);
}
