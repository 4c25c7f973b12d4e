/** The document model every module renders through `renderPdf` (see README.md). */

export interface PdfColumn {
  key: string;
  title: string;
  /** Width in points (1/72 inch). Columns without a width share what is left. */
  width?: number;
  align?: 'left' | 'right' | 'center';
}

export type PdfCell = string | number | null;

export type PdfBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** A two-column label/value grid (two label/value pairs per row, bordered). */
  | { kind: 'fields'; items: Array<{ label: string; value: string }> }
  /** Bordered table; the header row repeats on every page; long cells wrap. */
  | { kind: 'table'; columns: PdfColumn[]; rows: Array<Record<string, PdfCell>> }
  /** Signature / seal lines, one column per party: 甲方（盖章）… 日期. */
  | { kind: 'signatures'; parties: string[] };

export interface PdfDocument {
  title: string;
  subtitle?: string;
  landscape?: boolean;
  blocks: PdfBlock[];
  /** Left-hand footer text on every page; page numbers 第 n 页 / 共 m 页 are always printed. */
  footer?: string;
}
