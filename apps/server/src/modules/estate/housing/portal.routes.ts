import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf } from '../../../platform/http/paging.js';
import { estatePermissions as P } from '../permissions.js';
import type { HousingPortalService } from './portal.service.js';

const tags = ['estate-housing'];
const text = z.object({ rule: z.string(), zh: z.string(), en: z.string() });
const openRound = z.object({
  id: z.string(), code: z.string(), name: z.string(), method: z.string(), referenceDate: z.string(), applyFrom: z.string(), applyTo: z.string(), quota: z.number().int(),
  ruleSetName: z.string(), criteria: z.array(text),
  scoring: z.array(z.object({ key: z.string(), kind: z.string(), weight: z.number(), cap: z.number().nullable() })),
  myApplication: z.object({ id: z.string(), status: z.string() }).nullable(),
}).meta({ id: 'HousingOpenRound' });
const noticeRound = z.object({
  id: z.string(), code: z.string(), name: z.string(), noticeStart: z.string(), noticeEnd: z.string(),
  entries: z.array(z.object({ applicationId: z.string(), personName: z.string(), agencyName: z.string(), score: z.string(), mine: z.boolean() })),
}).meta({ id: 'HousingNoticeRound' });

/** Cadre-facing reads of the portal (住房申请), limited to the caller's region by their person record. */
export const portalRoutes = (portal: HousingPortalService): FastifyPluginAsyncZod => async (app) => {
  app.get('/rounds/open', {
    config: { permission: P.housingOpenRounds },
    schema: { tags, summary: '本人所在区域正在受理的批次 Rounds open for applications in my region', response: { 200: pageOf(openRound) } },
  }, async (req) => portal.openRounds(req.auth!.personId));

  app.get('/rounds/notices', {
    config: { permission: P.housingOpenRounds },
    schema: { tags, summary: '本人所在区域正在公示的批次和名单 Rounds under notice in my region with the approved applicants', response: { 200: pageOf(noticeRound) } },
  }, async (req) => portal.notices(req.auth!.personId));
};
