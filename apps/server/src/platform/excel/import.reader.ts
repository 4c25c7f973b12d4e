import { StringDecoder } from 'node:string_decoder';
import type * as ExcelJS from 'exceljs';
import { AppError } from '../http/errors.js';
import { excelJs } from './exceljs.js';

export interface SheetRow {
  /** Sheet row number (the header is row 1). */
  row: number;
  /** Cell texts by header, trimmed; empty cells are ''. */
  values: Record<string, string>;
}

/** The text of a cell as a person reads it: dates as YYYY-MM-DD, rich text joined, formulas by their result. */
export function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('').trim();
    if ('result' in v) return v.result instanceof Date ? v.result.toISOString().slice(0, 10) : String(v.result ?? '').trim();
    if ('text' in v) return String(v.text).trim();
  }
  return String(v).trim();
}

/** Decodes UTF-8 across chunk boundaries (a character split between two chunks stays whole). */
async function* utf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const d = new StringDecoder('utf8');
  for await (const c of chunks) {
    const s = typeof c === 'string' ? c : d.write(c);
    if (s) yield s;
  }
  const tail = d.end();
  if (tail) yield tail;
}

type ReaderInternals = {
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
};

/**
 * exceljs 4.4's streaming reader decodes each zip chunk on its own (TextDecoder without `stream`),
 * so a Chinese character that straddles two chunks turns into U+FFFD (about 1 row in 2,500 in a
 * people sheet). This reader hands its parser text decoded across chunk boundaries instead.
 */
function utf8SafeReader(excel: typeof ExcelJS, filePath: string, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>): ExcelJS.stream.xlsx.WorkbookReader {
  const reader = new excel.stream.xlsx.WorkbookReader(filePath, options);
  // why: the two methods are exceljs internals (not in its typings); they are the only places the zip entries reach the XML parser.
  const internals = reader as unknown as ReaderInternals;
  const sharedStrings = internals._parseSharedStrings.bind(reader);
  const worksheet = internals._parseWorksheet.bind(reader);
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8');
    return sharedStrings(entry);
  };
  internals._parseWorksheet = (iterator, sheetNo) => worksheet(utf8(iterator), sheetNo);
  return reader;
}

/**
 * Streams the first sheet of an .xlsx file (exceljs WorkbookReader): yields batches of
 * non-empty rows; memory holds one batch and the workbook's shared strings, never the sheet.
 */
export async function* readSheetBatches(filePath: string, batchSize = 1000): AsyncGenerator<{ headers: string[]; rows: SheetRow[] }> {
  const reader = utf8SafeReader(await excelJs(), filePath, {
    sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'emit',
  });
  let headers: string[] | undefined;
  try {
    for await (const ws of reader) {
      let batch: SheetRow[] = [];
      for await (const r of ws as AsyncIterable<ExcelJS.Row>) {
        if (!headers) {
          headers = [];
          r.eachCell({ includeEmpty: true }, (c, col) => { headers![col] = cellText(c); });
          continue;
        }
        const values: Record<string, string> = {};
        let any = false;
        r.eachCell({ includeEmpty: true }, (c, col) => {
          const h = headers![col];
          if (!h) return;
          const t = cellText(c);
          if (t) any = true;
          values[h] = t;
        });
        if (!any) continue;
        batch.push({ row: r.number, values });
        if (batch.length >= batchSize) {
          yield { headers, rows: batch };
          batch = [];
        }
      }
      if (batch.length || !headers) yield { headers: headers ?? [], rows: batch };
      return; // the first sheet only
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError(400, 'BAD_XLSX', '文件不是有效的 Excel（.xlsx）文件', 'The file is not a valid .xlsx workbook');
  }
  yield { headers: [], rows: [] };
}
