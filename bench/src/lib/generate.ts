/**
 * The synthetic tenant of a bench scale: regions, agencies, departments, positions, people and
 * audit records, generated deterministically from a seed (ids, names, dates — everything but the
 * random IVs of the encrypted fields). Column arrays, ready for `unnest` batches.
 * Word lists come from the product's demo generator, so the data looks like the demo's.
 */
import { idCheckDigit, mulberry32 } from '../../../apps/server/src/platform/demo/demo-org.data.js';
import {
  cityAgencySpecs, cityDepartmentNames, demoRegionSpecs, givenChars, mobilePrefixes, surnames, type AgencySpec,
} from '../../../apps/server/src/platform/demo/demo-org.names.js';
import type { AdminLevel, AgencyKind, Rank } from '../../../apps/server/src/platform/org/org.constants.js';
import type { Scale } from './scales.js';

export class Rng {
  readonly next: () => number;
  constructor(seed: number) { this.next = mulberry32(seed); }
  int(min: number, max: number): number { return min + Math.floor(this.next() * (max - min + 1)); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.next() * xs.length)]!; }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s; }
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
/** A UUIDv7 (the product's id format) at a given millisecond, its random bits from the seeded PRNG. */
export function uuidv7At(ms: number, rng: Rng): string {
  const t = hex(ms, 12);
  const randA = hex(rng.int(0, 0xfff), 3);
  const variant = hex(0x8000 | rng.int(0, 0x3fff), 4);
  const randB = hex(rng.int(0, 0xffffff), 6) + hex(rng.int(0, 0xffffff), 6);
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${randA}-${variant}-${randB}`;
}

/** Ids are minted as if the tenant had been entered on this day, one millisecond apart. */
const ID_EPOCH = Date.UTC(2024, 0, 1);
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const AS_OF_YEAR = 2026;

interface RegionSpec { code: string; name: string; prefix: string; adminLevel: AdminLevel; parent: number | null; idArea: string }

/** 浙江省: the province root, its 11 cities and 8 of their districts/counties (20 regions). */
const provinceRegions: RegionSpec[] = [
  { code: '330000', name: '省本级', prefix: '浙江省', adminLevel: 'province', parent: null, idArea: '330106' },
  ...([['330100', '杭州市'], ['330200', '宁波市'], ['330300', '温州市'], ['330400', '嘉兴市'], ['330500', '湖州市'], ['330600', '绍兴市'],
    ['330700', '金华市'], ['330800', '衢州市'], ['330900', '舟山市'], ['331000', '台州市'], ['331100', '丽水市']] as const)
    .map(([code, name]): RegionSpec => ({ code, name, prefix: name, adminLevel: 'city', parent: 0, idArea: `${code.slice(0, 4)}02` })),
  ...([['330102', '上城区', 1], ['330203', '海曙区', 2], ['330302', '鹿城区', 3], ['330402', '南湖区', 4],
    ['330902', '定海区', 9], ['330903', '普陀区', 9], ['330921', '岱山县', 9], ['330922', '嵊泗县', 9]] as const)
    .map(([code, name, parent]): RegionSpec => ({ code, name, prefix: name, adminLevel: 'county', parent, idArea: code })),
];

function regionSpecs(n: number): RegionSpec[] {
  if (n <= demoRegionSpecs.length) {
    return demoRegionSpecs.slice(0, n).map((r, i) => ({ code: r.code, name: r.name, prefix: i === 0 ? '舟山市' : r.name, adminLevel: r.adminLevel, parent: i === 0 ? null : 0, idArea: r.idArea }));
  }
  if (n === provinceRegions.length) return provinceRegions;
  throw new Error(`no region list of ${n} regions (have ${demoRegionSpecs.length} or ${provinceRegions.length})`);
}

/** Agency names of the demo with the city's name as a placeholder: '中共{P}委办公室', '{P}教育局'. */
const agencyTemplates: Array<readonly [string, AgencyKind, number]> = cityAgencySpecs.map(([n, k, h]: AgencySpec) => [n.replaceAll('舟山市', '{P}').replaceAll('舟山', '{P}'), k, h] as const);
const extraAgencyKinds = ['第{n}中学', '第{n}小学', '第{n}幼儿园', '第{n}社区卫生服务中心', '第{n}便民服务中心'];

export interface Columns { [column: string]: unknown[] }

type PeopleColumns = Record<'id' | 'agencyId' | 'departmentId' | 'positionId' | 'name' | 'gender' | 'rank' | 'post' | 'adminLevel' | 'birthday' | 'entryDate' | 'status' | 'idNumber' | 'mobile', string[]>;

export interface BenchOrg {
  regions: Columns;
  agencies: Columns;
  departments: Columns;
  positions: Columns;
  /** People with their ID number and mobile in clear (sealed by the seeder). */
  people: PeopleColumns;
  /** Ids useful to the seeder (the agency of bench-agency, people for login accounts). */
  largestAgencyId: string;
  samplePersonIds: string[];
}

export function generateOrg(scale: Scale, seed: number): BenchOrg {
  const rng = new Rng(seed);
  let clock = ID_EPOCH;
  const id = () => uuidv7At(clock++, rng);

  const specs = regionSpecs(scale.regions);
  const regions: Columns = { id: [], code: [], name: [], parentId: [], path: [], adminLevel: [], sort: [] };
  const regionIds: string[] = [];
  const regionPaths: string[] = [];
  for (const [i, s] of specs.entries()) {
    const rid = id();
    const parentPath = s.parent === null ? '/' : regionPaths[s.parent]!;
    regionIds.push(rid);
    regionPaths.push(`${parentPath}${rid}/`);
    regions.id!.push(rid); regions.code!.push(s.code); regions.name!.push(s.name);
    regions.parentId!.push(s.parent === null ? null : regionIds[s.parent]!);
    regions.path!.push(regionPaths[i]!); regions.adminLevel!.push(s.adminLevel); regions.sort!.push(i);
  }

  // Agencies: the root region holds twice the share of the others.
  const weights = specs.map((_, i) => (i === 0 ? 2 : 1));
  const wsum = weights.reduce((a, b) => a + b, 0);
  const perRegion = weights.map((w) => Math.floor((scale.agencies * w) / wsum));
  for (let i = 0; perRegion.reduce((a, b) => a + b, 0) < scale.agencies; i++) perRegion[i % perRegion.length]! += 1;

  const agencies: Columns = { id: [], code: [], name: [], shortName: [], kind: [], regionId: [], headcount: [], address: [], sort: [] };
  const agencyRegion: number[] = [];
  let sort = 0;
  for (const [ri, s] of specs.entries()) {
    for (let k = 0; k < perRegion[ri]!; k++) {
      let name: string; let kind: AgencyKind; let headcount: number;
      const t = agencyTemplates[k];
      if (t) {
        name = t[0].replaceAll('{P}', s.prefix); kind = t[1];
        headcount = Math.max(5, Math.round(t[2] * (s.adminLevel === 'county' ? 0.5 : s.adminLevel === 'province' ? 1.5 : 1) * (0.85 + rng.next() * 0.3)));
      } else {
        const e = k - agencyTemplates.length;
        name = s.prefix + extraAgencyKinds[e % extraAgencyKinds.length]!.replace('{n}', String(Math.floor(e / extraAgencyKinds.length) + 1));
        kind = 'institution'; headcount = rng.int(15, 120);
      }
      agencies.id!.push(id()); agencies.code!.push(`${s.code}${pad(k + 1, 3)}`); agencies.name!.push(name); agencies.shortName!.push(null);
      agencies.kind!.push(kind); agencies.regionId!.push(regionIds[ri]!); agencies.headcount!.push(headcount);
      agencies.address!.push(`${s.prefix}${rng.pick(['人民路', '解放路', '环城路', '新城大道', '海天大道', '文化路'])}${rng.int(1, 399)}号`);
      agencies.sort!.push(sort++);
      agencyRegion.push(ri);
    }
  }
  const nAgencies = agencies.id!.length;

  // Departments: 2–4 per agency (mean 3) from the demo's unit names of the agency's kind.
  const departments: Columns = { id: [], agencyId: [], name: [], headPersonId: [], sort: [] };
  const agencyDepts: number[][] = [];
  for (let a = 0; a < nAgencies; a++) {
    const pool = cityDepartmentNames[agencies.kind![a] as AgencyKind];
    const mean = scale.departmentsPerAgency;
    const n = Math.min(pool.length, Math.max(1, rng.int(mean - 1, mean + 1)));
    const list: number[] = [];
    for (let d = 0; d < n; d++) {
      list.push(departments.id!.length);
      departments.id!.push(id()); departments.agencyId!.push(agencies.id![a]); departments.name!.push(pool[d]!);
      departments.headPersonId!.push(null); departments.sort!.push(d);
    }
    agencyDepts.push(list);
  }

  // Positions: head, deputy, unit head and staff of each agency.
  const positions: Columns = { id: [], agencyId: [], departmentId: [], name: [], rank: [], adminLevel: [], isLeader: [] };
  const agencyPositions: string[][] = [];
  const leaderRanks: Record<AdminLevel, [Rank, Rank, Rank]> = {
    central: ['minister', 'vice_minister', 'bureau_chief'], province: ['bureau_chief', 'bureau_deputy', 'division_chief'],
    city: ['division_chief', 'division_deputy', 'section_chief'], county: ['section_chief', 'section_deputy', 'principal_staff_2'],
    township: ['section_deputy', 'principal_staff_2', 'principal_staff_3'],
  };
  for (let a = 0; a < nAgencies; a++) {
    const level = specs[agencyRegion[a]!]!.adminLevel;
    const [r0, r1, r2] = leaderRanks[level];
    const list: string[] = [];
    for (const [name, rank, leader] of [['主要负责人', r0, true], ['副职', r1, true], ['处（科）长', r2, true], ['科员', 'staff_1', false]] as const) {
      const pid = id();
      list.push(pid);
      positions.id!.push(pid); positions.agencyId!.push(agencies.id![a]); positions.departmentId!.push(null); positions.name!.push(name);
      positions.rank!.push(rank); positions.adminLevel!.push(level); positions.isLeader!.push(leader);
    }
    agencyPositions.push(list);
  }

  // People per agency ∝ headcount (at least 3), summing to the scale's total.
  const hc = agencies.headcount! as number[];
  const hsum = hc.reduce((a, b) => a + b, 0);
  const sizes = hc.map((h) => Math.max(3, Math.floor((scale.people * h) / hsum)));
  let total = sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; total < scale.people; i = (i + 1) % nAgencies) { sizes[i]! += 1; total++; }
  for (let i = 0; total > scale.people; i = (i + 1) % nAgencies) if (sizes[i]! > 3) { sizes[i]! -= 1; total--; }

  const people: PeopleColumns = {
    id: [], agencyId: [], departmentId: [], positionId: [], name: [], gender: [], rank: [], post: [], adminLevel: [],
    birthday: [], entryDate: [], status: [], idNumber: [], mobile: [],
  };
  const cum: number[] = []; let c = 0;
  for (let i = 0; i < surnames.length; i++) cum.push((c += 1 / (i + 3)));
  const surname = () => { const r = rng.next() * c; const i = cum.findIndex((x) => r < x); return surnames[i < 0 ? surnames.length - 1 : i]!; };
  const staffRanks: Rank[] = ['clerk', 'staff_2', 'staff_1', 'principal_staff_4', 'principal_staff_3', 'principal_staff_2', 'principal_staff_1', 'researcher_4'];
  const usedIds = new Set<string>();
  const usedMobiles = new Set<string>();
  let largest = 0;
  for (let a = 0; a < nAgencies; a++) {
    if (sizes[a]! > sizes[largest]!) largest = a;
    const spec = specs[agencyRegion[a]!]!;
    const depts = agencyDepts[a]!;
    const pos = agencyPositions[a]!;
    for (let k = 0; k < sizes[a]!; k++) {
      const role = k === 0 ? 0 : k === 1 ? 1 : k - 2 < depts.length ? 2 : 3;
      const gender = rng.chance(role < 3 ? 0.7 : 0.52) ? 'M' : 'F';
      const age = role === 3 ? Math.min(rng.int(23, 59), rng.int(23, 59)) : rng.int(35, 58);
      const by = AS_OF_YEAR - 1 - age; const bm = rng.int(1, 12); const bd = rng.int(1, daysIn(by, bm));
      const entryYear = Math.min(AS_OF_YEAR - 1, by + rng.int(22, 26) + (role === 3 && rng.chance(0.3) ? rng.int(0, 10) : 0));
      const em = rng.int(1, 12);
      let idNumber: string;
      do {
        const first17 = `${rng.chance(0.8) ? spec.idArea : '330902'}${by}${pad(bm, 2)}${pad(bd, 2)}${pad(rng.int(0, 499) * 2 + (gender === 'M' ? 1 : 0), 3)}`;
        idNumber = first17 + idCheckDigit(first17);
      } while (usedIds.has(idNumber));
      usedIds.add(idNumber);
      let mobile: string;
      do mobile = rng.pick(mobilePrefixes) + rng.digits(8); while (usedMobiles.has(mobile));
      usedMobiles.add(mobile);
      const years = AS_OF_YEAR - entryYear;
      const rank: Rank = role < 3 ? (leaderRanks[spec.adminLevel] as readonly Rank[])[role]! : staffRanks[Math.min(staffRanks.length - 1, Math.floor(years / 4))]!;
      const deptIndex = role === 2 ? depts[k - 2]! : depts[rng.int(0, depts.length - 1)]!;
      const pid = id();
      const given = rng.chance(0.75) ? rng.pick(rng.chance(0.5) ? givenChars.any : givenChars[gender]) + rng.pick(givenChars[gender]) : rng.pick(givenChars[gender]);
      if (role === 2) departments.headPersonId![deptIndex] = pid;
      people.id.push(pid); people.agencyId.push(agencies.id![a] as string); people.departmentId.push(departments.id![deptIndex] as string); people.positionId.push(pos[role]!);
      people.name.push(surname() + given); people.gender.push(gender); people.rank.push(rank);
      people.post.push(['主要负责人', '副职', `${departments.name![deptIndex] as string}负责人`, rank.startsWith('principal') ? '主任科员' : '科员'][role]!);
      people.adminLevel.push(spec.adminLevel); people.birthday.push(`${by}-${pad(bm, 2)}-${pad(bd, 2)}`);
      people.entryDate.push(`${entryYear}-${pad(em, 2)}-${pad(rng.int(1, daysIn(entryYear, em)), 2)}`);
      people.status.push(role < 3 ? 'active' : rng.chance(0.02) ? 'retired' : rng.chance(0.015) ? 'transferred' : 'active');
      people.idNumber.push(idNumber); people.mobile.push(mobile);
    }
  }
  const samplePersonIds: string[] = [];
  for (let i = 0; i < scale.loginAccounts; i++) samplePersonIds.push(people.id[Math.floor((i * people.id.length) / Math.max(1, scale.loginAccounts))]!);
  return { regions, agencies, departments, positions, people, largestAgencyId: agencies.id![largest] as string, samplePersonIds };
}

/** Audit records as the product writes them (before the hash chain is computed by the seeder). */
export interface AuditDraft {
  at: Date; actorAccountId: string | null; actorName: string; action: string; objectType: string;
  objectId: string | null; before: unknown; after: unknown; ip: string | null; result: string;
}

/** `n` audit records spread over the 180 days before 2026-01-01, in time order. */
export function* generateAudit(n: number, seed: number, personIds: readonly unknown[], agencyIds: readonly unknown[]): Generator<AuditDraft> {
  const rng = new Rng(seed ^ 0x5eed);
  const end = Date.UTC(2026, 0, 1);
  const start = end - 180 * 86_400_000;
  const step = (end - start) / Math.max(1, n);
  const actors = Array.from({ length: 200 }, (_, i) => ({ name: `user${pad(i + 1, 4)}`, id: uuidv7At(ID_EPOCH - 86_400_000 + i, rng), ip: `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}` }));
  for (let i = 0; i < n; i++) {
    const at = new Date(Math.floor(start + i * step + rng.next() * step * 0.5));
    const who = rng.pick(actors);
    const r = rng.next();
    const base = { at, actorAccountId: who.id, actorName: who.name, ip: who.ip };
    if (r < 0.45) {
      const ok = rng.chance(0.95);
      yield { ...base, action: 'auth.login', objectType: 'account', objectId: who.id, before: null, after: { result: ok ? 'success' : 'bad_password' }, result: ok ? 'success' : 'failure' };
    } else if (r < 0.55) {
      yield { ...base, action: 'auth.logout', objectType: 'account', objectId: who.id, before: null, after: null, result: 'success' };
    } else if (r < 0.8) {
      const pid = rng.pick(personIds) as string;
      yield { ...base, action: 'org.person.update', objectType: 'person', objectId: pid, before: { id: pid, post: '科员', rank: 'staff_1' }, after: { id: pid, post: '主任科员', rank: 'principal_staff_4' }, result: 'success' };
    } else if (r < 0.9) {
      yield { ...base, action: 'org.person.reveal', objectType: 'person', objectId: rng.pick(personIds) as string, before: null, after: { fields: ['idNumber', 'mobile'] }, result: 'success' };
    } else {
      const aid = rng.pick(agencyIds) as string;
      yield { ...base, action: 'org.agency.update', objectType: 'agency', objectId: aid, before: { id: aid, headcount: rng.int(10, 100) }, after: { id: aid, headcount: rng.int(10, 100) }, result: 'success' };
    }
  }
}
