import type { FastifyReply, FastifyRequest } from 'fastify';
import { appendAudit } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import type { Scope } from '../rbac/scope.js';
import { allPages, sendXlsx, type XlsxColumn } from '../excel/xlsx.js';
import { errors } from './errors.js';
import { actorOf } from './request-context.js';

export interface ExportSpec<Row> {
  db: Db;
  permission: string;
  objectType: string;
  filename: string;
  sheet: string;
  columns: XlsxColumn<Row>[];
  filters: Record<string, unknown>;
  /** One page of the list, filtered by the scopes of the export permission. */
  page: (scopes: readonly Scope[], limit: number, offset: number) => Promise<Row[]>;
}

/** `?format=xlsx` on a list: checks the export permission, audits the export, streams the filtered list. */
export async function exportList<Row>(req: FastifyRequest, reply: FastifyReply, spec: ExportSpec<Row>): Promise<FastifyReply> {
  const scopes = req.auth?.permissions.get(spec.permission);
  if (!scopes) throw errors.forbidden(spec.permission);
  await appendAudit(spec.db, actorOf(req), { action: `${spec.objectType}.export`, objectType: spec.objectType, after: { filters: spec.filters } });
  return sendXlsx(reply, spec.filename, spec.sheet, spec.columns, allPages((limit, offset) => spec.page(scopes, limit, offset)));
}
