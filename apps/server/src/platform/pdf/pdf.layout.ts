import { FONT_BOLD, FONT_REGULAR } from './pdf.fonts.js';

/** Layout constants and the small drawing helpers shared by the block renderers. */

export type Doc = PDFKit.PDFDocument;

/** A4 margins in points (≈ 20 mm top/bottom, ≈ 18 mm left/right). */
export const MARGINS = { top: 56, bottom: 56, left: 50, right: 50 };
export const SIZE = { title: 18, subtitle: 11, heading: 13, body: 10.5, cell: 9.5, footer: 9 };
export const COLOR = { text: '#000000', muted: '#555555', border: '#888888', headerFill: '#e8e8e8', zebra: '#f5f5f5', labelFill: '#f2f2f2' };
const PAD = 4;

/** Content box of the current page. */
export function contentLeft(doc: Doc): number { return doc.page.margins.left; }
export function contentWidth(doc: Doc): number { return doc.page.width - doc.page.margins.left - doc.page.margins.right; }
export function contentBottom(doc: Doc): number { return doc.page.height - doc.page.margins.bottom; }
export function bodyHeight(doc: Doc): number { return contentBottom(doc) - doc.page.margins.top; }

/** Starts a new page when fewer than `height` points are left; returns whether it did. */
export function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= contentBottom(doc)) return false;
  doc.addPage();
  return true;
}

export interface Cell {
  text: string;
  x: number;
  width: number;
  bold?: boolean;
  fill?: string;
  align?: 'left' | 'right' | 'center';
}

function useCellFont(doc: Doc, cell: Cell): void {
  doc.font(cell.bold ? FONT_BOLD : FONT_REGULAR).fontSize(SIZE.cell);
}

/** Height a row of cells needs (text wrapped inside each cell, plus padding). */
export function rowHeight(doc: Doc, cells: Cell[]): number {
  let h = 0;
  for (const cell of cells) {
    useCellFont(doc, cell);
    const text = cell.text === '' ? ' ' : cell.text;
    h = Math.max(h, doc.heightOfString(text, { width: cell.width - 2 * PAD, lineGap: 1 }));
  }
  return Math.ceil(h) + 2 * PAD - 2; // the font's line box already has room below the glyphs
}

/**
 * Draws one bordered row at (doc.y). `maxHeight` clips a row taller than a page (its text is cut
 * with an ellipsis) so a pathological cell cannot loop the pager. Leaves doc.y below the row.
 */
export function drawRow(doc: Doc, cells: Cell[], height: number, maxHeight = Infinity): number {
  const h = Math.min(height, maxHeight);
  const y = doc.y;
  for (const cell of cells) {
    if (cell.fill) doc.rect(cell.x, y, cell.width, h).fill(cell.fill);
  }
  doc.lineWidth(0.5).strokeColor(COLOR.border);
  for (const cell of cells) doc.rect(cell.x, y, cell.width, h).stroke();
  doc.fillColor(COLOR.text);
  for (const cell of cells) {
    if (cell.text === '') continue;
    useCellFont(doc, cell);
    doc.text(cell.text, cell.x + PAD, y + PAD, {
      width: cell.width - 2 * PAD,
      align: cell.align ?? 'left',
      lineGap: 1,
      ...(h < height ? { height: h - PAD, ellipsis: true } : {}), // clip only a row taller than a page
    });
  }
  doc.x = contentLeft(doc);
  doc.y = y + h;
  return h;
}

/** Writes a block of flowing text (pdfkit paginates it) and leaves a gap after it. */
export function flowText(doc: Doc, text: string, opts: { bold?: boolean; size: number; align?: 'left' | 'center' | 'right'; indent?: number; gap?: number; color?: string }): void {
  doc.font(opts.bold ? FONT_BOLD : FONT_REGULAR).fontSize(opts.size).fillColor(opts.color ?? COLOR.text);
  doc.text(text, contentLeft(doc), doc.y, { width: contentWidth(doc), align: opts.align ?? 'left', indent: opts.indent, lineGap: 3 });
  doc.fillColor(COLOR.text);
  doc.x = contentLeft(doc);
  doc.y += opts.gap ?? 0;
}
