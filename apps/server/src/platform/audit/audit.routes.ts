import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { jsonObject, jsonPage } from '../db/json-rows.js';
import { Binds, preparedFamily, shapeOf } from '../db/prepared.js';
import type { Db } from '../db/types.js';
import { exportList } from '../http/export.js';
import { errorBody } from '../http/schemas.js';
import { afterCursor, afterQuery, keysetPageOf, listQuery, nextCursorOf, offsetOf, orderBy, pageOfIds } from '../http/paging.js';
import { platformPermissions as P } from '../rbac/permissions.js';
import type { Bind } from '../rbac/scope.js';
import { verifyAuditChain } from './audit.service.js';
import { auditHead, auditLog } from './audit.table.js';

const record = z.object({
  seq: z.number(), at: z.string(), actorName: z.string(), actorAccountId: z.string().nullable(), action: z.string(), objectType: z.string(),
  objectId: z.string().nullable(), ip: z.string().nullable(), result: z.string(), before: z.unknown(), after: z.unknown(),
}).meta({ id: 'AuditRecord' });
type AuditRecord = z.infer<typeof record>;
/** A record as the API writes it (`record`), written by PostgreSQL: the chain's hashes left out. */
const recordJson = jsonObject({
  seq: auditLog.seq, at: auditLog.at, actorName: auditLog.actorName, actorAccountId: auditLog.actorAccountId, action: auditLog.action, objectType: auditLog.objectType,
  objectId: auditLog.objectId, ip: auditLog.ip, result: auditLog.result, before: auditLog.before, after: auditLog.after,
});
const query = z.strictObject({
  ...listQuery, ...afterQuery, from: z.iso.datetime({ offset: true }).optional(), to: z.iso.datetime({ offset: true }).optional(), actor: z.string().max(64).optional(),
  action: z.string().max(64).optional(), objectType: z.string().max(64).optional(), result: z.enum(['success', 'failure']).optional(), format: z.enum(['json', 'xlsx']).optional(),
});

const pages = preparedFamily('platform_audit_page');

/** The audit trail, readable by the audit administrator only. */
export const auditRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const tags = ['audit'];
  // why prepared by shape (platform/db/prepared.ts): the trail's pages are read often and its filters are few.
  const whereOf = (f: z.infer<typeof query>, bind: Bind): SQL | undefined => and(
    f.from ? sql`${auditLog.at} >= ${bind(new Date(f.from).toISOString())}::timestamptz` : undefined, f.to ? sql`${auditLog.at} < ${bind(new Date(f.to).toISOString())}::timestamptz` : undefined,
    f.actor ? sql`${auditLog.actorName} = ${bind(f.actor)}` : undefined, f.action ? sql`${auditLog.action} = ${bind(f.action)}` : undefined,
    f.objectType ? sql`${auditLog.objectType} = ${bind(f.objectType)}` : undefined, f.result ? sql`${auditLog.result} = ${bind(f.result)}` : undefined,
  );
  const page = async (w: SQL | undefined, b: Binds, sort: string | undefined, limit: number, offset: number) => {
    const order = orderBy(sort, { seq: auditLog.seq, at: auditLog.at, action: auditLog.action, actorName: auditLog.actorName }, [desc(auditLog.seq)]);
    const p = pageOfIds(auditLog.seq, auditLog, w, order, limit, offset);
    return pages(`${shapeOf(w)}|${sort ?? ''}|${p.shape}`, (h) => h.select({ seq: auditLog.seq, json: recordJson }).from(auditLog).where(p.where).orderBy(...order))(db, { ...b.values, offset });
  };

  app.get('/records', {
    config: { permission: P.auditRead },
    schema: { tags, summary: '审计记录 Audit records', querystring: query, response: { 200: keysetPageOf(record), 400: errorBody } },
  }, async (req, reply) => {
    const b = new Binds();
    const w = whereOf(req.query, b.bind);
    if (req.query.format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.auditExport, objectType: 'audit.record', filename: '审计日志.xlsx', sheet: '审计日志', filters: req.query,
        page: async (_scopes, limit, offset) => (await page(w, b, req.query.sort, limit, offset)).map((r) => JSON.parse(r.json) as AuditRecord),
        columns: [
          { header: '序号', value: (r) => r.seq }, { header: '时间', value: (r) => r.at, width: 26 }, { header: '操作人', value: (r) => r.actorName },
          { header: '操作', value: (r) => r.action, width: 26 }, { header: '对象类型', value: (r) => r.objectType }, { header: '对象', value: (r) => r.objectId, width: 38 },
          { header: 'IP', value: (r) => r.ip }, { header: '结果', value: (r) => r.result },
          { header: '变更前', value: (r) => (r.before ? JSON.stringify(r.before) : null), width: 40 }, { header: '变更后', value: (r) => (r.after ? JSON.stringify(r.after) : null), width: 40 },
        ],
      });
    }
    const { limit, offset } = offsetOf(req.query);
    // why: seq is contiguous, so the head's last seq is the count of the whole trail; counting grows with the trail.
    const counted = w ? db.select({ n: count() }).from(auditLog).where(w).execute({ ...b.values }) : db.select({ n: auditHead.lastSeq }).from(auditHead).where(eq(auditHead.id, 1));
    // why ?after= pages by seq: the next page of the trail is an index range, however deep.
    const after = req.query.after ? afterCursor(req.query.after, [auditLog.seq], req.query.sort, 'desc', b.bind) : undefined;
    const [items, [total]] = await Promise.all([page(and(w, after), b, req.query.sort, limit, after ? 0 : offset), counted]);
    // why a string: the records' JSON, their before and after included, is written by PostgreSQL (platform/db/json-rows.ts).
    return reply.type('application/json; charset=utf-8').send(jsonPage(items, { total: total?.n ?? 0, nextCursor: nextCursorOf(items, limit, (r) => [r.seq]) }) as never);
  });

  app.get('/verify', {
    config: { permission: P.auditRead },
    schema: { tags, summary: '校验审计链 Verify the hash chain', response: { 200: z.object({ ok: z.boolean(), records: z.number(), seq: z.number().optional(), reason: z.string().optional() }) } },
  }, async () => verifyAuditChain(db));
};
