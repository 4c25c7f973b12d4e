import { bodyHeight, COLOR, contentBottom, contentLeft, contentWidth, drawRow, ensureSpace, rowHeight, type Cell, type Doc } from './pdf.layout.js';
import type { PdfCell, PdfColumn } from './pdf.types.js';

const MIN_AUTO_WIDTH = 36;

/**
 * Column widths in points: columns without a width share what is left; explicit widths shrink
 * (proportionally) when they would leave the others less than MIN_AUTO_WIDTH each; if the columns
 * still do not fit, all are scaled down proportionally.
 */
export function columnWidths(columns: PdfColumn[], available: number): number[] {
  const given = (c: PdfColumn) => (c.width && c.width > 0 ? c.width : 0);
  const fixed = columns.reduce((s, c) => s + given(c), 0);
  const autoCount = columns.filter((c) => !given(c)).length;
  const autoMin = autoCount * MIN_AUTO_WIDTH;
  const fixedScale = fixed > 0 && fixed + autoMin > available ? Math.max(0, available - autoMin) / fixed : 1;
  const autoWidth = autoCount ? Math.max(MIN_AUTO_WIDTH, (available - fixed * fixedScale) / autoCount) : 0;
  const widths = columns.map((c) => (given(c) ? given(c) * fixedScale || MIN_AUTO_WIDTH : autoWidth));
  const total = widths.reduce((s, w) => s + w, 0);
  const scale = total > available ? available / total : 1;
  return widths.map((w) => w * scale);
}

export function cellText(value: PdfCell | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : value;
}

/** A bordered table whose header row repeats at the top of every page it spans; zebra rows. */
export function drawTable(doc: Doc, columns: PdfColumn[], rows: Array<Record<string, PdfCell>>): void {
  if (columns.length === 0) return;
  const left = contentLeft(doc);
  const widths = columnWidths(columns, contentWidth(doc));
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w), left);

  const header: Cell[] = columns.map((c, i) => ({ text: c.title, x: xs[i]!, width: widths[i]!, bold: true, fill: COLOR.headerFill, align: 'center' }));
  const headerHeight = rowHeight(doc, header);
  const maxRow = bodyHeight(doc) - headerHeight;

  const cellsOf = (row: Record<string, PdfCell>, index: number): Cell[] =>
    columns.map((c, i) => ({ text: cellText(row[c.key]), x: xs[i]!, width: widths[i]!, align: c.align ?? 'left', fill: index % 2 === 1 ? COLOR.zebra : undefined }));

  const first = rows.length ? Math.min(rowHeight(doc, cellsOf(rows[0]!, 0)), maxRow) : 0;
  ensureSpace(doc, headerHeight + first);
  drawRow(doc, header, headerHeight);
  rows.forEach((row, index) => {
    const cells = cellsOf(row, index);
    const h = rowHeight(doc, cells);
    if (doc.y + Math.min(h, maxRow) > contentBottom(doc)) {
      doc.addPage();
      drawRow(doc, header, headerHeight);
    }
    drawRow(doc, cells, h, maxRow);
  });
}
