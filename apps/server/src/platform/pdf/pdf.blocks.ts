import { FONT_REGULAR } from './pdf.fonts.js';
import { COLOR, contentLeft, contentWidth, drawRow, ensureSpace, flowText, rowHeight, SIZE, type Cell, type Doc } from './pdf.layout.js';
import { drawTable } from './pdf.table.js';
import type { PdfBlock } from './pdf.types.js';

const LABEL_SHARE = 0.17;

/**
 * Label/value grid: two pairs per row ([label|value|label|value]); a value that would wrap to more
 * than two lines at half width, and a last unpaired item, take the whole row.
 */
export function drawFields(doc: Doc, items: Array<{ label: string; value: string }>): void {
  const left = contentLeft(doc);
  const width = contentWidth(doc);
  const labelW = width * LABEL_SHARE;
  const halfValueW = width / 2 - labelW;
  const twoLines = rowHeight(doc, [{ text: '国\n国', x: 0, width: halfValueW }]);
  const isWide = (v: string) => rowHeight(doc, [{ text: v, x: 0, width: halfValueW }]) > twoLines;

  const rows: Array<Array<{ label: string; value: string }>> = [];
  let pending: { label: string; value: string } | null = null;
  for (const item of items) {
    if (isWide(item.value)) {
      if (pending) rows.push([pending]);
      pending = null;
      rows.push([item]);
    } else if (pending) {
      rows.push([pending, item]);
      pending = null;
    } else pending = item;
  }
  if (pending) rows.push([pending]);

  for (const row of rows) {
    const cells: Cell[] = [];
    const pairW = row.length === 2 ? width / 2 : width;
    row.forEach((item, i) => {
      const x = left + i * (width / 2);
      cells.push({ text: item.label, x, width: labelW, bold: true, fill: COLOR.labelFill });
      cells.push({ text: item.value, x: x + labelW, width: pairW - labelW });
    });
    const h = rowHeight(doc, cells);
    ensureSpace(doc, h);
    drawRow(doc, cells, h);
  }
  doc.y += 10;
}

/** 甲方（盖章）/ 代表人（签字）/ 日期 for each party, up to three side by side, never split across pages. */
export function drawSignatures(doc: Doc, parties: string[]): void {
  const perRow = Math.min(3, Math.max(1, parties.length));
  const left = contentLeft(doc);
  const colW = contentWidth(doc) / perRow;
  const lineH = 30;
  doc.font(FONT_REGULAR).fontSize(SIZE.body).fillColor(COLOR.text);
  for (let start = 0; start < parties.length; start += perRow) {
    const group = parties.slice(start, start + perRow);
    const nameH = Math.max(...group.map((p) => doc.heightOfString(sealLabel(p), { width: colW - 16 })));
    ensureSpace(doc, 16 + nameH + 3 * lineH);
    const top = doc.y + 16;
    group.forEach((party, i) => {
      const x = left + i * colW;
      doc.font(FONT_REGULAR).fontSize(SIZE.body);
      doc.text(sealLabel(party), x, top, { width: colW - 16 });
      underline(doc, '代表人（签字）：', x, top + nameH + lineH, colW - 16);
      doc.text('日期：        年      月      日', x, top + nameH + 2 * lineH, { width: colW - 16, lineBreak: false });
    });
    doc.x = left;
    doc.y = top + nameH + 3 * lineH;
  }
}

function sealLabel(party: string): string {
  return /盖章|签字|签章/.test(party) ? party : `${party}（盖章）：`;
}

function underline(doc: Doc, label: string, x: number, y: number, width: number): void {
  doc.text(label, x, y, { lineBreak: false });
  const start = x + doc.widthOfString(label);
  const baseline = y + doc.currentLineHeight() + 1;
  doc.lineWidth(0.5).strokeColor(COLOR.text).moveTo(start, baseline).lineTo(x + width, baseline).stroke();
}

export function drawBlock(doc: Doc, block: PdfBlock): void {
  switch (block.kind) {
    case 'heading':
      ensureSpace(doc, 60); // keep a heading with at least a few lines of what follows
      doc.y += 6;
      flowText(doc, block.text, { bold: true, size: SIZE.heading, gap: 6 });
      return;
    case 'paragraph':
      flowText(doc, block.text, { size: SIZE.body, indent: 2 * SIZE.body, gap: 6 });
      return;
    case 'fields':
      drawFields(doc, block.items);
      return;
    case 'table':
      drawTable(doc, block.columns, block.rows);
      doc.y += 10;
      return;
    case 'signatures':
      drawSignatures(doc, block.parties);
      return;
  }
}
