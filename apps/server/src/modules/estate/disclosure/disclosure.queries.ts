/**
 * Yearly disclosure (管理办法 2017 第十九条): the allocation list for internal publication (年度内部公示)
 * and the leaders' room filing report (领导干部办公用房年度报备). Aggregated in SQL, scoped by agency.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { ranks } from '../../../platform/org/org.constants.js';
import { scopeCondition, type Scope } from '../../../platform/rbac/scope.js';

type Row = Record<string, string | number | null>;
const rowsOf = (r: unknown) => (r as { rows: Row[] }).rows;
const n2 = (v: unknown) => Math.round(Number(v ?? 0) * 100) / 100;

/** Leadership posts (正职/副职) of the platform's rank list. */
export const leaderRanks = ['minister', 'vice_minister', 'bureau_chief', 'bureau_deputy', 'division_chief', 'division_deputy', 'section_chief', 'section_deputy'] as const;

/** The day the report is taken on: the last day of a past year, else today. */
export const asOfDay = (year: number, today: string) => (year < Number(today.slice(0, 4)) ? `${year}-12-31` : today);

/** Assignments in force on a day (start ≤ day ≤ end). */
const inForce = (day: string) => sql`a.start_date <= ${day}::date and (a.end_date is null or a.end_date >= ${day}::date)`;
/** The area standard row of a person's level and rank in force on the day. */
const standardJoin = (day: string) => sql`left join lateral (
    select s.usable_m2, s.label_zh from estate_rank_post m join estate_area_standard s on s.admin_level = m.admin_level and s.post_class = m.post_class
    where m.admin_level = p.admin_level and m.rank = p.rank and s.effective_from <= ${day}::date and (s.effective_to is null or s.effective_to >= ${day}::date)
    order by s.effective_from desc limit 1) st on true`;

export interface AllocationLine {
  agencyId: string; agencyName: string; approvedM2: number; usedOfficeM2: number; overrunM2: number;
  buildingName: string; rooms: string; roomCount: number; usableM2: number; officeM2: number;
}

export function createDisclosureQueries(db: Db) {
  /** Agencies (paged) with their approved and used office area, one line per building they hold rooms in. */
  async function allocation(scopes: readonly Scope[], year: number, today: string, limit: number, offset: number, agencyId?: string) {
    const day = asOfDay(year, today);
    const scope = sql`${scopeCondition(scopes, { agencyId: sql`ag.id` }) ?? sql`true`} ${agencyId ? sql`and ag.id = ${agencyId}` : sql``}`;
    const agencyRows = rowsOf(await db.execute(sql`
      with holders as (select distinct r.agency_id from estate_room r where r.agency_id is not null)
      select ag.id, ag.name,
        (select coalesce(sum(st.usable_m2), 0) from platform_person p ${standardJoin(day)} where p.agency_id = ag.id and p.status = 'active') as approved,
        (select coalesce(sum(r.usable_area_m2), 0) from estate_room r where r.agency_id = ag.id and r.use_class = 'office') as used,
        count(*) over () as total
      from holders h join platform_agency ag on ag.id = h.agency_id where ${scope}
      order by ag.sort, ag.code limit ${limit} offset ${offset}`));
    const ids = agencyRows.map((r) => String(r.id));
    const lines = ids.length ? rowsOf(await db.execute(sql`
      select r.agency_id, b.name as building, string_agg(r.number, '、' order by r.number) as rooms, count(*)::int as n,
        sum(r.usable_area_m2) as usable, coalesce(sum(r.usable_area_m2) filter (where r.use_class = 'office'), 0) as office
      from estate_room r join estate_building b on b.id = r.building_id
      where r.agency_id = any(${sql.param(ids)}::uuid[]) group by r.agency_id, b.id, b.name order by b.name`)) : [];
    const items = agencyRows.map((a) => {
      const approvedM2 = n2(a.approved);
      const usedOfficeM2 = n2(a.used);
      return {
        agencyId: String(a.id), agencyName: String(a.name), approvedM2, usedOfficeM2, overrunM2: n2(Math.max(0, usedOfficeM2 - approvedM2)),
        buildings: lines.filter((l) => l.agency_id === a.id).map((l) => ({ buildingName: String(l.building), rooms: String(l.rooms), roomCount: Number(l.n), usableM2: n2(l.usable), officeM2: n2(l.office) })),
      };
    });
    return { year, asOf: day, total: Number(agencyRows[0]?.total ?? 0), items };
  }

  /** Leaders (正职/副职) with the office rooms they hold on the day, their area (shared rooms split), standard and overrun. */
  async function leaders(scopes: readonly Scope[], year: number, today: string, limit: number, offset: number, agencyId?: string) {
    const day = asOfDay(year, today);
    const scope = sql`${scopeCondition(scopes, { agencyId: sql`p.agency_id`, departmentId: sql`p.department_id`, personId: sql`p.id` }) ?? sql`true`} ${agencyId ? sql`and p.agency_id = ${agencyId}` : sql``}`;
    const rows = rowsOf(await db.execute(sql`
      with occ as (select a.room_id, count(*)::int as n from estate_assignment a where ${inForce(day)} group by a.room_id),
      held as (
        select a.person_id, string_agg(b.name || ' ' || r.number, '；' order by b.name, r.number) as rooms,
          sum(round(r.usable_area_m2 / occ.n, 2)) as actual
        from estate_assignment a join estate_room r on r.id = a.room_id and r.use_class = 'office'
          join estate_building b on b.id = r.building_id join occ on occ.room_id = a.room_id
        where ${inForce(day)} group by a.person_id)
      select p.id, p.name, p.post, p.rank, ag.name as agency, h.rooms, h.actual, st.usable_m2 as standard, st.label_zh as standard_label,
        count(*) over () as total
      from held h join platform_person p on p.id = h.person_id join platform_agency ag on ag.id = p.agency_id ${standardJoin(day)}
      where p.rank = any(${sql.param([...leaderRanks])}::text[]) and ${scope}
      order by ag.sort, ag.code, array_position(${sql.param([...leaderRanks])}::text[], p.rank), p.name, p.id
      limit ${limit} offset ${offset}`));
    return {
      year, asOf: day, total: Number(rows[0]?.total ?? 0),
      items: rows.map((r) => {
        const actualM2 = n2(r.actual);
        const standardM2 = r.standard === null ? null : n2(r.standard);
        return {
          personId: String(r.id), name: String(r.name), post: (r.post as string | null) ?? null, agencyName: String(r.agency),
          rank: String(r.rank), rankLabel: ranks[r.rank as keyof typeof ranks]?.zh ?? String(r.rank), rooms: String(r.rooms),
          areaM2: actualM2, standardLabel: (r.standard_label as string | null) ?? null, standardM2,
          overrunM2: standardM2 === null ? null : n2(Math.max(0, actualM2 - standardM2)),
        };
      }),
    };
  }

  return { allocation, leaders };
}
export type DisclosureQueries = ReturnType<typeof createDisclosureQueries>;
