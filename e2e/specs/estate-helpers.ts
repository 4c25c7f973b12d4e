/** Helpers of the estate browser tests (estate-*.e2e.test.ts): sign-in, data set-up through the API. */
import { deflateSync } from 'node:zlib';
import { call, type ApiSession, type Paged } from '../support/api.js';
import { startServer, type RunningServer } from '../support/server.js';

/** The server with the web app (startServer honours E2E_WEB_DIST: another build of apps/web, e.g. while others rebuild dist). */
export const startEstateServer = (): Promise<RunningServer> => startServer();

export { signIn } from '../support/browser.js';
export type { Paged } from '../support/api.js';

export interface Id { id: string }
export interface PlanRoom { id: string; number: string; usableAreaM2: number; overStandard: boolean; overrunM2: number; occupants: { personId: string; name: string; standardM2: number; actualM2: number; overrunM2: number }[] }
export interface Plan { floorId: string; name: string; rooms: PlanRoom[] }

/** Runs `fn` over `items`, `n` at a time. */
export async function pool<T>(items: T[], n: number, fn: (item: T, i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  }));
}

/** The agency of the account's person. */
export async function agencyOf(base: string, s: ApiSession): Promise<{ agencyId: string; agencyName: string }> {
  const me = await call<{ user: { personId: string } }>(base, s, 'GET', '/api/v1/auth/me');
  const p = await call<{ agencyId: string; agencyName: string }>(base, s, 'GET', `/api/v1/org/people/${me.user.personId}`);
  return { agencyId: p.agencyId, agencyName: p.agencyName };
}

/** A building with one floor, made through the API (the center's account). */
export async function makeBuilding(base: string, center: ApiSession, name: string, code: string): Promise<{ buildingId: string; floorId: string }> {
  const regions = await call<Paged<Id & { level?: string }>>(base, center, 'GET', '/api/v1/org/regions');
  const building = await call<Id>(base, center, 'POST', '/api/v1/estate/buildings', { name, code, regionId: regions.items[0]!.id, floorsAbove: 6 });
  const floor = await call<Id>(base, center, 'POST', '/api/v1/estate/floors', { buildingId: building.id, level: 5, name: '5F' });
  return { buildingId: building.id, floorId: floor.id };
}

export const square = (x: number, y: number, w: number, h: number): [number, number][] => [[x, y], [x + w, y], [x + w, y + h], [x, y + h]];

/** An RGB PNG with horizontal bands of the given colours (a stand-in for a photo or a scan), encoded here with zlib. */
export function bandedPng(width: number, height: number, colours: Array<[number, number, number]>): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const rows = Array.from({ length: height }, (_, y) => {
    const [r, g, b] = colours[Math.floor((y * colours.length) / height)]!;
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
    return row;
  });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** A plain light-grey PNG of the given size (a stand-in for a scanned floor plan). */
export const greyPng = (width: number, height: number): Buffer => bandedPng(width, height, [[0xe8, 0xe8, 0xe8]]);
