import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listQuery, offsetOf, pageOf } from '../../../../platform/http/paging.js';
import { actorOf } from '../../../../platform/http/request-context.js';
import { errorBody, idParams, isoDate } from '../../../../platform/http/schemas.js';
import { estatePermissions as P } from '../../permissions.js';
import { shanghaiDate } from '../shared.js';
import { postClasses } from '../standards/standard.data.js';
import type { StandardsService } from '../standards/standards.service.js';
import type { ComplianceQueries } from './compliance.queries.js';

const paging = { page: listQuery.page, pageSize: listQuery.pageSize };
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
export const personCompliance = z.object({
  personId: z.string(), name: z.string(), post: z.string().nullable(), rank: z.string(), adminLevel: z.string(), agencyId: z.string(), agencyName: z.string(),
  standardLabel: z.string().nullable(), standardM2: z.number(), actualM2: z.number(), overrunM2: z.number(), rooms: z.number().int(), violations: z.array(z.string()),
}).meta({ id: 'EstatePersonCompliance' });
const agencyCompliance = z.object({
  agencyId: z.string(), code: z.string(), name: z.string(), approvedM2: z.number(), usedM2: z.number(), overrunM2: z.number(),
  people: z.number().int(), rooms: z.number().int(), overStandardPeople: z.number().int(), personOverrunM2: z.number(),
}).meta({ id: 'EstateAgencyCompliance' });
const buildingCompliance = z.object({
  buildingId: z.string(), code: z.string(), name: z.string(), officeAreaM2: z.number(), usedM2: z.number(), approvedM2: z.number(), overrunM2: z.number(),
  people: z.number().int(), overStandardPeople: z.number().int(), rooms: z.number().int(),
}).meta({ id: 'EstateBuildingCompliance' });
const standard = z.object({
  id: z.string(), adminLevel: z.string(), postClass: z.string(), labelZh: z.string(), labelEn: z.string(), usableM2: z.number(), toiletAllowed: z.boolean(),
  toiletMaxM2: z.number().nullable(), effectiveFrom: z.string(), effectiveTo: z.string().nullable(), source: z.string(), note: z.string().nullable(),
}).meta({ id: 'EstateAreaStandard' });
const rankPost = z.object({ adminLevel: z.string(), rank: z.string(), postClass: z.string(), source: z.string().nullable() });
const level = z.enum(['central', 'province', 'city', 'county', 'township']);

/** /api/v1/estate/compliance/* (超标检查) and /standards (面积标准 as data). */
export const complianceRoutes = (deps: { compliance: ComplianceQueries; standards: StandardsService; clock: () => Date }): FastifyPluginAsyncZod => async (app) => {
  const { compliance, standards, clock } = deps;
  const tags = ['estate'];
  const dayOf = (asOf?: string) => asOf ?? shanghaiDate(clock());

  app.get('/compliance/people', {
    config: { permission: P.read },
    schema: {
      tags, summary: '人员办公用房超标检查 Office area per person against the standard',
      querystring: z.strictObject({ ...paging, agencyId: z.uuid().optional(), personId: z.uuid().optional(), onlyOver: bool.optional(), asOf: isoDate.optional() }),
      response: { 200: pageOf(personCompliance) },
    },
  }, async (req) => {
    const { page, pageSize, asOf, ...f } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    return compliance.people(req.scopes, f, dayOf(asOf), limit, offset);
  });

  app.get('/compliance/agencies', {
    config: { permission: P.read },
    schema: {
      tags, summary: '单位核定面积与使用面积 Approved and used office area per agency',
      querystring: z.strictObject({ ...paging, regionId: z.uuid().optional(), agencyId: z.uuid().optional(), onlyOver: bool.optional(), asOf: isoDate.optional() }),
      response: { 200: pageOf(agencyCompliance) },
    },
  }, async (req) => {
    const { page, pageSize, asOf, ...f } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    return compliance.agencies(req.scopes, f, dayOf(asOf), limit, offset);
  });

  app.get('/compliance/buildings', {
    config: { permission: P.read },
    schema: { tags, summary: '楼宇办公用房使用与超标 Office area per building', querystring: z.strictObject({ ...paging, asOf: isoDate.optional() }), response: { 200: pageOf(buildingCompliance) } },
  }, async (req) => {
    const { limit, offset } = offsetOf(req.query);
    return compliance.buildings(req.scopes, dayOf(req.query.asOf), limit, offset);
  });

  app.get('/standards', {
    config: { permission: P.read },
    schema: { tags, summary: '办公用房面积标准（2014） Office-area standard rows', querystring: z.strictObject({ adminLevel: level.optional() }), response: { 200: z.array(standard) } },
  }, async (req) => standards.list(req.query.adminLevel));

  app.patch('/standards/:id', {
    config: { permission: P.standardWrite },
    schema: {
      tags, summary: '修改面积标准 Correct a standard row', params: idParams,
      body: z.strictObject({ usableM2: z.number().min(0).max(999).multipleOf(0.01).optional(), toiletAllowed: z.boolean().optional(), toiletMaxM2: z.number().min(0).max(99).multipleOf(0.01).nullish(), note: z.string().max(500).nullish(), source: z.string().min(1).max(500).optional() }),
      response: { 200: standard, 404: errorBody },
    },
  }, async (req) => standards.update(actorOf(req), req.params.id, req.body));

  app.get('/standards/rank-map', {
    config: { permission: P.read },
    schema: { tags, summary: '职级与标准档次对应 Rank → standard row', querystring: z.strictObject({ adminLevel: level.optional() }), response: { 200: z.array(rankPost) } },
  }, async (req) => standards.rankMap(req.query.adminLevel));

  app.put('/standards/rank-map', {
    config: { permission: P.standardWrite },
    schema: {
      tags, summary: '设置职级对应的标准档次 Map a rank to a standard row',
      body: z.strictObject({ adminLevel: level, rank: z.string().min(1).max(40), postClass: z.enum(postClasses), source: z.string().max(500).optional() }),
      response: { 200: rankPost.omit({ source: true }).extend({ source: z.string().optional() }), 400: errorBody },
    },
  }, async (req) => standards.setRankPost(actorOf(req), req.body));
};
