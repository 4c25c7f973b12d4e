/** Demo of out-of-city properties: two properties entrusted to the city's liaison offices, with records and one report. Idempotent. */
import type { Actor } from '../../../platform/audit/audit.service.js';
import { readDemoOrgSummary } from '../../../platform/demo/demo-org.seed.js';
import type { EstateContext } from '../estate.context.js';
import { estateRemoteProperties } from '../db/remote.table.js';
import { shanghaiDay } from '../census/estate-shared.js';
import { addDays, addMonths } from '../leasing/rent-schedule.js';
import type { RemoteService } from './remote.service.js';

const system: Actor = { accountId: null, name: 'system', ip: null };

export async function seedRemoteDemo(ctx: EstateContext, svc: RemoteService) {
  const [any] = await ctx.db.select({ id: estateRemoteProperties.id }).from(estateRemoteProperties).limit(1);
  if (any) return;
  const org = await readDemoOrgSummary(ctx.db);
  const today = shanghaiDay(ctx.clock());
  const hz = await svc.create(system, { name: '舟山市驻杭州联络处用房', city: '杭州市', address: '杭州市西湖区（示例地址）', agencyId: org.centerAgencyId, trusteeName: '舟山市驻杭州联络处', trusteeContact: '0571-80000000', currentUse: '办公及接待', areaM2: 860.5, reportCycleMonths: 3, firstReportDue: addMonths(today, -3) });
  await svc.addRecord(system, hz.id, { kind: 'maintenance', occurredOn: addDays(today, -60), counterparty: '杭州某物业服务有限公司', amountFen: 1_860_000, description: '屋面防水及外墙维修' });
  await svc.submitReport(system, [{ kind: 'all' }], hz.id, { submittedOn: addDays(addMonths(today, -3), -2), occupancy: '正常使用', content: '本期房屋使用正常，完成屋面防水维修，无出租。' });
  const sh = await svc.create(system, { name: '舟山市驻上海联络处用房', city: '上海市', address: '上海市浦东新区（示例地址）', agencyId: org.centerAgencyId, trusteeName: '舟山市驻上海联络处', currentUse: '部分出租', areaM2: 420, reportCycleMonths: 6, firstReportDue: addDays(today, 20) });
  await svc.addRecord(system, sh.id, { kind: 'lease', occurredOn: addMonths(today, -10), endsOn: addMonths(today, 14), counterparty: '上海某贸易有限公司', amountFen: 9_600_000, description: '一层临街部分出租，年租金9.6万元' });
}
