import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../../../platform/http/request-context.js';
import { errorBody, idParams, isoDate } from '../../../../platform/http/schemas.js';
import { estatePermissions as P } from '../../permissions.js';
import { shanghaiDate } from '../shared.js';
import type { PlanService } from './plans.service.js';

const occupant = z.object({ personId: z.string(), name: z.string(), post: z.string().nullable(), standardM2: z.number(), actualM2: z.number(), overrunM2: z.number() });
const planRoom = z.object({
  id: z.string(), number: z.string(), useClass: z.string(), subUse: z.string().nullable(), suitePart: z.string().nullable(), usableAreaM2: z.number(), status: z.string(),
  agencyId: z.string().nullable(), agencyName: z.string().nullable(), outline: z.array(z.tuple([z.number(), z.number()])).nullable(), svgElementId: z.string().nullable(),
  occupantCount: z.number().int(), occupants: z.array(occupant), overrunM2: z.number(), overStandard: z.boolean(),
});
const floorPlan = z.object({
  floorId: z.string(), buildingId: z.string(), level: z.number().int(), name: z.string(),
  plan: z.object({ fileId: z.string(), kind: z.enum(['svg', 'image']), url: z.string(), width: z.number().nullable(), height: z.number().nullable() }).nullable(),
  rooms: z.array(planRoom),
}).meta({ id: 'EstateFloorPlan' });
const planRef = z.object({ fileId: z.string(), kind: z.enum(['svg', 'image']), width: z.number().nullable(), height: z.number().nullable(), elementIds: z.array(z.string()) });

/** /api/v1/estate/floors/:id/plan — the plan and its rooms, coloured by use / occupancy / over-standard in the browser. */
export const planRoutes = (deps: { plans: PlanService; clock: () => Date }): FastifyPluginAsyncZod => async (app) => {
  const { plans, clock } = deps;
  const tags = ['estate'];

  app.get('/floors/:id/plan', {
    config: { permission: P.read },
    schema: { tags, summary: '楼层平面图及房间 Floor plan with its rooms', params: idParams, querystring: z.strictObject({ asOf: isoDate.optional() }), response: { 200: floorPlan, 404: errorBody } },
  }, async (req) => plans.plan(req.scopes, req.params.id, req.query.asOf ?? shanghaiDate(clock())));

  app.put('/floors/:id/plan', {
    config: { permission: P.write },
    schema: {
      tags, summary: '上传平面图：SVG 文本（净化）或已上传图片 Set the plan: SVG text (sanitised) or an uploaded image',
      params: idParams,
      body: z.union([
        z.strictObject({ svg: z.string().min(10).max(2 * 1024 * 1024), name: z.string().trim().min(1).max(100).default('floor-plan.svg') }),
        z.strictObject({ fileId: z.uuid() }),
      ]),
      response: { 200: planRef, 400: errorBody, 403: errorBody, 404: errorBody },
    },
  }, async (req) => ('svg' in req.body
    ? plans.setSvg(actorOf(req), req.scopes, req.params.id, req.body.svg, req.body.name)
    : plans.setImage(actorOf(req), req.scopes, req.params.id, req.body.fileId)));
};
