/**
 * The demo Zhoushan organisation: regions, agencies, departments, positions and people, generated
 * deterministically from a seed (names and attributes; ids come from `makeId`, random by default).
 * Pure: no database, no clock, no Math.random.
 */
import { newId } from '../db/columns.js';
import type { AdminLevel, AgencyKind, PersonStatus, Rank } from '../org/org.constants.js';
import {
  cityAgencySpecs, cityDepartmentNames, countyAgencyTemplates, countyDepartmentNames, demoRegionSpecs,
  departmentOverrides, givenChars, mobilePrefixes, surnames, type AgencySpec,
} from './demo-org.names.js';

export const DEMO_ORG_SEED = 20230101;
/** Ages and years of service are computed as of this day, so the output does not depend on the clock. */
export const DEMO_AS_OF_YEAR = 2026;
/** Aimed total of people (the result lies within 2,100–2,600). */
const TARGET_PEOPLE = 2350;

export interface DemoRegion { id: string; code: string; name: string; parentId: string | null; path: string; adminLevel: AdminLevel; sort: number }
export interface DemoAgency { id: string; code: string; name: string; shortName: string | null; kind: AgencyKind; regionId: string; headcount: number; address: string; sort: number }
export interface DemoDepartment { id: string; agencyId: string; name: string; headPersonId: string | null; sort: number }
export interface DemoPosition { id: string; agencyId: string; departmentId: string | null; name: string; rank: Rank; adminLevel: AdminLevel; isLeader: boolean }
export interface DemoPerson {
  id: string; agencyId: string; departmentId: string; positionId: string; name: string; gender: 'M' | 'F';
  idNumber: string; mobile: string; rank: Rank; post: string; adminLevel: AdminLevel;
  birthday: string; entryDate: string; status: PersonStatus;
}
export interface DemoOrg { regions: DemoRegion[]; agencies: DemoAgency[]; departments: DemoDepartment[]; positions: DemoPosition[]; people: DemoPerson[] }

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** GB 11643-1999 check character of the first 17 digits of an ID number. */
export function idCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) { this.next = mulberry32(seed); }
  int(min: number, max: number): number { return min + Math.floor(this.next() * (max - min + 1)); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.next() * xs.length)]!; }
  /** Index drawn with the given cumulative weights. */
  weighted(cumulative: readonly number[]): number {
    const r = this.next() * cumulative[cumulative.length - 1]!;
    const i = cumulative.findIndex((c) => r < c);
    return i < 0 ? cumulative.length - 1 : i;
  }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s; }
}

const cumulate = (ws: readonly number[]) => { let s = 0; return ws.map((w) => (s += w)); };
/** Surname frequency falls with rank (roughly as in the census). */
const surnameCumulative = cumulate(surnames.map((_, i) => 1 / (i + 3)));
/** Where people were born (ID area codes): mostly 定海 and 普陀, the populous districts. */
const birthAreas = ['330902', '330902', '330902', '330903', '330903', '330921', '330922', '330901'];
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Title of an agency's head, from the form of its name. */
export function chiefTitle(name: string, kind: AgencyKind): string {
  if (name.endsWith('有限公司')) return '董事长';
  if (name.startsWith('共青团')) return '书记';
  if (kind === 'party' && name.endsWith('委员会')) return '书记';
  const bySuffix: Array<[string, string]> = [
    ['局', '局长'], ['委员会', '主任'], ['办公室', '主任'], ['研究室', '主任'], ['中心', '主任'], ['部', '部长'],
    ['党校', '常务副校长'], ['学校', '校长'], ['中学', '校长'], ['幼儿园', '园长'], ['馆', '馆长'], ['日报社', '社长'],
    ['联合社', '主任'], ['总台', '台长'], ['支队', '支队长'], ['研究所', '所长'], ['站', '站长'], ['院', '院长'],
    ['总工会', '主席'], ['联合会', '主席'], ['协会', '主席'], ['会', '会长'],
  ];
  return bySuffix.find(([s]) => name.endsWith(s))?.[1] ?? '主任';
}
const deputyTitle = (chief: string) => (chief === '董事长' ? '副总经理' : chief === '常务副校长' ? '副校长' : `副${chief}`);
/** Title of a department's head: 办公室主任, 人事处处长, 财务科科长, 财务部部长. */
function unitHeadTitle(dept: string, deputy: boolean): string {
  const t = /室$/.test(dept) ? '主任' : dept.endsWith('处') ? '处长' : dept.endsWith('科') ? '科长' : '部长';
  return `${dept}${deputy ? '副' : ''}${t}`;
}
const shortNameOf = (name: string) => name.startsWith('中共舟山市委') ? name.replace('中共舟山市委', '市委')
  : name.startsWith('中共舟山市') ? name.replace('中共舟山市', '市') : name === '共青团舟山市委' ? '团市委'
  : name.startsWith('政协舟山市委员会') ? name.replace('政协舟山市委员会', '市政协')
    : name.startsWith('舟山市') ? name.replace('舟山市', '市') : null;

