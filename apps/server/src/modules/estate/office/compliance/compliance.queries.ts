import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/types.js';
import { scopeCondition, type Scope } from '../../../../platform/rbac/scope.js';
import { buildingScope, num } from '../shared.js';

type Rows<T> = { rows: T[] };
const rowsOf = <T>(r: unknown) => (r as Rows<T>).rows;
/** Areas are aggregated in integer hundredths of a m² (exact and fast); back to m² here. */
export const centi = (v: unknown): number => Number(v ?? 0) / 100;

/** Assignments in force on `day` (start ≤ day ≤ end, end open): a date, or a placeholder bound to one (a prepared statement). */
export const active = (a: string, day: string | Placeholder): SQL =>
  sql`${sql.raw(a)}.start_date <= ${day}::date and (${sql.raw(a)}.end_date is null or ${sql.raw(a)}.end_date >= ${day}::date)`;

/**
 * The CTEs every compliance view shares (the SQL form of standard.rules.ts):
 *  occ    — people per room today;
 *  shares — per person: Σ round(office room area ÷ occupants, 2), toilet area;
 *  pstd   — per person: the standard row of their level and rank (rank map → area standard in force today).
 */
export function baseCtes(day: string | Placeholder, persons?: SQL): SQL {
  // why: with `persons` (a subquery of person ids) only their rooms and shares are computed, not the province's.
  const onlyRooms = persons ? sql`and a.room_id in (select x.room_id from estate_assignment x where x.person_id in (${persons}))` : sql``;
  const onlyPeople = persons ? sql`and a.person_id in (${persons})` : sql``;
  return sql`occ as (
      select a.room_id, count(*)::int as n from estate_assignment a where ${active('a', day)} ${onlyRooms} group by a.room_id
    ), shares as (
      select a.person_id, sum((2 * (r.usable_area_m2 * 100)::bigint + occ.n) / (2 * occ.n)) as actual_c,
        coalesce(sum(r.usable_area_m2) filter (where r.suite_part = 'toilet'), 0) as toilet, count(*)::int as rooms
      from estate_assignment a join estate_room r on r.id = a.room_id and r.use_class = 'office' join occ on occ.room_id = a.room_id
      where ${active('a', day)} ${onlyPeople} group by a.person_id
    ), stdrow as (
      select m.admin_level, m.rank, s.usable_m2, (s.usable_m2 * 100)::bigint as std_c, s.toilet_allowed, s.toilet_max_m2, s.label_zh
      from estate_rank_post m join estate_area_standard s on s.admin_level = m.admin_level and s.post_class = m.post_class
        and s.effective_from <= ${day}::date and (s.effective_to is null or s.effective_to >= ${day}::date)
    )`;
}

export interface PersonComplianceFilter { agencyId?: string | undefined; onlyOver?: boolean | undefined; personId?: string | undefined }

