import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../platform/db/types.js';
import { exportList } from '../../../platform/http/export.js';
import { listQuery, offsetOf, pageOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams, isoDate } from '../../../platform/http/schemas.js';
import { estatePermissions as P } from '../permissions.js';
import { exitReasons, itemConditions, leaseStatuses } from '../db/housing-lease.table.js';
import type { LeaseService } from './lease.service.js';

const tags = ['estate-housing'];
const fen = z.number().int().min(0).max(1_000_000_00);
const bill = z.object({ id: z.string(), leaseId: z.string(), month: z.string(), amountFen: z.number().int(), paidFen: z.number().int(), status: z.string(), createdAt: z.string() }).meta({ id: 'HousingBill' });
const item = z.strictObject({ name: z.string().trim().min(1).max(64), condition: z.enum(itemConditions), note: z.string().trim().max(500).nullish(), photoFileIds: z.array(z.uuid()).max(10).default([]) });
const checklist = z.object({ id: z.string(), leaseId: z.string(), kind: z.string(), items: z.array(item), checkedOn: z.string(), checkedBy: z.string(), createdAt: z.string() }).meta({ id: 'HousingChecklist' });
const lease = z.object({
  id: z.string(), flatId: z.string(), applicationId: z.string().nullable(), personId: z.string(), agencyId: z.string(), departmentId: z.string().nullable(),
  startDate: z.string(), endDate: z.string(), rentFen: z.number().int(), depositFen: z.number().int(), reminderDays: z.array(z.number().int()), status: z.string(),
  exitReason: z.string().nullable(), exitDate: z.string().nullable(), exitNote: z.string().nullable(), createdAt: z.string(),
}).meta({ id: 'HousingLease' });
/** The lease as lists and details show it: with the tenant's name and the flat's label. */
const leaseRow = lease.extend({ personName: z.string(), flatLabel: z.string() }).meta({ id: 'HousingLeaseRow' });
const leaseDetail = leaseRow.extend({ bills: z.array(bill), checklists: z.array(checklist) }).meta({ id: 'HousingLeaseDetail' });
const leaseInput = z.strictObject({
  applicationId: z.uuid().optional(), flatId: z.uuid().optional(), personId: z.uuid().optional(), startDate: isoDate,
  termMonths: z.number().int().min(1).max(60).optional(), rentFen: fen.optional(), depositFen: fen.optional(), reminderDays: z.array(z.number().int().min(1).max(365)).min(1).max(10).optional(),
});
const billParams = z.object({ id: z.uuid(), billId: z.uuid() });

export const leaseRoutes = (db: Db, leases: LeaseService): FastifyPluginAsyncZod => async (app) => {
  app.post('/leases', {
    config: { permission: P.housingLeaseWrite },
    schema: { tags, summary: '签订租约（生成月租账单） Sign a lease', body: leaseInput, response: { 201: lease, 400: errorBody, 409: errorBody, 422: errorBody } },
  }, async (req, reply) => reply.status(201).send(await leases.create(actorOf(req), req.scopes, req.body)));

  app.get('/leases', {
    config: { permission: P.housingLeaseRead },
    schema: { tags, summary: '租约列表 List leases', querystring: z.strictObject({ page: listQuery.page, pageSize: listQuery.pageSize, status: z.enum(leaseStatuses).optional(), personId: z.uuid().optional(), format: z.enum(['json', 'xlsx']).optional() }), response: { 200: pageOf(leaseRow) } },
  }, async (req, reply) => {
    const { page, pageSize, format, ...f } = req.query;
    if (format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.housingLeaseRead, objectType: 'estate.housing-lease', filename: '公租房租约.xlsx', sheet: '租约', filters: req.query,
        page: async (scopes, limit, offset) => (await leases.list(scopes, f, limit, offset)).items,
        columns: [
          { header: '承租人', value: (r) => r.personName }, { header: '房源', value: (r) => r.flatLabel, width: 28 }, { header: '起始日期', value: (r) => r.startDate },
          { header: '到期日期', value: (r) => r.endDate }, { header: '月租金（元）', value: (r) => r.rentFen / 100 }, { header: '押金（元）', value: (r) => r.depositFen / 100 },
          { header: '状态', value: (r) => (r.status === 'active' ? '履约中' : '已结束') },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    return leases.list(req.scopes, f, limit, offset);
  });

  app.get('/leases/mine', {
    config: { permission: P.housingMyLease },
    schema: { tags, summary: '我的租约 My lease with bills', response: { 200: pageOf(leaseDetail) } },
  }, async (req) => leases.mine(req.auth!.personId));

  app.get('/leases/:id', {
    config: { permission: P.housingLeaseRead },
    schema: { tags, summary: '租约详情 Get a lease with bills and checklists', params: idParams, response: { 200: leaseDetail, 404: errorBody } },
  }, async (req) => leases.get(req.scopes, req.params.id));

  app.post('/leases/:id/bills/:billId/payments', {
    config: { permission: P.housingLeaseWrite },
    schema: {
      tags, summary: '登记缴租 Record a rent payment', params: billParams,
      body: z.strictObject({ amountFen: z.number().int().min(1).max(1_000_000_00), paidOn: isoDate, method: z.enum(['payroll', 'transfer', 'cash', 'other']), note: z.string().trim().max(200).nullish() }),
      response: { 200: bill, 404: errorBody, 422: errorBody },
    },
  }, async (req) => leases.pay(actorOf(req), req.scopes, req.params.id, req.params.billId, req.body));

  app.post('/leases/:id/checklists', {
    config: { permission: P.housingLeaseWrite },
    schema: {
      tags, summary: '入住/退房交接清单 Record a move-in or move-out checklist', params: idParams,
      body: z.strictObject({ kind: z.enum(['move-in', 'move-out']), checkedOn: isoDate, items: z.array(item).min(1).max(100) }), response: { 201: checklist, 404: errorBody, 409: errorBody, 422: errorBody },
    },
  }, async (req, reply) => reply.status(201).send(await leases.checklist(actorOf(req), req.scopes, req.params.id, req.body, req.auth!.accountId)));

  app.post('/leases/:id/exit', {
    config: { permission: P.housingLeaseWrite },
    schema: {
      tags, summary: '退出（腾退房源） End a lease and free the flat', params: idParams,
      body: z.strictObject({ reason: z.enum(exitReasons), exitDate: isoDate, note: z.string().trim().max(500).nullish() }), response: { 200: lease, 404: errorBody, 409: errorBody, 422: errorBody },
    },
  }, async (req) => leases.exit(actorOf(req), req.scopes, req.params.id, req.body));
};
