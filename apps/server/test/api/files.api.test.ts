import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, ne } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { auditLog } from '../../src/platform/audit/audit.table.js';
import { loadConfig, type AppConfig } from '../../src/platform/config/config.js';
import { readableInScope, type Files } from '../../src/platform/files/index.js';
import { people } from '../../src/platform/org/org.table.js';
import { as, login, type Session } from '../helpers/test-app.js';
import { openTestDatabase } from '../helpers/test-db.js';

const PHOTO = 'test.person.photo';
const DOC = 'test.doc.attachment';
const PHOTO_LIMIT = 200 * 1024;

/** The real app with two uses such as a module would register. */
async function buildFilesTestApp(dataDir: string): Promise<{ app: FastifyInstance; files: Files }> {
  const database = await openTestDatabase();
  const config: AppConfig = { ...loadConfig({ LOG_LEVEL: 'silent', DEMO: '1' }), memoryDb: true, databaseUrl: undefined, webDist: '/nonexistent', dataDir };
  const app = await buildApp(config, { database, logger: false });
  const db = app.platform.db;
  const files = app.platform.files;
  const personKeys = async (id: string) => (await db.select({ agencyId: people.agencyId, departmentId: people.departmentId, personId: people.id }).from(people).where(eq(people.id, id)))[0] ?? null;
  files.registerUse({
    use: PHOTO, ownerType: 'person', allowedMimes: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: PHOTO_LIMIT,
    image: { maxEdge: 256, thumbEdge: 64 }, uploadPermission: 'org:person:write', canRead: readableInScope(db, 'org:person:read', personKeys),
  });
  files.registerUse({ use: DOC, allowedMimes: ['application/pdf', 'text/plain'], maxBytes: 64 * 1024, canRead: async () => true });
  await app.ready();
  return { app, files };
}