export function createComplianceQueries(db: Db) {
  /** People holding office rooms today, with standard, actual and overrun; ordered by overrun. One query. */
  async function people(scopes: readonly Scope[], f: PersonComplianceFilter, today: string, limit: number, offset: number) {
    const scope = scopeCondition(scopes, { agencyId: sql`p.agency_id`, departmentId: sql`p.department_id`, personId: sql`p.id` });
    const persons = f.personId ? sql`${f.personId}::uuid` : f.agencyId ? sql`select id from platform_person where agency_id = ${f.agencyId}` : undefined;
    const rows = rowsOf<Record<string, string | number | boolean | null>>(await db.execute(sql`with ${baseCtes(today, persons)}
      select p.id as person_id, p.name, p.post, p.rank, p.admin_level, p.agency_id, ag.name as agency_name, st.label_zh as standard_label,
        coalesce(st.std_c, 0) as standard_c, sh.actual_c, greatest(sh.actual_c - coalesce(st.std_c, 0), 0) as overrun_c, sh.rooms,
        sh.toilet, st.toilet_allowed, st.toilet_max_m2, count(*) over () as total
      from shares sh join platform_person p on p.id = sh.person_id join platform_agency ag on ag.id = p.agency_id
        left join stdrow st on st.admin_level = p.admin_level and st.rank = p.rank
      where ${scope ?? sql`true`} ${f.agencyId ? sql`and p.agency_id = ${f.agencyId}` : sql``} ${f.personId ? sql`and p.id = ${f.personId}` : sql``}
        ${f.onlyOver ? sql`and sh.actual_c > coalesce(st.std_c, 0)` : sql``}
      order by overrun_c desc, ag.name, p.name, p.id limit ${limit} offset ${offset}`));
    return {
      total: Number(rows[0]?.total ?? 0),
      items: rows.map((r) => {
        const toilet = num(r.toilet as string);
        const violations = toilet > 0 && !r.toilet_allowed ? ['toilet-not-allowed'] : toilet > 0 && r.toilet_max_m2 !== null && toilet > num(r.toilet_max_m2 as string) ? ['toilet-too-large'] : [];
        return {
          personId: String(r.person_id), name: String(r.name), post: (r.post as string | null) ?? null, rank: String(r.rank), adminLevel: String(r.admin_level),
          agencyId: String(r.agency_id), agencyName: String(r.agency_name), standardLabel: (r.standard_label as string | null) ?? null,
          standardM2: centi(r.standard_c), actualM2: centi(r.actual_c), overrunM2: centi(r.overrun_c), rooms: Number(r.rooms), violations,
        };
      }),
    };
  }

  /**
   * Per agency: approvedM2 = Σ standards of its active people (核定面积), usedM2 = Σ its office rooms,
   * overrunM2 = used − approved when positive, and the people over their own standard. ONE SQL aggregation.
   */
  async function agencies(scopes: readonly Scope[], f: { regionId?: string | undefined; agencyId?: string | undefined; onlyOver?: boolean | undefined }, today: string, limit: number, offset: number) {
    const scope = scopeCondition(scopes, { agencyId: sql`ag.id` });
    const query = sql`with asg as (
        select a.person_id, a.room_id, count(*) over (partition by a.room_id) as n from estate_assignment a where ${active('a', today)}
      ), shares as (
        select asg.person_id, sum((2 * (r.usable_area_m2 * 100)::bigint + asg.n) / (2 * asg.n)) as actual_c
        from asg join estate_room r on r.id = asg.room_id and r.use_class = 'office' group by asg.person_id
      ), stdrow as (
        select m.admin_level, m.rank, (s.usable_m2 * 100)::bigint as std_c
        from estate_rank_post m join estate_area_standard s on s.admin_level = m.admin_level and s.post_class = m.post_class
          and s.effective_from <= ${today}::date and (s.effective_to is null or s.effective_to >= ${today}::date)
      ), held as (
        select p.agency_id, count(*) filter (where sh.actual_c > coalesce(st.std_c, 0)) as over_people,
          sum(greatest(sh.actual_c - coalesce(st.std_c, 0), 0)) as person_overrun_c
        from shares sh join platform_person p on p.id = sh.person_id left join stdrow st on st.admin_level = p.admin_level and st.rank = p.rank
        group by p.agency_id
      ), approved as (
        select g.agency_id, sum(g.n * coalesce(st.std_c, 0)) as approved_c, sum(g.n) as people
        from (select agency_id, admin_level, rank, count(*) as n from platform_person where status = 'active' group by 1, 2, 3) g
          left join stdrow st on st.admin_level = g.admin_level and st.rank = g.rank
        group by g.agency_id
      ), pa as (
        select coalesce(ap.agency_id, h.agency_id) as agency_id, ap.approved_c, ap.people, h.over_people, h.person_overrun_c, h.agency_id is not null as holds_rooms
        from approved ap full join held h on h.agency_id = ap.agency_id
      ), used as (
        select r.agency_id, sum((r.usable_area_m2 * 100)::bigint) as used_c, count(*)::int as rooms
        from estate_room r where r.use_class = 'office' and r.agency_id is not null group by r.agency_id
      )
      select ag.id, ag.code, ag.name, coalesce(pa.approved_c, 0) as approved_c, coalesce(u.used_c, 0) as used_c,
        greatest(coalesce(u.used_c, 0) - coalesce(pa.approved_c, 0), 0) as overrun_c, coalesce(pa.people, 0) as people,
        coalesce(u.rooms, 0) as rooms, coalesce(pa.over_people, 0) as over_people, coalesce(pa.person_overrun_c, 0) as person_overrun_c,
        count(*) over () as total
      from platform_agency ag left join pa on pa.agency_id = ag.id left join used u on u.agency_id = ag.id
      where (u.agency_id is not null or pa.holds_rooms) and ${scope ?? sql`true`}
        ${f.regionId ? sql`and ag.region_id in (select id from platform_region where path like (select path from platform_region where id = ${f.regionId}) || '%')` : sql``}
        ${f.agencyId ? sql`and ag.id = ${f.agencyId}` : sql``}
        ${f.onlyOver ? sql`and (coalesce(u.used_c, 0) > coalesce(pa.approved_c, 0) or coalesce(pa.over_people, 0) > 0)` : sql``}
      order by overrun_c desc, person_overrun_c desc, ag.sort, ag.code limit ${limit} offset ${offset}`;
    // why: the hash aggregates over every person and room of a province need more than the default 4 MB.
    const rows = rowsOf<Record<string, string | number | null>>(await db.transaction(async (tx) => {
      await tx.execute(sql`set local work_mem = '64MB'`);
      // why: on few cores, parallel workers would each rebuild the per-person CTE.
      await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
      return tx.execute(query);
    }));
    return {
      total: Number(rows[0]?.total ?? 0),
      items: rows.map((r) => ({
        agencyId: String(r.id), code: String(r.code), name: String(r.name), approvedM2: centi(r.approved_c), usedM2: centi(r.used_c), overrunM2: centi(r.overrun_c),
        people: Number(r.people), rooms: Number(r.rooms), overStandardPeople: Number(r.over_people), personOverrunM2: centi(r.person_overrun_c),
      })),
    };
  }

  /** Per building: office area, occupied office area, the standards of its occupants and the people over standard. One query. */
  async function buildings(scopes: readonly Scope[], today: string, limit: number, offset: number) {
    const scope = buildingScope(scopes, sql`b.id`);
    const rows = rowsOf<Record<string, string | number | null>>(await db.execute(sql`with ${baseCtes(today)},
      pstd as (
        select sh.person_id, sh.actual_c, coalesce(st.std_c, 0) as std_c from shares sh join platform_person p on p.id = sh.person_id
          left join stdrow st on st.admin_level = p.admin_level and st.rank = p.rank
      ), bu as (
        select r.building_id, sum((r.usable_area_m2 * 100)::bigint) as office_c, coalesce(sum((r.usable_area_m2 * 100)::bigint) filter (where occ.n is not null), 0) as occupied_c, count(*)::int as rooms
        from estate_room r left join occ on occ.room_id = r.id where r.use_class = 'office' group by r.building_id
      ), bp as (
        select distinct r.building_id, a.person_id from estate_assignment a join estate_room r on r.id = a.room_id and r.use_class = 'office' where ${active('a', today)}
      ), bs as (
        select bp.building_id, count(*)::int as people, sum(ps.std_c) as approved_c, count(*) filter (where ps.actual_c > ps.std_c)::int as over_people
        from bp join pstd ps on ps.person_id = bp.person_id group by bp.building_id
      )
      select b.id, b.code, b.name, coalesce(bu.office_c, 0) as office_c, coalesce(bu.occupied_c, 0) as used_c, coalesce(bs.approved_c, 0) as approved_c,
        greatest(coalesce(bu.occupied_c, 0) - coalesce(bs.approved_c, 0), 0) as overrun_c, coalesce(bs.people, 0) as people,
        coalesce(bs.over_people, 0) as over_people, coalesce(bu.rooms, 0) as rooms, count(*) over () as total
      from estate_building b left join bu on bu.building_id = b.id left join bs on bs.building_id = b.id
      where ${scope ?? sql`true`} order by b.code limit ${limit} offset ${offset}`));
    return {
      total: Number(rows[0]?.total ?? 0),
      items: rows.map((r) => ({
        buildingId: String(r.id), code: String(r.code), name: String(r.name), officeAreaM2: centi(r.office_c), usedM2: centi(r.used_c),
        approvedM2: centi(r.approved_c), overrunM2: centi(r.overrun_c), people: Number(r.people), overStandardPeople: Number(r.over_people), rooms: Number(r.rooms),
      })),
    };
  }

  return { people, agencies, buildings };
}
export type ComplianceQueries = ReturnType<typeof createComplianceQueries>;
