import type { z } from 'zod';
import type { Actor, AuditEntry } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import type { Scope } from '../rbac/scope.js';

/** One column of an import sheet; `parse` turns the cell text into the value (throw an Error with a Chinese message to reject it). */
export interface ImportColumn {
  header: string;
  /** The key of the value in the row object given to `rowSchema`. */
  key: string;
  note: string;
  example: string;
  width?: number;
  /** An empty cell is reported as 「…」不能为空. */
  required?: boolean;
  /** Default: the trimmed text, or undefined when empty. Called only for non-empty cells. */
  parse?: (text: string) => unknown;
  /** Values of this column must be unique within the file (compared after `parse`). */
  unique?: boolean;
}

/** A row error as reported: the sheet row number, the column header ('' for the whole row) and a Chinese message. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface ImportContext {
  /** The database handle: a plain handle while validating, the commit transaction while committing. */
  tx: Db;
  actor: Actor;
  scopes: readonly Scope[];
  jobId: string;
}

export interface ParsedRow<Row> {
  row: number;
  value: Row;
}

export interface ResolveResult<Resolved> {
  /** Errors of reference checks (unknown codes, duplicates already in the database, scope). */
  errors: RowError[];
  /** The rows without errors, ready for `insertBatch`. */
  rows: Array<ParsedRow<Resolved>>;
}

export interface ImportDefinition<Row = unknown, Resolved = Row> {
  /** Also the URL segment: POST /api/v1/imports/{name}. */
  name: string;
  /** Chinese title, used in file names and messages, e.g. 人员. */
  title: string;
  /** The permission needed to upload, read and commit a job of this import. */
  permission: string;
  columns: ImportColumn[];
  /** Checks the object built from the parsed cells; issues are reported against the column whose key is the first path segment. */
  rowSchema: z.ZodType<Row>;
  /** Batched reference checks (one query per batch, never one per row). Runs at validation and again inside the commit. */
  resolve: (rows: Array<ParsedRow<Row>>, ctx: ImportContext) => Promise<ResolveResult<Resolved>>;
  /** Inserts a batch of valid rows in the commit transaction (bulk: unnest or a multi-row insert) and returns the new ids. */
  insertBatch: (tx: Db, rows: Array<ParsedRow<Resolved>>, ctx: ImportContext) => Promise<string[]>;
  /** The audit record of one inserted batch (written in the same transaction). */
  auditSummary: (ids: string[], batch: { jobId: string; index: number; firstRow: number; lastRow: number }) => AuditEntry;
}

/** Identity helper that keeps the row types of a definition. */
export function defineImport<Row, Resolved = Row>(def: ImportDefinition<Row, Resolved>): ImportDefinition<Row, Resolved> {
  return def;
}

export type AnyImportDefinition = ImportDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