/** One multipart/form-data body with a single file part; the file name is sent as raw UTF-8, as browsers do. */
function multipart(filename: string, content: Buffer, contentType = 'application/octet-stream') {
  const boundary = `----zd${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`, 'utf8');
  return { payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A PNG carrying EXIF (with a GPS position) that must not survive the upload. */
const pngWithExif = () => sharp({ create: { width: 800, height: 600, channels: 3, background: '#3366cc' } })
  .withExif({ IFD0: { ImageDescription: 'SECRET-EXIF-NOTE', Artist: 'SECRET-ARTIST' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '29/1 59/1 0/1' } })
  .png().toBuffer();

/** A Windows executable: 'MZ', and the PE header where e_lfanew points. */
function exe(): Buffer {
  const b = Buffer.alloc(1024);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  return b;
}

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');

describe('files engine', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zd-files-test-'));
  let app: FastifyInstance;
  let files: Files;
  let center: Session;
  let agency: Session;
  const upload = (s: Session, use: string, name: string, content: Buffer) => {
    const m = multipart(name, content);
    return app.inject({ method: 'POST', url: `/api/v1/files?use=${use}`, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...m.headers }, payload: m.payload });
  };

  beforeAll(async () => {
    ({ app, files } = await buildFilesTestApp(dataDir));
    center = await login(app, 'center');
    agency = await login(app, 'agency');
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('re-encodes a PNG with EXIF (EXIF and GPS gone), shrinks it and makes a thumbnail; the upload is audited', async () => {
    const original = await pngWithExif();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const res = await upload(center, PHOTO, 'photo.png', original);
    expect(res.statusCode).toBe(201);
    const meta = res.json();
    expect(meta).toMatchObject({ use: PHOTO, name: 'photo.png', mime: 'image/png', width: 256, height: 192, hasThumbnail: true });

    const stored = await as(app, center)('GET', `/api/v1/files/${meta.id}`);
    expect(stored.statusCode).toBe(200);
    expect(stored.headers['content-type']).toBe('image/png');
    expect(stored.headers['x-content-type-options']).toBe('nosniff');
    const bytes = stored.rawPayload;
    expect(bytes.length).toBe(meta.sizeBytes);
    const m = await sharp(bytes).metadata();
    expect(m.exif).toBeUndefined();
    expect(bytes.includes('SECRET-EXIF-NOTE')).toBe(false);
    expect(bytes.includes('SECRET-ARTIST')).toBe(false);

    const thumb = await as(app, center)('GET', `/api/v1/files/${meta.id}/thumbnail`);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    const t = await sharp(thumb.rawPayload).metadata();
    expect([t.format, t.width, t.height]).toEqual(['webp', 64, 48]);

    const [rec] = await app.platform.db.select().from(auditLog).where(and(eq(auditLog.action, 'platform.file.upload'), eq(auditLog.objectId, meta.id)));
    expect(rec?.after).toMatchObject({ use: PHOTO, mime: 'image/png', sha256: meta.sha256 });
  });

  it('refuses an .exe renamed .png (sniffed, 415) and a JPEG named .png (400), in Chinese', async () => {
    const res = await upload(center, PHOTO, 'holiday.png', exe());
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
    expect(res.json().message).toContain('EXE');
    expect(res.json().message).toContain('PNG');
    const jpeg = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } }).jpeg().toBuffer();
    const mismatch = await upload(center, PHOTO, 'fake.png', jpeg);
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json()).toMatchObject({ code: 'FILE_TYPE_MISMATCH' });
    expect(mismatch.json().message).toContain('.png');
  });

  it('refuses a file over the use limit with 413 naming the limit, and an unknown use with 400', async () => {
    const big = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(PHOTO_LIMIT + 10_000)]);
    const res = await upload(center, PHOTO, 'big.png', big);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'FILE_TOO_LARGE', ref: { maxBytes: PHOTO_LIMIT } });
    expect(res.json().message).toContain('200 KB');
    const unknown = await upload(center, 'nope.what.ever', 'a.pdf', pdf('x'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields[0]).toMatchObject({ path: 'use', code: 'UNKNOWN_FILE_USE' });
  });

  it('lets only accounts that can read the owning record download it; others get 404', async () => {
    const db = app.platform.db;
    const [inside] = await db.select({ id: people.id, agencyId: people.agencyId }).from(people).where(eq(people.id, agency.user.personId!));
    const [outside] = await db.select({ id: people.id }).from(people).where(ne(people.agencyId, inside!.agencyId)).limit(1);
    const png = await sharp({ create: { width: 40, height: 40, channels: 4, background: '#ff000080' } }).png().toBuffer();
    const a = (await upload(center, PHOTO, 'a.png', png)).json();
    const b = (await upload(center, PHOTO, 'b.png', png)).json();

    // Not yet attached: only the uploader sees it.
    expect((await as(app, agency)('GET', `/api/v1/files/${a.id}`)).statusCode).toBe(404);
    expect((await as(app, center)('GET', `/api/v1/files/${a.id}`)).statusCode).toBe(200);

    await db.transaction(async (tx) => {
      await files.api.attach(tx, { fileIds: [a.id], use: PHOTO, ownerId: outside!.id, uploadedBy: center.user.id });
      await files.api.attach(tx, { fileIds: [b.id], use: PHOTO, ownerId: inside!.id, uploadedBy: center.user.id });
    });
    const denied = await as(app, agency)('GET', `/api/v1/files/${a.id}`);
    expect(denied.statusCode).toBe(404);
    expect(denied.json().code).toBe('NOT_FOUND');
    expect((await as(app, agency)('GET', `/api/v1/files/${a.id}/thumbnail`)).statusCode).toBe(404);
    expect((await as(app, agency)('GET', `/api/v1/files/${b.id}`)).statusCode).toBe(200);
    expect((await as(app, center)('GET', `/api/v1/files/${a.id}`)).statusCode).toBe(200);
    // Attached files cannot be attached again, nor deleted through the files API by their uploader.
    await expect(db.transaction((tx) => files.api.attach(tx, { fileIds: [a.id], use: PHOTO, ownerId: inside!.id, uploadedBy: center.user.id }))).rejects.toThrow();
    expect((await as(app, center)('DELETE', `/api/v1/files/${a.id}`)).statusCode).toBe(403);
  });

  it('round-trips a Chinese file name, keeps folders out of it, and deletes (audited, bytes gone)', async () => {
    const name = '会议纪要（第1次）.pdf';
    const res = await upload(agency, DOC, name, pdf('minutes'));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name, mime: 'application/pdf' });
    const got = await as(app, agency)('GET', `/api/v1/files/${res.json().id}`);
    expect(got.statusCode).toBe(200);
    const cd = got.headers['content-disposition'] as string;
    expect(cd.startsWith('attachment;')).toBe(true);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(cd)![1]!)).toBe(name);
    expect(got.rawPayload.equals(pdf('minutes'))).toBe(true);

    const sneaky = await upload(agency, DOC, '../../etc/说明.txt', Buffer.from('纯文本内容\n', 'utf8'));
    expect(sneaky.statusCode).toBe(201);
    expect(sneaky.json()).toMatchObject({ name: '说明.txt', mime: 'text/plain' });

    const id = res.json().id as string;
    const shard = fs.readdirSync(files.root, { recursive: true }).map(String).find((f) => f.endsWith(id));
    expect(shard).toBeDefined();
    expect((await as(app, center)('DELETE', `/api/v1/files/${id}`)).statusCode).toBe(404);
    expect((await as(app, agency)('DELETE', `/api/v1/files/${id}`)).statusCode).toBe(204);
    expect(fs.existsSync(path.join(files.root, shard!))).toBe(false);
    expect((await as(app, agency)('GET', `/api/v1/files/${id}`)).statusCode).toBe(404);
    const [rec] = await app.platform.db.select().from(auditLog).where(and(eq(auditLog.action, 'platform.file.delete'), eq(auditLog.objectId, id)));
    expect(rec?.before).toMatchObject({ name, use: DOC });
  });
});
