import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { offsetOf, pageOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody } from '../../../platform/http/schemas.js';
import { estatePermissions as P } from '../permissions.js';
import type { CensusItemsService } from './census-items.service.js';
import type { CensusReconcileService } from './census-reconcile.service.js';
import type { CensusService } from './census.service.js';
import * as s from './census.schemas.js';

export interface CensusRoutesDeps { campaigns: CensusService; items: CensusItemsService; reconcile: CensusReconcileService }

const tags = ['estate-census'];
const errs = { 400: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };

export const censusRoutes = ({ campaigns, items, reconcile }: CensusRoutesDeps): FastifyPluginAsyncZod => async (app) => {
  app.get('', {
    config: { permission: P.censusRead },
    schema: { tags, summary: '房产清查任务 List census campaigns', querystring: s.campaignListQuery, response: { 200: pageOf(s.campaign) } },
  }, async (req) => { const { page, pageSize, ...f } = req.query; const o = offsetOf({ page, pageSize }); return campaigns.list(req.scopes, f, o.limit, o.offset); });

  app.post('', {
    config: { permission: P.censusManage },
    schema: { tags, summary: '发起房产清查 Open a census campaign', body: s.openCampaignBody, response: { 201: s.campaign, ...errs } },
  }, async (req, reply) => { const c = await campaigns.open(actorOf(req), req.body); return reply.status(201).send(await campaigns.get([{ kind: 'all' }], c.id)); });

  app.get('/:id', {
    config: { permission: P.censusRead },
    schema: { tags, summary: '清查任务详情 Get a campaign', params: s.campaignParams, response: { 200: s.campaign, 404: errorBody } },
  }, async (req) => campaigns.get(req.scopes, req.params.id));

  app.post('/:id/close', {
    config: { permission: P.censusManage },
    schema: { tags, summary: '关闭清查任务 Close a campaign', params: s.campaignParams, response: { 200: s.campaign.omit({ progress: true }), ...errs } },
  }, async (req) => campaigns.close(actorOf(req), req.params.id));

  app.get('/:id/agencies', {
    config: { permission: P.censusRead },
    schema: { tags, summary: '各单位清查进度 Progress per agency', params: s.campaignParams, querystring: s.agencyProgressQuery, response: { 200: pageOf(s.agencyProgressRow), 404: errorBody } },
  }, async (req) => { const { page, pageSize, ...f } = req.query; const o = offsetOf({ page, pageSize }); return campaigns.agencyProgress(req.scopes, req.params.id, f, o.limit, o.offset); });

  app.get('/:id/my-items', {
    config: { permission: P.censusRead },
    schema: { tags, summary: '本单位清查清单 Items of my agency', params: s.campaignParams, querystring: s.itemListQuery, response: { 200: pageOf(s.censusItem) } },
  }, async (req) => { const { page, pageSize, ...f } = req.query; const o = offsetOf({ page, pageSize }); return items.myItems(req.scopes, req.params.id, f, o.limit, o.offset); });

  app.post('/:id/items/:itemId/confirm', {
    config: { permission: P.censusRespond },
    schema: { tags, summary: '确认房间信息无误 Confirm a room', params: s.itemParams, response: { 200: s.censusItem.omit({ agencyName: true }), ...errs } },
  }, async (req) => items.confirm(actorOf(req), req.scopes, req.params.id, req.params.itemId));

  app.post('/:id/items/:itemId/correct', {
    config: { permission: P.censusRespond },
    schema: { tags, summary: '更正房间信息 Correct a room', params: s.itemParams, body: s.correctBody, response: { 200: s.censusItem.omit({ agencyName: true }), ...errs } },
  }, async (req) => items.correct(actorOf(req), req.scopes, req.params.id, req.params.itemId, req.body));

  app.post('/:id/items', {
    config: { permission: P.censusRespond },
    schema: { tags, summary: '补报漏登房间 Add a missing room', params: s.campaignParams, body: s.addRoomBody, response: { 201: s.censusItem.omit({ agencyName: true }), ...errs } },
  }, async (req, reply) => reply.status(201).send(await items.addRoom(actorOf(req), req.scopes, req.params.id, req.body)));

  app.post('/:id/submit', {
    config: { permission: P.censusRespond },
    schema: { tags, summary: '提交本单位清查结果 Submit my agency', params: s.campaignParams, body: s.submitBody, response: { 200: s.censusAgency, ...errs } },
  }, async (req) => items.submit(actorOf(req), req.scopes, req.params.id, req.body?.agencyId));

  app.get('/:id/differences', {
    config: { permission: P.censusManage },
    schema: { tags, summary: '待核定差异 Differences to reconcile', params: s.campaignParams, querystring: s.differenceQuery, response: { 200: pageOf(s.differenceItem) } },
  }, async (req) => { const { page, pageSize, ...f } = req.query; const o = offsetOf({ page, pageSize }); return reconcile.listDifferences(req.params.id, f, o.limit, o.offset); });

  app.post('/:id/items/:itemId/decide', {
    config: { permission: P.censusManage },
    schema: { tags, summary: '核定差异（采纳或驳回） Accept or reject a difference', params: s.itemParams, body: s.decideBody, response: { 200: s.censusItem.omit({ agencyName: true }), ...errs } },
  }, async (req) => reconcile.decide(actorOf(req), req.params.id, req.params.itemId, req.body));

  app.post('/:id/agencies/:agencyId/reconcile', {
    config: { permission: P.censusManage },
    schema: { tags, summary: '确认单位清查核定完成 Mark an agency reconciled', params: s.agencyParams, response: { 200: s.censusAgency, ...errs } },
  }, async (req) => reconcile.reconcileAgency(actorOf(req), req.params.id, req.params.agencyId));
};
