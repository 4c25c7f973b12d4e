import type { AnyImportDefinition, ParsedRow, RowError } from './import.types.js';
import type { SheetRow } from './import.reader.js';

/** In-file duplicate detection: the first row of each value of each `unique` column (200k keys fit easily). */
export class SeenKeys {
  private readonly first = new Map<string, number>();

  /** The earlier row holding this value, or undefined (and then this row is remembered). */
  check(key: string, value: unknown, row: number): number | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    const k = `${key}\u0000${String(value)}`;
    const prev = this.first.get(k);
    if (prev !== undefined) return prev;
    this.first.set(k, row);
    return undefined;
  }
}

/** Missing headers, reported against row 1. */
export function headerErrors(def: AnyImportDefinition, headers: string[]): RowError[] {
  const present = new Set(headers.filter(Boolean));
  return def.columns.filter((c) => !present.has(c.header)).map((c) => ({ row: 1, column: c.header, message: `缺少列“${c.header}”，请使用下载的导入模板` }));
}

/**
 * Parses and checks one sheet row: required cells, column parsers, duplicates within the file, the
 * row schema. One error per column (the first found).
 */
export function checkRow(def: AnyImportDefinition, r: SheetRow, seen: SeenKeys): { errors: RowError[]; parsed?: ParsedRow<unknown> } {
  const errors: RowError[] = [];
  const failed = new Set<string>();
  const add = (column: string, message: string) => {
    if (failed.has(column)) return;
    failed.add(column);
    errors.push({ row: r.row, column, message });
  };
  const obj: Record<string, unknown> = {};
  for (const c of def.columns) {
    const text = r.values[c.header] ?? '';
    if (!text) {
      if (c.required) add(c.header, `“${c.header}”不能为空`);
      continue;
    }
    try {
      obj[c.key] = c.parse ? c.parse(text) : text;
    } catch (e) {
      add(c.header, e instanceof Error && e.message ? e.message : `“${text}”无效`);
      continue;
    }
    if (c.unique) {
      const prev = seen.check(c.key, obj[c.key], r.row);
      if (prev !== undefined) add(c.header, `与第 ${prev} 行重复`);
    }
  }
  const res = def.rowSchema.safeParse(obj);
  if (!res.success) {
    const headerOf = new Map(def.columns.map((c) => [c.key, c.header]));
    for (const i of res.error.issues) {
      const key = i.path.length ? String(i.path[0]) : '';
      if (key && obj[key] === undefined && failed.has(headerOf.get(key) ?? key)) continue;
      add(headerOf.get(key) ?? key, i.message);
    }
  }
  if (errors.length) return { errors };
  return { errors, parsed: { row: r.row, value: res.data } };
}

/** Only the duplicate bookkeeping of a row (used to rebuild the keys when validation resumes). */
export function rememberKeys(def: AnyImportDefinition, r: SheetRow, seen: SeenKeys): void {
  for (const c of def.columns) {
    if (!c.unique) continue;
    const text = r.values[c.header] ?? '';
    if (!text) continue;
    try {
      seen.check(c.key, c.parse ? c.parse(text) : text, r.row);
    } catch {
      // an unparseable cell was already reported and never counts as a key
    }
  }
}