/** A cadre's non-leadership rank from years of service (职级晋升 by seniority, roughly). */
function staffRank(rng: Rng, years: number, city: boolean): Rank {
  if (years < 2) return rng.chance(city ? 0 : 0.3) ? 'clerk' : 'staff_2';
  if (years < 5) return 'staff_1';
  if (years < 9) return 'principal_staff_4';
  if (years < 13) return 'principal_staff_3';
  if (years < 18) return 'principal_staff_2';
  if (city && years >= 22 && rng.chance(0.25)) return rng.chance(0.3) ? 'researcher_3' : 'researcher_4';
  return city || rng.chance(0.5) ? 'principal_staff_1' : 'principal_staff_2';
}
const staffPost = (r: Rank) => r.startsWith('principal') ? '主任科员' : r.startsWith('researcher') ? '调研员' : r === 'clerk' ? '办事员' : '科员';

type Role = 'chief' | 'deputy' | 'head' | 'headDeputy' | 'staff';

export function generateDemoOrg(seed: number = DEMO_ORG_SEED, opts: { makeId?: () => string } = {}): DemoOrg {
  const makeId = opts.makeId ?? newId;
  const rng = new Rng(seed);
  const out: DemoOrg = { regions: [], agencies: [], departments: [], positions: [], people: [] };

  // Regions: 市本级 is the root, the counties/districts its children.
  const regionIds: string[] = [];
  for (const [i, spec] of demoRegionSpecs.entries()) {
    const id = makeId();
    const rootId = regionIds[0];
    out.regions.push({ id, code: spec.code, name: spec.name, parentId: rootId ?? null, path: rootId ? `/${rootId}/${id}/` : `/${id}/`, adminLevel: spec.adminLevel, sort: i });
    regionIds.push(id);
  }

  // Agencies, with the number of departments and people of each.
  const plans: Array<{ agency: DemoAgency; regionIndex: number; depts: string[] }> = [];
  let sort = 0;
  for (const [ri, region] of demoRegionSpecs.entries()) {
    const specs: readonly AgencySpec[] = ri === 0 ? cityAgencySpecs : countyAgencyTemplates.map(([n, k, h]) => [n.replace('{r}', region.name), k, h] as const);
    for (const [si, [name, kind, baseHeadcount]] of specs.entries()) {
      const headcount = Math.max(5, Math.min(300, Math.round(baseHeadcount * (0.85 + rng.next() * 0.3))));
      const agency: DemoAgency = {
        id: makeId(), code: `${region.code}${pad(si + 1, 3)}`, name, shortName: ri === 0 ? shortNameOf(name) : null, kind,
        regionId: regionIds[ri]!, headcount, address: `${rng.pick(region.streets)}${rng.int(1, 399)}号`, sort: sort++,
      };
      const pool = departmentOverrides[name] ?? (ri === 0 ? cityDepartmentNames[kind] : countyDepartmentNames);
      const count = departmentOverrides[name] ? pool.length : Math.min(pool.length, Math.max(3, Math.min(8, 3 + Math.floor(headcount / 30) + rng.int(0, 1))));
      // The first three units are fixed (办公室, 人事, 财务 …); the others drawn from the rest.
      const rest = pool.slice(3).map((d) => ({ d, k: rng.next() })).sort((a, b) => a.k - b.k).map((x) => x.d);
      plans.push({ agency, regionIndex: ri, depts: [...pool.slice(0, 3), ...rest.slice(0, count - 3)] });
    }
  }

  // People per agency ∝ headcount, at least 5 (head, a deputy, a unit head, two cadres); scale found by bisection.
  const sizesAt = (s: number) => plans.map((p) => Math.max(5, Math.round(p.agency.headcount * s)));
  let lo = 0, hi = 2;
  for (let i = 0; i < 40; i++) { const mid = (lo + hi) / 2; if (sizesAt(mid).reduce((a, b) => a + b, 0) < TARGET_PEOPLE) lo = mid; else hi = mid; }
  const sizes = sizesAt(hi);

  const usedIds = new Set<string>();
  const usedMobiles = new Set<string>();
  for (const [pi, plan] of plans.entries()) {
    const { agency, regionIndex } = plan;
    out.agencies.push(agency);
    const city = regionIndex === 0;
    const adminLevel: AdminLevel = city ? 'city' : 'county';
    const depts = plan.depts.map((name, i): DemoDepartment => ({ id: makeId(), agencyId: agency.id, name, headPersonId: null, sort: i }));
    out.departments.push(...depts);

    const chief = chiefTitle(agency.name, agency.kind);
    const unitSuffix = depts.map((d) => d.name.slice(-1)).find((c) => c === '处' || c === '科' || c === '部');
    const unitWord = unitSuffix === '部' ? '部长' : unitSuffix === '科' ? '科长' : unitSuffix === '处' ? '处长' : city ? '处长' : '科长';
    const rankOf: Record<Exclude<Role, 'staff'>, Rank> = city
      ? { chief: 'division_chief', deputy: 'division_deputy', head: 'section_chief', headDeputy: 'section_deputy' }
      : { chief: 'section_chief', deputy: 'section_deputy', head: 'principal_staff_2', headDeputy: 'principal_staff_4' };
    const position = (role: Role, name: string, rank: Rank): DemoPosition =>
      ({ id: makeId(), agencyId: agency.id, departmentId: null, name, rank, adminLevel, isLeader: role !== 'staff' });
    const pos = {
      chief: position('chief', chief, rankOf.chief),
      deputy: position('deputy', deputyTitle(chief), rankOf.deputy),
      head: position('head', unitWord, rankOf.head),
      headDeputy: position('headDeputy', `副${unitWord}`, rankOf.headDeputy),
      principal: position('staff', '主任科员', city ? 'principal_staff_2' : 'principal_staff_3'),
      staff: position('staff', '科员', 'staff_1'),
    };
    out.positions.push(...Object.values(pos));

    // Roles: head of agency, deputies, a head per department, some deputy heads, the rest staff.
    const n = sizes[pi]!;
    // Only part of the units have their head among the sampled people, so that most people are ordinary cadres.
    const deputies = n >= 40 ? 3 : n >= 16 ? 2 : 1;
    const heads = Math.min(depts.length, Math.max(1, Math.round(n * 0.16)));
    const headDeputies = Math.floor(n * 0.05);
    const roles: Array<{ role: Role; dept: number }> = [{ role: 'chief', dept: 0 }];
    for (let i = 0; i < deputies; i++) roles.push({ role: 'deputy', dept: 0 });
    for (let d = 0; d < heads; d++) roles.push({ role: 'head', dept: d });
    for (let d = 0; d < headDeputies; d++) roles.push({ role: 'headDeputy', dept: d % depts.length });
    const deptWeights = cumulate(depts.map((_, i) => (i === 0 ? 1.5 : 1)));
    while (roles.length < n) roles.push({ role: 'staff', dept: rng.weighted(deptWeights) });

    for (const { role, dept } of roles) {
      const leader = role !== 'staff';
      const gender: 'M' | 'F' = rng.chance(leader ? 0.75 : 0.52) ? 'M' : 'F';
      const status: PersonStatus = leader ? 'active' : rng.chance(0.02) ? 'retired' : rng.chance(0.015) ? 'transferred' : 'active';
      const [minAge, maxAge] = status === 'retired' ? [60, 60] : ({ chief: [46, 58], deputy: [40, 57], head: [33, 56], headDeputy: [30, 52], staff: [23, 58] } as const)[role];
      // Staff ages skew young: the minimum of two draws.
      const age = role === 'staff' && status !== 'retired' ? Math.min(rng.int(minAge, maxAge), rng.int(minAge, maxAge)) : rng.int(minAge, maxAge);
      const by = DEMO_AS_OF_YEAR - 1 - age;
      const bm = rng.int(1, 12);
      const bd = rng.int(1, daysIn(by, bm));
      const birthday = ymd(by, bm, bd);
      const firstJob = by + rng.int(22, 25);
      const entryYear = Math.min(DEMO_AS_OF_YEAR - 1, leader ? firstJob + rng.int(0, 6) : firstJob + (rng.chance(0.7) ? 0 : rng.int(0, Math.max(0, DEMO_AS_OF_YEAR - 1 - firstJob))));
      const em = rng.chance(0.6) ? rng.int(7, 9) : rng.int(1, 12);
      const entryDate = ymd(entryYear, em, rng.int(1, daysIn(entryYear, em)));

      const surname = surnames[rng.weighted(surnameCumulative)]!;
      const given = rng.chance(0.75) ? rng.pick(rng.chance(0.5) ? givenChars.any : givenChars[gender]) + rng.pick(givenChars[gender]) : rng.pick(givenChars[gender]);

      // 18-digit ID: area (usually the home region), birthday, sequence (odd = male), check digit.
      let idNumber: string;
      do {
        const area = regionIndex > 0 && rng.chance(0.8) ? demoRegionSpecs[regionIndex]!.idArea : rng.pick(birthAreas);
        const seq = rng.int(0, 499) * 2 + (gender === 'M' ? 1 : 0);
        const first17 = `${area}${by}${pad(bm, 2)}${pad(bd, 2)}${pad(seq, 3)}`;
        idNumber = first17 + idCheckDigit(first17);
      } while (usedIds.has(idNumber));
      usedIds.add(idNumber);
      let mobile: string;
      do mobile = rng.pick(mobilePrefixes) + rng.digits(8); while (usedMobiles.has(mobile));
      usedMobiles.add(mobile);

      const years = DEMO_AS_OF_YEAR - entryYear;
      const rank: Rank = leader ? rankOf[role] : staffRank(rng, years, city);
      const post = role === 'chief' ? chief : role === 'deputy' ? deputyTitle(chief)
        : role === 'head' || role === 'headDeputy' ? unitHeadTitle(depts[dept]!.name, role === 'headDeputy') : staffPost(rank);
      const positionId = (role === 'staff' ? (rank.startsWith('staff') || rank === 'clerk' ? pos.staff : pos.principal) : pos[role]).id;
      const person: DemoPerson = {
        id: makeId(), agencyId: agency.id, departmentId: depts[dept]!.id, positionId, name: surname + given, gender,
        idNumber, mobile, rank, post, adminLevel, birthday, entryDate, status,
      };
      if (role === 'head') depts[dept]!.headPersonId = person.id;
      out.people.push(person);
    }
  }
  return out;
}
