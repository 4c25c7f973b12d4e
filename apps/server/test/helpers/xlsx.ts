import ExcelJS from 'exceljs';

/** Builds an .xlsx with a header row and data rows (as a person filling the template would). */
export async function makeXlsx(headers: string[], rows: Array<Array<string | number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('data');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads every row of the first sheet as arrays of cell text. */
export async function readXlsx(data: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as never);
  const out: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c, col) => { cells[col - 1] = c.text; });
    out.push(cells);
  });
  return out;
}

/** A valid 18-digit ID number (GB 11643-1999 check digit computed here, independently of the product). */
export function idNumber(serial: number, birth = '19900101'): string {
  const body = `330902${birth}${String(serial % 1000).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(body[i]) * w[i]!;
  return body + '10X98765432'[sum % 11]!;
}
