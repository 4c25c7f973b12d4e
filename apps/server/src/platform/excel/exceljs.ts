/**
 * exceljs, loaded on first use. Loading it took about 0.3 s of the server's start (a seventh of the
 * time to ready with the province data), for a module that only imports and exports need.
 */
import type * as ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

export function excelJs(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((m) => (m as unknown as { default: typeof ExcelJS }).default);
  return loading;
}
