import type PDFDocumentClass from 'pdfkit';
import { drawBlock } from './pdf.blocks.js';
import { FONT_BOLD, FONT_REGULAR, fontBytes } from './pdf.fonts.js';
import { COLOR, contentLeft, contentWidth, flowText, MARGINS, SIZE, type Doc } from './pdf.layout.js';
import type { PdfDocument } from './pdf.types.js';

let loading: Promise<typeof PDFDocumentClass> | undefined;
/** pdfkit, loaded on first use: with its font and compression modules it was a noticeable part of the server's start. */
function pdfKit(): Promise<typeof PDFDocumentClass> {
  loading ??= import('pdfkit').then((m) => (m as unknown as { default: typeof PDFDocumentClass }).default);
  return loading;
}

/** 第 n 页 / 共 m 页 */
export function pageLabel(n: number, m: number): string {
  return `第 ${n} 页 / 共 ${m} 页`;
}

/** Renders the document to PDF bytes: A4, embedded subset of Noto Sans SC, page numbers in the footer. */
export async function renderPdf(input: PdfDocument): Promise<Buffer> {
  const PDFDocument = await pdfKit();
  return new Promise<Buffer>((resolve, reject) => {
    const doc: Doc = new PDFDocument({
      size: 'A4',
      layout: input.landscape ? 'landscape' : 'portrait',
      margins: MARGINS,
      bufferPages: true, // page numbers need the page count, known only at the end
      font: '', // no default Helvetica: every text uses the embedded Chinese font
      info: { Title: input.title, Subject: input.subtitle ?? '', Creator: '舟到e管家', Producer: '舟到e管家 platform/pdf' },
      displayTitle: true,
      lang: 'zh-CN',
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      doc.registerFont(FONT_REGULAR, fontBytes(FONT_REGULAR));
      doc.registerFont(FONT_BOLD, fontBytes(FONT_BOLD));
      doc.font(FONT_REGULAR);
      flowText(doc, input.title, { bold: true, size: SIZE.title, align: 'center', gap: input.subtitle ? 2 : 10 });
      if (input.subtitle) flowText(doc, input.subtitle, { size: SIZE.subtitle, align: 'center', color: COLOR.muted, gap: 10 });
      for (const block of input.blocks) drawBlock(doc, block);
      drawFooters(doc, input.footer);
      doc.end();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

function drawFooters(doc: Doc, footer: string | undefined): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
    const y = doc.page.height - bottom / 2 - SIZE.footer / 2;
    const left = contentLeft(doc);
    const width = contentWidth(doc);
    doc.font(FONT_REGULAR).fontSize(SIZE.footer).fillColor(COLOR.muted);
    if (footer) doc.text(footer, left, y, { width: width * 0.65, lineBreak: false, ellipsis: true, height: SIZE.footer * 1.5 });
    doc.text(pageLabel(i - range.start + 1, range.count), left, y, { width, align: footer ? 'right' : 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor(COLOR.text);
}
