/**
 * Loads the demo Zhoushan organisation (demo-org.data.ts) into the database: one transaction,
 * bulk inserts, personal data encrypted. Idempotent: when the 市本级 region (330900) exists, it
 * inserts nothing and only reads back the counts and the well-known rows.
 */
import { and, asc, count, desc, eq, inArray, like, sql } from 'drizzle-orm';
import { maskMiddle, type FieldCrypto } from '../crypto/field-crypto.js';
import type { Db } from '../db/types.js';
import { agencies, departments, people, positions, regions } from '../org/org.table.js';
import { DEMO_ORG_SEED, generateDemoOrg } from './demo-org.data.js';

/** Code of the root region of the demo tenant. */
export const DEMO_ROOT_REGION_CODE = '330900';
/** Names of the well-known agencies that demo accounts belong to. */
export const DEMO_CENTER_AGENCY_NAME = '舟山市机关事务管理中心';
export const DEMO_SAMPLE_AGENCY_NAME = '舟山市教育局';

export interface DemoOrgSeedResult {
  /** False when the data was already there (nothing inserted). */
  created: boolean;
  regions: number;
  agencies: number;
  departments: number;
  positions: number;
  people: number;
  firstAgencyIds: { center: string; sample: string };
  /** 舟山市机关事务管理中心. */
  centerAgencyId: string;
  /** 舟山市教育局, an ordinary agency. */
  sampleAgencyId: string;
  /** Head of the 办公室 of the sample agency (for an agency officer account). */
  agencyOfficerPersonId: string;
  /** An active ordinary cadre (科员) of the sample agency (for a staff account). */
  staffPersonId: string;
}

const BATCH = 500;

async function inBatches<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function seedDemoOrg(db: Db, crypto: FieldCrypto, seed: number = DEMO_ORG_SEED): Promise<DemoOrgSeedResult> {
  const created = await db.transaction(async (tx) => {
    // Serialises concurrent seeders (two server processes starting on one database).
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('zd:demo-org'))`);
    const existing = await tx.select({ id: regions.id }).from(regions).where(eq(regions.code, DEMO_ROOT_REGION_CODE)).limit(1);
    if (existing.length > 0) return false;

    const org = generateDemoOrg(seed);
    const [root, ...children] = org.regions;
    if (!root) throw new Error('demo org: no root region');
    await tx.insert(regions).values(root);
    await tx.insert(regions).values(children);
    await inBatches(org.agencies, (c) => tx.insert(agencies).values(c));
    await inBatches(org.departments, (c) => tx.insert(departments).values(c));
    await inBatches(org.positions, (c) => tx.insert(positions).values(c));
    await inBatches(org.people, (c) => tx.insert(people).values(c.map(({ idNumber, mobile, ...p }) => ({
      ...p,
      idNumberEnc: crypto.encrypt(idNumber),
      idNumberBidx: crypto.blindIndex(idNumber),
      idNumberMasked: maskMiddle(idNumber),
      mobileEnc: crypto.encrypt(mobile),
      mobileBidx: crypto.blindIndex(mobile),
      mobileMasked: maskMiddle(mobile),
    }))));
    return true;
  });
  return { created, ...(await readDemoOrgSummary(db)) };
}

/** Counts of the demo tenant (the region tree under 330900) and the ids of its well-known rows. */
export async function readDemoOrgSummary(db: Db): Promise<Omit<DemoOrgSeedResult, 'created'>> {
  const [root] = await db.select({ path: regions.path }).from(regions).where(eq(regions.code, DEMO_ROOT_REGION_CODE)).limit(1);
  if (!root) throw new Error('demo org: region 330900 not found');
  const regionIds = db.select({ id: regions.id }).from(regions).where(like(regions.path, `${root.path}%`));
  const agencyIds = db.select({ id: agencies.id }).from(agencies).where(inArray(agencies.regionId, regionIds));
  const n = async (q: Promise<Array<{ n: number }>>) => (await q)[0]?.n ?? 0;
  const [regionCount, agencyCount, departmentCount, positionCount, peopleCount] = await Promise.all([
    n(db.select({ n: count() }).from(regions).where(like(regions.path, `${root.path}%`))),
    n(db.select({ n: count() }).from(agencies).where(inArray(agencies.regionId, regionIds))),
    n(db.select({ n: count() }).from(departments).where(inArray(departments.agencyId, agencyIds))),
    n(db.select({ n: count() }).from(positions).where(inArray(positions.agencyId, agencyIds))),
    n(db.select({ n: count() }).from(people).where(inArray(people.agencyId, agencyIds))),
  ]);

  const agencyId = async (name: string) => {
    const [row] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, name)).limit(1);
    if (!row) throw new Error(`demo org: agency ${name} not found`);
    return row.id;
  };
  const centerAgencyId = await agencyId(DEMO_CENTER_AGENCY_NAME);
  const sampleAgencyId = await agencyId(DEMO_SAMPLE_AGENCY_NAME);

  const [officer] = await db.select({ id: people.id }).from(people)
    .innerJoin(departments, eq(departments.id, people.departmentId))
    .where(and(eq(people.agencyId, sampleAgencyId), eq(departments.name, '办公室'), eq(people.post, '办公室主任'), eq(people.status, 'active')))
    .orderBy(asc(people.name), asc(people.id)).limit(1);
  const [staff] = await db.select({ id: people.id }).from(people)
    .where(and(eq(people.agencyId, sampleAgencyId), eq(people.post, '科员'), eq(people.status, 'active')))
    .orderBy(desc(people.entryDate), asc(people.name), asc(people.id)).limit(1);
  if (!officer || !staff) throw new Error('demo org: no officer or staff person in the sample agency');

  return {
    regions: regionCount, agencies: agencyCount, departments: departmentCount, positions: positionCount, people: peopleCount,
    firstAgencyIds: { center: centerAgencyId, sample: sampleAgencyId },
    centerAgencyId, sampleAgencyId, agencyOfficerPersonId: officer.id, staffPersonId: staff.id,
  };
}
