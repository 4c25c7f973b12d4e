import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { offsetOf, pageOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../platform/http/schemas.js';
import { estatePermissions as P } from '../permissions.js';
import type { ContractsService } from './contracts.service.js';
import type { LeasingService } from './leasing.service.js';
import * as s from './leasing.schemas.js';

const tags = ['estate-leasing'];
const errs = { 400: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const all = [{ kind: 'all' as const }];

export const leasingRoutes = ({ leasing, contracts }: { leasing: LeasingService; contracts: ContractsService }): FastifyPluginAsyncZod => async (app) => {
  app.get('/listings', { config: { permission: P.leasingRead }, schema: { tags, summary: '出租房源 Listings', querystring: s.listingQuery, response: { 200: pageOf(s.listing) } } },
    async (req) => { const { page, pageSize, ...f } = req.query; const o = offsetOf({ page, pageSize }); return leasing.listListings(req.scopes, f, o.limit, o.offset); });
  app.get('/listings/:id', { config: { permission: P.leasingRead }, schema: { tags, summary: '房源详情 Listing', params: idParams, response: { 200: s.listing, 404: errorBody } } },
    async (req) => leasing.getListing(req.scopes, req.params.id));
  app.post('/listings', { config: { permission: P.leasingWrite }, schema: { tags, summary: '登记出租房源 Create a listing', body: s.listingBody, response: { 201: s.listing, ...errs } } },
    async (req, reply) => { const r = await leasing.createListing(actorOf(req), req.body); return reply.status(201).send(await leasing.getListing(all, r.id)); });
  app.post('/listings/:id/status', { config: { permission: P.leasingWrite }, schema: { tags, summary: '上架或撤回房源 Reopen or withdraw', params: idParams, body: s.listingStatusBody, response: { 200: s.listing, ...errs } } },
    async (req) => { await leasing.setListingStatus(actorOf(req), req.params.id, req.body.status); return leasing.getListing(all, req.params.id); });

  app.get('/lessees', { config: { permission: P.leasingRead }, schema: { tags, summary: '承租方 Lessees', querystring: s.lesseeQuery, response: { 200: pageOf(s.lessee) } } },
    async (req) => { const { page, pageSize, ...f } = req.query; const o = offsetOf({ page, pageSize }); return leasing.listLessees(req.scopes, f, o.limit, o.offset); });
  app.post('/lessees', { config: { permission: P.leasingWrite }, schema: { tags, summary: '登记承租方 Create a lessee', body: s.lesseeBody, response: { 201: s.lessee, ...errs } } },
    async (req, reply) => reply.status(201).send(await leasing.createLessee(actorOf(req), req.body)));

  app.get('/contracts', { config: { permission: P.leasingRead }, schema: { tags, summary: '租赁合同 Contracts', querystring: s.contractQuery, response: { 200: pageOf(s.contract) } } },
    async (req) => { const { page, pageSize, ...f } = req.query; const o = offsetOf({ page, pageSize }); return contracts.list(req.scopes, f, o.limit, o.offset); });
  app.get('/contracts/:id', { config: { permission: P.leasingRead }, schema: { tags, summary: '合同详情与租金计划 Contract with schedule', params: idParams, response: { 200: s.contractDetail, 404: errorBody } } },
    async (req) => contracts.get(req.scopes, req.params.id));
  app.post('/contracts', { config: { permission: P.leasingWrite }, schema: { tags, summary: '签订租赁合同（生成租金计划） Create a contract', body: s.contractBody, response: { 201: s.contractDetail, ...errs } } },
    async (req, reply) => { const c = await contracts.create(actorOf(req), req.body); return reply.status(201).send(await contracts.get(all, c.id)); });
  app.post('/contracts/:id/terminate', { config: { permission: P.leasingWrite }, schema: { tags, summary: '终止合同 Terminate a contract', params: idParams, body: s.terminateBody, response: { 200: s.contractDetail, ...errs } } },
    async (req) => { await contracts.terminate(actorOf(req), req.params.id, req.body); return contracts.get(all, req.params.id); });
  app.post('/contracts/:id/receipts', { config: { permission: P.leasingWrite }, schema: { tags, summary: '登记收款 Record a receipt', params: idParams, body: s.receiptBody, response: { 201: s.receipt, ...errs } } },
    async (req, reply) => reply.status(201).send(await contracts.addReceipt(actorOf(req), req.params.id, req.body)));

  app.get('/arrears', { config: { permission: P.leasingRead }, schema: { tags, summary: '欠租报表 Arrears as of a date', querystring: s.arrearsQuery, response: { 200: pageOf(s.arrearsRow).extend({ asOf: z.string() }) } } },
    async (req) => { const { page, pageSize, asOf, ...f } = req.query; const o = offsetOf({ page, pageSize }); return contracts.arrears(req.scopes, asOf, f, o.limit, o.offset); });
};
