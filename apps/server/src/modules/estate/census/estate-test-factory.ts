/** Test factories of the estate features: a building with rooms of an agency and their occupants (real rows, no mocks). */
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { newId } from '../../../platform/db/columns.js';
import type { Db } from '../../../platform/db/types.js';
import { readDemoOrgSummary } from '../../../platform/demo/demo-org.seed.js';
import { agencies, people } from '../../../platform/org/org.table.js';
import { estateBuildings, estateFloors, estateRooms } from '../db/buildings.table.js';
import { estateAssignments } from '../db/office.table.js';

export const dbOf = (app: FastifyInstance): Db => app.platform.db;

export async function demoAgencies(app: FastifyInstance) {
  const db = dbOf(app);
  const org = await readDemoOrgSummary(db);
  const [region] = await db.select({ regionId: agencies.regionId }).from(agencies).where(eq(agencies.id, org.sampleAgencyId));
  const others = (await db.select({ id: agencies.id }).from(agencies).orderBy(agencies.code).limit(5)).map((a) => a.id).filter((id) => id !== org.sampleAgencyId && id !== org.centerAgencyId);
  return { sample: org.sampleAgencyId, center: org.centerAgencyId, other: others[0]!, regionId: region!.regionId };
}

export async function peopleOf(app: FastifyInstance, agencyId: string, n: number) {
  return dbOf(app).select({ id: people.id, name: people.name, rank: people.rank }).from(people).where(and(eq(people.agencyId, agencyId), eq(people.status, 'active'))).orderBy(people.name, people.id).limit(n);
}

export interface RoomSpec { number: string; areaM2: string; useClass?: string; occupantIds?: string[] }

/** A building with one floor and the given rooms of an agency; occupants get open assignments. */
export async function makeRooms(app: FastifyInstance, agencyId: string, regionId: string, rooms: RoomSpec[]) {
  const db = dbOf(app);
  const code = `T-${newId().slice(-8)}`;
  const [b] = await db.insert(estateBuildings).values({ name: `测试楼${code}`, code, regionId, floorsAbove: 3 }).returning();
  const [f] = await db.insert(estateFloors).values({ buildingId: b!.id, level: 3, name: '3F' }).returning();
  const out: Array<{ id: string; number: string }> = [];
  for (const r of rooms) {
    const [row] = await db.insert(estateRooms).values({ floorId: f!.id, buildingId: b!.id, number: r.number, useClass: r.useClass ?? 'office', usableAreaM2: r.areaM2, agencyId, status: 'in-use' }).returning();
    out.push({ id: row!.id, number: r.number });
    for (const personId of r.occupantIds ?? []) await db.insert(estateAssignments).values({ personId, roomId: row!.id, agencyId, kind: 'main', startDate: '2025-01-01' });
  }
  return { buildingId: b!.id, buildingName: b!.name, floorId: f!.id, rooms: out };
}

/** A fresh agency with people of the given ranks (city level), so sums are known exactly. */
export async function makeAgency(app: FastifyInstance, regionId: string, staff: Array<{ name: string; rank: string; post?: string }>) {
  const db = dbOf(app);
  const code = `TA-${newId().slice(-8)}`;
  const [ag] = await db.insert(agencies).values({ code, name: `测试单位${code}`, kind: 'government', regionId, headcount: staff.length }).returning();
  const ids: string[] = [];
  for (const s of staff) {
    const [p] = await db.insert(people).values({ agencyId: ag!.id, name: s.name, gender: 'M', rank: s.rank, post: s.post ?? null, adminLevel: 'city' }).returning();
    ids.push(p!.id);
  }
  return { agencyId: ag!.id, name: ag!.name, personIds: ids };
}

/** Uploads one file as the session (multipart, as a browser sends it); returns its id. */
export async function upload(call: (m: 'POST', url: string, payload?: unknown, headers?: Record<string, string>) => Promise<{ statusCode: number; body: string; json: () => { id: string } }>, use: string, name: string, content: Buffer) {
  const boundary = `----zd${newId().replaceAll('-', '')}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`, 'utf8');
  const res = await call('POST', `/api/v1/files?use=${use}`, Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]), { 'content-type': `multipart/form-data; boundary=${boundary}` });
  if (res.statusCode !== 201) throw new Error(`upload failed ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** A minimal valid PDF (for document uploads). */
export const tinyPdf = () => Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
