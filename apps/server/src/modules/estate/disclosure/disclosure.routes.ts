import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import { allPages, sendXlsx, type XlsxColumn } from '../../../platform/excel/xlsx.js';
import { offsetOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody } from '../../../platform/http/schemas.js';
import { renderPdf, sendPdf, type PdfDocument } from '../../../platform/pdf/index.js';
import type { Scope } from '../../../platform/rbac/scope.js';
import { shanghaiDay } from '../census/estate-shared.js';
import { estatePermissions as P } from '../permissions.js';
import { asOfDay, type DisclosureQueries } from './disclosure.queries.js';

const reportQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  agencyId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  format: z.enum(['json', 'xlsx', 'pdf']).optional(),
});
const building = z.object({ buildingName: z.string(), rooms: z.string(), roomCount: z.number().int(), usableM2: z.number(), officeM2: z.number() });
const allocationReport = z.object({
  year: z.number().int(), asOf: z.string(), total: z.number().int(),
  items: z.array(z.object({ agencyId: z.string(), agencyName: z.string(), approvedM2: z.number(), usedOfficeM2: z.number(), overrunM2: z.number(), buildings: z.array(building) })),
}).meta({ id: 'EstateAllocationDisclosure' });
const leaderReport = z.object({
  year: z.number().int(), asOf: z.string(), total: z.number().int(),
  items: z.array(z.object({
    personId: z.string(), name: z.string(), post: z.string().nullable(), agencyName: z.string(), rank: z.string(), rankLabel: z.string(), rooms: z.string(),
    areaM2: z.number(), standardLabel: z.string().nullable(), standardM2: z.number().nullable(), overrunM2: z.number().nullable(),
  })),
}).meta({ id: 'EstateLeaderRoomFiling' });

const tags = ['estate-disclosure'];
const m2 = (v: number | null) => (v === null ? '' : v.toFixed(2));

async function exportAudit(db: Db, req: FastifyRequest, what: string, year: number, format: string) {
  await appendAudit(db, actorOf(req), { action: 'estate.disclosure.export', objectType: 'estate.disclosure', objectId: what, after: { year, format } });
}

/** Every page of a report (for .xlsx and PDF), 200 agencies or people at a time. */
async function everything<T>(page: (limit: number, offset: number) => Promise<{ items: T[] }>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of allPages(async (l, o) => (await page(l, o)).items, 200)) out.push(r);
  return out;
}

