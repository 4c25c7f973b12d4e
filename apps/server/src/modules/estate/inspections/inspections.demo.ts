/** Demo of special inspections: one plan with the discipline commission over three agencies, three findings (open, reported, closed). Idempotent. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/audit.service.js';
import { readDemoOrgSummary } from '../../../platform/demo/demo-org.seed.js';
import type { EstateContext } from '../estate.context.js';
import { estateRooms } from '../db/buildings.table.js';
import { estateInspectionPlans } from '../db/inspections.table.js';
import { shanghaiDay } from '../census/estate-shared.js';
import { addDays } from '../leasing/rent-schedule.js';
import type { InspectionsService } from './inspections.service.js';

const system: Actor = { accountId: null, name: 'system', ip: null };

export async function seedInspectionsDemo(ctx: EstateContext, svc: InspectionsService) {
  const [any] = await ctx.db.select({ id: estateInspectionPlans.id }).from(estateInspectionPlans).limit(1);
  if (any) return;
  const org = await readDemoOrgSummary(ctx.db);
  const holders = (await ctx.db.selectDistinct({ agencyId: estateRooms.agencyId }).from(estateRooms).where(and(eq(estateRooms.useClass, 'office'))).orderBy(asc(estateRooms.agencyId)).limit(3))
    .map((r) => r.agencyId).filter((a): a is string => !!a);
  const agencyIds = [...new Set([org.sampleAgencyId, ...holders])].slice(0, 3);
  const rooms = await ctx.db.select({ id: estateRooms.id, agencyId: estateRooms.agencyId }).from(estateRooms).where(and(inArray(estateRooms.agencyId, agencyIds), eq(estateRooms.useClass, 'office'))).orderBy(asc(estateRooms.number), asc(estateRooms.id));
  const roomOf = (agencyId: string) => rooms.find((r) => r.agencyId === agencyId)?.id ?? null;
  const today = shanghaiDay(ctx.clock());
  const year = Number(today.slice(0, 4));
  const plan = await svc.createPlan(system, { title: `${year}年度党政机关办公用房专项检查`, year, theme: '超标准配备使用办公用房、违规出租出借、闲置浪费', withDiscipline: true, disciplineContact: '市纪委监委第三监督检查室', startsOn: addDays(today, -20), endsOn: addDays(today, 10), agencyIds });
  const findings = [
    { agencyId: agencyIds[0]!, category: '超标使用', description: '领导干部办公室使用面积超出标准', severity: 'major' as const, rectifyBy: addDays(today, 20) },
    { agencyId: agencyIds[1] ?? agencyIds[0]!, category: '闲置浪费', description: '两间办公室长期闲置未报', severity: 'minor' as const, rectifyBy: addDays(today, 15) },
    { agencyId: agencyIds[2] ?? agencyIds[0]!, category: '违规出借', description: '一间办公室出借给社会组织使用', severity: 'minor' as const, rectifyBy: addDays(today, 5) },
  ];
  const ids: string[] = [];
  for (const f of findings) ids.push((await svc.createFinding(system, plan.id, { ...f, roomId: roomOf(f.agencyId), foundOn: addDays(today, -10), photoFileIds: [] })).id);
  const all = [{ kind: 'all' as const }];
  await svc.transition(system, all, ids[1]!, 'report', { text: '已将闲置办公室交回机关事务管理中心统一调剂' });
  await svc.transition(system, all, ids[2]!, 'report', { text: '已收回出借房间，恢复办公用途' });
  await svc.transition(system, all, ids[2]!, 'close', { text: '复查属实，予以销号' });
}
