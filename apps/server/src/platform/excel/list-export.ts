import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { z } from 'zod';
import { appendAudit } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import { actorOf } from '../http/request-context.js';
import { fieldLabel } from './field-labels.js';
import { allPages, sendXlsx, type XlsxColumn } from './xlsx.js';

type Row = Record<string, unknown>;
const PAGE = 200;

function listShape(route: { method: string | string[]; url: string; schema?: { querystring?: unknown; response?: unknown } }) {
  if (route.method !== 'GET' || !route.url.startsWith('/api/v1/')) return null;
  const qs = route.schema?.querystring;
  const ok = (route.schema?.response as Record<string, unknown> | undefined)?.[200];
  if (!(qs instanceof z.ZodObject) || !(ok instanceof z.ZodObject)) return null;
  if (!('page' in qs.shape) || !('pageSize' in qs.shape) || 'format' in qs.shape) return null;
  const items = ok.shape.items;
  if (!(items instanceof z.ZodArray) || !(items.element instanceof z.ZodObject)) return null;
  return { qs, fields: Object.keys(items.element.shape) };
}

const cell = (v: unknown): string | number | boolean | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  return JSON.stringify(v);
};

/**
 * Every paged list under /api/v1 also answers `?format=xlsx`: the same handler is walked page by
 * page with the same filters and sort, and the rows stream into a workbook. Routes that export with
 * columns of their own (a `format` query field) keep theirs. Each export is audited.
 */
export function installListExport(app: FastifyInstance, db: Db): void {
  app.addHook('onRoute', (route) => {
    const shape = listShape(route);
    if (!shape) return;
    route.schema = { ...route.schema, querystring: shape.qs.extend({ format: z.enum(['json', 'xlsx']).optional() }) };
    const list = route.handler as (this: FastifyInstance, req: FastifyRequest, reply: FastifyReply) => Promise<{ items: Row[] }>;
    const columns: XlsxColumn<Row>[] = shape.fields.map((f) => ({ header: fieldLabel(f), value: (r) => cell(r[f]) }));
    const title = (route.schema.summary ?? route.url).split(' ')[0]!;
    const handler: RouteHandlerMethod = async function (this: FastifyInstance, req, reply) {
      const query = req.query as Row & { format?: string };
      if (query.format !== 'xlsx') return list.call(this, req, reply);
      const { format: _f, ...filters } = query;
      await appendAudit(db, actorOf(req), { action: 'platform.list.export', objectType: 'list', objectId: route.url, after: { filters } });
      const rows = allPages(async (limit, offset) => {
        req.query = { ...filters, page: offset / limit + 1, pageSize: limit };
        return (await list.call(this, req, reply)).items;
      }, PAGE);
      return sendXlsx(reply, `${title}.xlsx`, title.slice(0, 31), columns, rows);
    };
    route.handler = handler;
  });
}
