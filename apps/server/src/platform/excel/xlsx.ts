import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '../http/errors.js';
import { excelJs } from './exceljs.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxColumn<Row> {
  header: string;
  width?: number;
  value: (row: Row) => string | number | boolean | Date | null | undefined;
}

function attachmentHeader(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Streams rows into an .xlsx download; rows come page by page, so memory stays flat. */
export function sendXlsx<Row>(reply: FastifyReply, filename: string, sheetName: string, columns: XlsxColumn<Row>[], rows: AsyncIterable<Row>): FastifyReply {
  const stream = new PassThrough();
  void (async () => {
    try {
      const wb = new (await excelJs()).stream.xlsx.WorkbookWriter({ stream, useStyles: true });
      const ws = wb.addWorksheet(sheetName);
      ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
      ws.getRow(1).font = { bold: true };
      for await (const row of rows) ws.addRow(columns.map((c) => c.value(row) ?? null)).commit();
      ws.commit();
      await wb.commit();
    } catch (e) {
      stream.destroy(e as Error);
    }
  })();
  reply.header('content-type', XLSX_MIME).header('content-disposition', attachmentHeader(filename));
  return reply.send(stream);
}

export interface TemplateColumn {
  header: string;
  note: string;
  example: string;
  width?: number;
}

/** An import template: a header row, notes as cell comments, one example row, and a 说明 sheet. */
export async function templateXlsx(columns: TemplateColumn[], sheetName: string): Promise<Buffer> {
  const wb = new (await excelJs()).Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 18 }));
  ws.getRow(1).font = { bold: true };
  columns.forEach((c, i) => { ws.getRow(1).getCell(i + 1).note = c.note; });
  ws.addRow(columns.map((c) => c.example));
  const help = wb.addWorksheet('说明');
  help.addRow(['字段', '说明']);
  for (const c of columns) help.addRow([c.header, c.note]);
  help.addRow([]);
  help.addRow(['提示', '第 2 行为示例，导入前请删除或覆盖；整表校验通过才会导入，任一行有误则全部不导入。']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads the first sheet into objects keyed by the header row (cell text, trimmed). */
export async function readXlsxRows(data: Buffer): Promise<Array<{ row: number; values: Record<string, string> }>> {
  if (!Buffer.isBuffer(data)) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', '请上传 Excel（.xlsx）文件', 'Upload an .xlsx file');
  const wb = new (await excelJs()).Workbook();
  try {
    await wb.xlsx.load(data as never);
  } catch {
    throw new AppError(400, 'BAD_XLSX', '文件不是有效的 Excel（.xlsx）文件', 'The file is not a valid .xlsx workbook');
  }
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const headers: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => { headers[col] = cell.text.trim(); });
  const out: Array<{ row: number; values: Record<string, string> }> = [];
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, string> = {};
    let any = false;
    r.eachCell({ includeEmpty: true }, (cell, col) => {
      const h = headers[col];
      if (!h) return;
      const text = cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.text.trim();
      if (text) any = true;
      values[h] = text;
    });
    if (any) out.push({ row: rowNumber, values });
  });
  return out;
}

/** Lets routes take a raw .xlsx body. */
export function acceptXlsxBodies(app: FastifyInstance, limitBytes = 20 * 1024 * 1024): void {
  app.addContentTypeParser([XLSX_MIME, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: limitBytes }, (_req, body, done) => done(null, body));
}

/** Iterates a paged query to the end. */
export async function* allPages<T>(fetchPage: (limit: number, offset: number) => Promise<T[]>, size = 1000): AsyncIterable<T> {
  for (let offset = 0; ; offset += size) {
    const rows = await fetchPage(size, offset);
    yield* rows;
    if (rows.length < size) return;
  }
}