export const disclosureRoutes = ({ db, queries, clock }: { db: Db; queries: DisclosureQueries; clock: () => Date }): FastifyPluginAsyncZod => async (app) => {
  const today = () => shanghaiDay(clock());

  app.get('/allocation-disclosure', {
    config: { permission: P.disclosureRead },
    schema: { tags, summary: '办公用房分配年度公示 Yearly allocation disclosure', querystring: reportQuery, response: { 200: allocationReport, 400: errorBody } },
  }, async (req, reply) => {
    const { year, format, page, pageSize, agencyId } = req.query;
    const scopes: readonly Scope[] = req.scopes;
    if (!format || format === 'json') { const o = offsetOf({ page, pageSize }); return queries.allocation(scopes, year, today(), o.limit, o.offset, agencyId); }
    const items = await everything((l, o) => queries.allocation(scopes, year, today(), l, o, agencyId));
    const flat = items.flatMap((a) => (a.buildings.length ? a.buildings : [{ buildingName: '', rooms: '', roomCount: 0, usableM2: 0, officeM2: 0 }]).map((b) => ({ ...a, ...b })));
    await exportAudit(db, req, 'allocation-disclosure', year, format);
    const title = `${year}年度办公用房分配情况公示`;
    if (format === 'xlsx') {
      const cols: XlsxColumn<(typeof flat)[number]>[] = [
        { header: '单位', value: (r) => r.agencyName, width: 28 }, { header: '楼宇', value: (r) => r.buildingName, width: 20 }, { header: '房间', value: (r) => r.rooms, width: 30 },
        { header: '房间数', value: (r) => r.roomCount }, { header: '使用面积（㎡）', value: (r) => r.usableM2 }, { header: '其中办公室（㎡）', value: (r) => r.officeM2 },
        { header: '单位核定面积（㎡）', value: (r) => r.approvedM2 }, { header: '单位办公室使用面积（㎡）', value: (r) => r.usedOfficeM2 }, { header: '超标面积（㎡）', value: (r) => r.overrunM2 },
      ];
      return sendXlsx(reply, `${title}.xlsx`, '分配公示', cols, (async function* () { yield* flat; })());
    }
    const doc: PdfDocument = {
      title, subtitle: `统计日期：${asOfDay(year, today())}`, landscape: true, footer: '内部公示 · 舟到e管家',
      blocks: [
        { kind: 'paragraph', text: '根据《党政机关办公用房管理办法》第十九条，现将本年度办公用房分配使用情况予以内部公示。如有异议，请于公示期内向机关事务管理中心反映。' },
        { kind: 'table', columns: [
          { key: 'agency', title: '单位', width: 150 }, { key: 'building', title: '楼宇', width: 110 }, { key: 'rooms', title: '房间' }, { key: 'usable', title: '使用面积㎡', width: 70, align: 'right' },
          { key: 'approved', title: '核定面积㎡', width: 70, align: 'right' }, { key: 'used', title: '办公室面积㎡', width: 75, align: 'right' }, { key: 'over', title: '超标㎡', width: 55, align: 'right' },
        ], rows: flat.map((r) => ({ agency: r.agencyName, building: r.buildingName, rooms: r.rooms, usable: m2(r.usableM2), approved: m2(r.approvedM2), used: m2(r.usedOfficeM2), over: m2(r.overrunM2) })) },
      ],
    };
    return sendPdf(reply, title, await renderPdf(doc));
  });

  app.get('/leader-room-filing', {
    config: { permission: P.disclosureRead },
    schema: { tags, summary: '领导干部办公用房备案 Leaders\' room filing', querystring: reportQuery, response: { 200: leaderReport, 400: errorBody } },
  }, async (req, reply) => {
    const { year, format, page, pageSize, agencyId } = req.query;
    const scopes: readonly Scope[] = req.scopes;
    if (!format || format === 'json') { const o = offsetOf({ page, pageSize }); return queries.leaders(scopes, year, today(), o.limit, o.offset, agencyId); }
    const items = await everything((l, o) => queries.leaders(scopes, year, today(), l, o, agencyId));
    await exportAudit(db, req, 'leader-room-filing', year, format);
    const title = `${year}年度领导干部办公用房备案表`;
    if (format === 'xlsx') {
      const cols: XlsxColumn<(typeof items)[number]>[] = [
        { header: '单位', value: (r) => r.agencyName, width: 28 }, { header: '姓名', value: (r) => r.name }, { header: '职务', value: (r) => r.post, width: 20 },
        { header: '职级', value: (r) => r.rankLabel }, { header: '办公用房', value: (r) => r.rooms, width: 30 }, { header: '使用面积（㎡）', value: (r) => r.areaM2 },
        { header: '标准', value: (r) => r.standardLabel }, { header: '标准面积（㎡）', value: (r) => r.standardM2 }, { header: '超标面积（㎡）', value: (r) => r.overrunM2 },
      ];
      return sendXlsx(reply, `${title}.xlsx`, '领导干部用房备案', cols, (async function* () { yield* items; })());
    }
    const over = items.filter((i) => (i.overrunM2 ?? 0) > 0).length;
    const doc: PdfDocument = {
      title, subtitle: `共 ${items.length} 人，其中超标 ${over} 人`, landscape: true, footer: '领导干部办公用房年度报备 · 舟到e管家',
      blocks: [
        { kind: 'table', columns: [
          { key: 'agency', title: '单位', width: 140 }, { key: 'name', title: '姓名', width: 55 }, { key: 'post', title: '职务', width: 90 }, { key: 'rank', title: '职级', width: 70 },
          { key: 'rooms', title: '办公用房' }, { key: 'area', title: '面积㎡', width: 55, align: 'right' }, { key: 'std', title: '标准㎡', width: 55, align: 'right' }, { key: 'over', title: '超标㎡', width: 55, align: 'right' },
        ], rows: items.map((r) => ({ agency: r.agencyName, name: r.name, post: r.post, rank: r.rankLabel, rooms: r.rooms, area: m2(r.areaM2), std: m2(r.standardM2), over: m2(r.overrunM2) })) },
        { kind: 'signatures', parties: ['填报单位（盖章）', '机关事务管理中心（盖章）'] },
      ],
    };
    return sendPdf(reply, title, await renderPdf(doc));
  });
};
