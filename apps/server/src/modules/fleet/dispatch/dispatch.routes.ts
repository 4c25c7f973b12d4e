import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../platform/http/schemas.js';
import { fleetPermissions as P } from '../permissions.js';
import { json, tripDetail } from '../trips/trips.schemas.js';
import { offsetOf } from '../../../platform/http/paging.js';
import { assignmentInput, carpoolProposals, carpoolQuery, dispatchAgencies, dispatchAgencyQuery, emergencyInput, mergeInput, suggestionQuery, suggestions, windowSuggestionQuery } from './dispatch.schemas.js';
import type { DispatchService } from './dispatch.service.js';

const DAY = 24 * 3600_000;

/** 派车, 拼车, 应急出车 (the dispatcher). */
export const dispatchRoutes = (svc: DispatchService): FastifyPluginAsyncZod => async (app) => {
  const tags = ['fleet'];
  const bad = { 400: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
  const perm = { permission: P.tripDispatch };

  app.post('/trip-requests/:id/dispatch', {
    config: perm,
    schema: { tags, summary: '派车（车辆，需要时加驾驶员） Dispatch a trip request', params: idParams, body: assignmentInput, response: { 201: tripDetail, ...bad } },
  }, async (req, reply) => reply.status(201).send(json(await svc.dispatch(actorOf(req), req.scopes, req.params.id, req.body))));

  app.get('/trip-requests/:id/suggestions', {
    config: perm,
    schema: { tags, summary: '派车建议（可用车辆和驾驶员，排序及理由） Ranked free vehicles and drivers', params: idParams, querystring: suggestionQuery, response: { 200: suggestions, 404: errorBody } },
  }, async (req) => svc.suggestForRequest(req.scopes, req.params.id, req.query.vehicleId));

  app.get('/dispatch/suggestions', {
    config: perm,
    schema: { tags, summary: '按时段查可用车辆和驾驶员（应急出车用） Free vehicles and drivers for a window', querystring: windowSuggestionQuery, response: { 200: suggestions, 400: errorBody } },
  }, async (req) => {
    const q = req.query;
    return svc.suggest(req.scopes, { agencyId: q.agencyId, window: { from: q.from, to: q.to }, passengers: q.passengers, inCity: q.inCity, needDriver: q.needDriver, emergency: q.emergency, vehicleId: q.vehicleId });
  });

  app.get('/dispatch/agencies', {
    config: perm,
    schema: { tags, summary: '可派车的单位（应急出车选单位用） Agencies the dispatcher may dispatch for', querystring: dispatchAgencyQuery, response: { 200: dispatchAgencies, 400: errorBody } },
  }, async (req) => {
    const { limit, offset } = offsetOf(req.query);
    return svc.agencies(req.scopes, { q: req.query.q }, limit, offset);
  });

  app.get('/carpool-proposals', {
    config: perm,
    schema: { tags, summary: '拼车建议 Carpool proposals', querystring: carpoolQuery, response: { 200: carpoolProposals, 400: errorBody } },
  }, async (req) => {
    const from = req.query.from ?? new Date();
    const to = req.query.to ?? new Date(from.getTime() + 7 * DAY);
    return json(await svc.carpoolProposals(req.scopes, { from, to }));
  });

  app.post('/carpool-proposals/merge', {
    config: perm,
    schema: { tags, summary: '拼车派车（多个申请合为一次出车） Dispatch several requests onto one trip', body: mergeInput, response: { 201: tripDetail, ...bad } },
  }, async (req, reply) => reply.status(201).send(json(await svc.merge(actorOf(req), req.scopes, req.body.requestIds, req.body))));

  app.post('/trips/emergency', {
    config: perm,
    schema: { tags, summary: '应急出车（免审批，事后复核） Emergency dispatch', body: emergencyInput, response: { 201: tripDetail, ...bad } },
  }, async (req, reply) => reply.status(201).send(json(await svc.emergency(actorOf(req), req.scopes, req.body))));
};
