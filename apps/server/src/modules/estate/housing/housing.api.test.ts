import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, login, type Session } from '../../../../test/helpers/test-app.js';
import { readXlsx } from '../../../../test/helpers/xlsx.js';
import { DEMO_DRAWN_ROUND_CODE, DEMO_OPEN_ROUND_CODE } from './housing.demo.js';
import { shanghaiDate } from './housing-scope.js';

const U = '/api/v1/estate/housing';
const day = (offset: number) => shanghaiDate(new Date(Date.now() + offset * 86400_000));
const rows = async (app: FastifyInstance, q: string) => ((await app.platform.db.execute(sql.raw(q))) as unknown as { rows: Array<Record<string, unknown>> }).rows;

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
function upload(app: FastifyInstance, who: Session, use: string, name: string, content: Buffer) {
  const boundary = `----zd${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`, 'utf8');
  return app.inject({
    method: 'POST', url: `/api/v1/files?use=${use}`, payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

describe('staff housing API (公租房)', () => {
  let app: FastifyInstance;
  let center: Session; let staff: Session; let agency: Session;
  let c: ReturnType<typeof as>; let s: ReturnType<typeof as>; let a: ReturnType<typeof as>;
  let regionId: string; let ruleSetId: string;

  beforeAll(async () => {
    app = await buildTestApp();
    [center, staff, agency] = [await login(app, 'center'), await login(app, 'staff'), await login(app, 'agency')];
    [c, s, a] = [as(app, center), as(app, staff), as(app, agency)];
    regionId = (await rows(app, `select id from platform_region where parent_id is null order by code limit 1`))[0]!.id as string;
  });
  afterAll(async () => { await app.close(); });

  it('the demo: 200 flats, a drawn round of 60 applications whose published draw re-runs to the same result', async () => {
    expect((await c('GET', `${U}/flats?pageSize=1`)).json().total).toBe(200);
    const rounds = (await c('GET', `${U}/rounds`)).json().items as Array<{ id: string; code: string; status: string; applicationCount: number }>;
    const drawn = rounds.find((r) => r.code === DEMO_DRAWN_ROUND_CODE)!;
    expect(drawn).toMatchObject({ status: 'drawn', applicationCount: 60 });
    const apps = (await c('GET', `${U}/applications?roundId=${drawn.id}&pageSize=100`)).json().items as Array<{ eligible: boolean; status: string }>;
    expect(apps.some((x) => x.eligible)).toBe(true);
    expect(apps.some((x) => !x.eligible && x.status === 'rejected')).toBe(true);
    const mine = (await s('GET', `${U}/applications/mine`)).json().items as Array<{ roundId: string; status: string }>;
    expect(mine.find((m) => m.roundId === drawn.id)).toBeDefined();
    const pub = (await s('GET', `${U}/rounds/${drawn.id}/draw/publication`)).json();
    const approved = apps.filter((x) => ['allocated', 'waiting'].includes(x.status)).length;
    expect(approved).toBe(pub.entries.length);
    // quota 20, so min(20, approved) flats are allocated
    expect(pub.entries.filter((e: { flatId: string | null }) => e.flatId)).toHaveLength(Math.min(20, approved));
    const v = (await s('POST', `${U}/rounds/${drawn.id}/draw/verify`, {})).json();
    expect(v).toMatchObject({ matches: true, recomputedHash: pub.resultHash });
    expect((await s('POST', `${U}/rounds/${drawn.id}/draw/verify`, { publicRandom: 'another value' })).json().matches).toBe(false);
    const x = await s('GET', `${U}/rounds/${drawn.id}/draw/publication?format=xlsx`);
    expect(x.statusCode).toBe(200);
    const sheet = await readXlsx(x.rawPayload);
    expect(sheet).toHaveLength(1 + pub.entries.length);
    expect(sheet[1]![0]).toBe('1');
  });

  it('flats: create, duplicate 409, filters, xlsx, and no access for a cadre', async () => {
    const body = { regionId, estateName: '测试公寓', buildingName: '1幢', unit: '1单元', number: '101', areaM2: 58.5, layout: '两室一厅', rentFen: 80000 };
    const r = await c('POST', `${U}/flats`, body);
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ areaM2: '58.50', status: 'available' });
    const dup = await c('POST', `${U}/flats`, body);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('HOUSING_FLAT_DUPLICATE');
    const list = (await c('GET', `${U}/flats?estateName=${encodeURIComponent('测试公寓')}&minAreaM2=50&maxAreaM2=60`)).json();
    expect(list.total).toBe(1);
    const x = await c('GET', `${U}/flats?estateName=${encodeURIComponent('测试公寓')}&format=xlsx`);
    expect((await readXlsx(x.rawPayload)).slice(1).map((row) => row[3])).toEqual(['101']);
    expect((await s('GET', `${U}/flats`)).statusCode).toBe(403);
    expect((await c('PATCH', `${U}/flats/${r.json().id}`, { status: 'maintenance' })).json().status).toBe('maintenance');
  });

  it('rule sets carry effective dates; a round needs one in force', async () => {
    const r = await c('POST', `${U}/rule-sets`, {
      name: '测试规则', effectiveFrom: '2026-01-01', source: '测试',
      body: {
        criteria: [{ key: 'yearsSinceHire', op: 'lte', value: 100 }, { key: 'ownsHomeInCity', op: 'eq', value: false }, { key: 'familySize', op: 'gte', value: 2 }],
        scoring: [{ key: 'familySize', kind: 'per-unit', weight: 10, cap: 5 }, { key: 'perCapitaAreaM2', kind: 'cap-minus', weight: 1, cap: 30 }],
        lease: { termMonths: 12, depositMonths: 2, reminderDays: [60, 30, 7] },
      },
    });
    expect(r.statusCode).toBe(201);
    ruleSetId = r.json().id;
    const early = await c('POST', `${U}/rounds`, { code: 'T-0', name: '过早', regionId, ruleSetId, method: 'score', referenceDate: '2025-06-01', applyFrom: '2025-06-01', applyTo: '2099-12-31', quota: 1 });
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe('HOUSING_RULE_SET_NOT_EFFECTIVE');
  });

  const newRound = async (code: string) => {
    const r = await c('POST', `${U}/rounds`, { code, name: `测试批次${code}`, regionId, ruleSetId, method: 'score', referenceDate: '2026-06-01', applyFrom: '2026-01-01', applyTo: '2099-12-31', quota: 1 });
    expect(r.statusCode).toBe(201);
    return r.json().id as string;
  };
  let leaseAppId: string;

  it('apply → review → notice → draw → verify; objections only inside the notice period', async () => {
    const roundId = await newRound('T-A');
    const r = await s('POST', `${U}/applications`, { roundId, familySize: 3, ownsHomeInCity: false, currentHousingAreaM2: 45 });
    expect(r.statusCode).toBe(201);
    // family 10×3 = 30; per-capita 45/3 = 15 m², 1×(30−15) = 15; score 45
    expect(r.json()).toMatchObject({ eligible: true, score: '45.00', status: 'submitted' });
    expect((await s('POST', `${U}/applications`, { roundId, familySize: 3, ownsHomeInCity: false })).statusCode).toBe(409);
    const mine = (await s('GET', `${U}/applications/mine`)).json().items as Array<{ id: string }>;
    expect(mine.map((m) => m.id)).toContain(r.json().id);
    expect((await c('POST', `${U}/rounds/${roundId}/notice`, { noticeStart: day(-10), noticeEnd: day(-1) })).statusCode).toBe(422);
    expect((await c('POST', `${U}/applications/${r.json().id}/review`, { decision: 'approve', comment: '材料齐全' })).json().status).toBe('approved');
    await c('POST', `${U}/rounds/${roundId}/close-applications`);
    expect((await c('POST', `${U}/rounds/${roundId}/notice`, { noticeStart: day(-10), noticeEnd: day(-1) })).json().status).toBe('notice');
    const late = await a('POST', `${U}/objections`, { applicationId: r.json().id, text: '公示期已过' });
    expect(late.json().code).toBe('HOUSING_NOTICE_CLOSED');
    const d = await c('POST', `${U}/rounds/${roundId}/draw`, { publicRandom: '2026-11-27 3D 417' });
    expect(d.statusCode).toBe(201);
    expect(d.json().result).toHaveLength(1);
    expect(d.json().result[0]).toMatchObject({ rank: 1, applicationId: r.json().id });
    expect(d.json().seedMaterial).toBe(`${roundId}|${day(-1)}|2026-11-27 3D 417`);
    expect((await c('POST', `${U}/rounds/${roundId}/draw`, { publicRandom: 'again' })).json().code).toBe('HOUSING_ROUND_STATE');
    const vv = (await c('POST', `${U}/rounds/${roundId}/draw/verify`, {})).json();
    expect(vv.matches).toBe(true);
    const wl = (await c('GET', `${U}/rounds/${roundId}/waiting-list`)).json();
    expect(wl.items[0]).toMatchObject({ queueRank: 1, status: 'allocated' });
    const audit = await rows(app, `select count(*)::int n from platform_audit_log where action = 'estate.housing-round.draw' and object_id = '${roundId}'`);
    expect(audit[0]!.n).toBe(1);
    leaseAppId = r.json().id;
  });

  it('an ineligible application cannot be approved; rejection keeps the reason', async () => {
    const roundId = await newRound('T-B');
    const file = await upload(app, staff, 'estate.housing-application.attachment', '户籍证明.pdf', pdf);
    expect(file.statusCode).toBe(201);
    const r = await s('POST', `${U}/applications`, { roundId, familySize: 1, ownsHomeInCity: true, attachmentIds: [file.json().id] });
    expect(r.json().eligible).toBe(false);
    expect(r.json().attachmentIds).toEqual([file.json().id]);
    expect((await c('GET', `/api/v1/files/${file.json().id}`)).statusCode).toBe(200);
    expect((await s('GET', `/api/v1/files/${file.json().id}`)).statusCode).toBe(200);
    expect(r.json().reasons.filter((x: { ok: boolean }) => !x.ok).map((x: { rule: string }) => x.rule)).toEqual(['ownsHomeInCity.eq', 'familySize.gte']);
    const no = await c('POST', `${U}/applications/${r.json().id}/review`, { decision: 'approve', comment: 'x' });
    expect(no.statusCode).toBe(422);
    expect(no.json().code).toBe('HOUSING_NOT_ELIGIBLE');
    expect((await c('POST', `${U}/applications/${r.json().id}/review`, { decision: 'reject', comment: '本市已有住房' })).json()).toMatchObject({ status: 'rejected', reviewComment: '本市已有住房' });
    expect((await s('POST', `${U}/applications/${r.json().id}/withdraw`)).json().code).toBe('HOUSING_APPLICATION_FINAL');
    const roundId2 = await newRound('T-D');
    const w = await s('POST', `${U}/applications`, { roundId: roundId2, familySize: 2, ownsHomeInCity: false });
    // another person's application is not theirs to withdraw (the agency officer is a cadre too)
    expect((await a('POST', `${U}/applications/${w.json().id}/withdraw`)).statusCode).toBe(404);
    expect((await s('POST', `${U}/applications/${w.json().id}/withdraw`)).json().status).toBe('withdrawn');
  });

  it('an upheld objection during the notice rejects the application; no draw before the notice ends', async () => {
    const roundId = await newRound('T-C');
    const r = await s('POST', `${U}/applications`, { roundId, familySize: 2, ownsHomeInCity: false });
    await c('POST', `${U}/applications/${r.json().id}/review`, { decision: 'approve', comment: 'ok' });
    await c('POST', `${U}/rounds/${roundId}/close-applications`);
    await c('POST', `${U}/rounds/${roundId}/notice`, { noticeStart: day(0), noticeEnd: day(5) });
    const o = await a('POST', `${U}/objections`, { applicationId: r.json().id, text: '申请人配偶在本市有房' });
    expect(o.statusCode).toBe(201);
    expect((await c('POST', `${U}/rounds/${roundId}/draw`, { publicRandom: 'x' })).json().code).toBe('HOUSING_NOTICE_NOT_OVER');
    const res = await c('POST', `${U}/rounds/${roundId}/objections/${o.json().id}/resolve`, { decision: 'upheld', resolution: '经核实属实' });
    expect(res.json().status).toBe('upheld');
    expect((await c('GET', `${U}/applications/${r.json().id}`)).json()).toMatchObject({ status: 'rejected', reviewComment: '公示异议成立：经核实属实' });
  });

  it('lease: bills, payments, checklists, exit frees the flat; the cadre sees their lease', async () => {
    const l = await c('POST', `${U}/leases`, { applicationId: leaseAppId, startDate: '2026-12-01' });
    expect(l.statusCode).toBe(201);
    const lease = l.json();
    // 12-month term from 2026-12-01 ends 2027-11-30; deposit 2 months of rent
    expect(lease).toMatchObject({ endDate: '2027-11-30', depositFen: lease.rentFen * 2, status: 'active' });
    expect((await c('POST', `${U}/leases`, { applicationId: leaseAppId, startDate: '2026-12-01' })).json().code).toBe('HOUSING_FLAT_LEASED');
    const detail = (await c('GET', `${U}/leases/${lease.id}`)).json();
    expect(detail.bills).toHaveLength(12);
    const bill = detail.bills[0];
    const over = await c('POST', `${U}/leases/${lease.id}/bills/${bill.id}/payments`, { amountFen: bill.amountFen + 1, paidOn: '2026-12-05', method: 'payroll' });
    expect(over.json().code).toBe('HOUSING_OVERPAYMENT');
    expect((await c('POST', `${U}/leases/${lease.id}/bills/${bill.id}/payments`, { amountFen: 100, paidOn: '2026-12-05', method: 'payroll' })).json().status).toBe('partial');
    expect((await c('POST', `${U}/leases/${lease.id}/bills/${bill.id}/payments`, { amountFen: bill.amountFen - 100, paidOn: '2026-12-06', method: 'payroll' })).json()).toMatchObject({ status: 'paid', paidFen: bill.amountFen });
    const mine = (await s('GET', `${U}/leases/mine`)).json().items as Array<{ id: string }>;
    expect(mine.map((m) => m.id)).toContain(lease.id);
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#888888' } }).png().toBuffer();
    const photo = await upload(app, center, 'estate.housing-checklist.photo', '热水器.png', png);
    expect(photo.statusCode).toBe(201);
    const items = [{ name: '门锁', condition: 'good' }, { name: '热水器', condition: 'worn', note: '外壳有划痕', photoFileIds: [photo.json().id] }];
    expect((await c('POST', `${U}/leases/${lease.id}/checklists`, { kind: 'move-in', checkedOn: '2026-12-01', items })).statusCode).toBe(201);
    const early = await c('POST', `${U}/leases/${lease.id}/exit`, { reason: 'bought-home', exitDate: '2027-03-15' });
    expect(early.json().code).toBe('HOUSING_MOVE_OUT_CHECKLIST_MISSING');
    expect((await c('GET', `/api/v1/files/${photo.json().id}`)).statusCode).toBe(200);
    await c('POST', `${U}/leases/${lease.id}/checklists`, { kind: 'move-out', checkedOn: '2027-03-15', items: items.map((i) => ({ ...i, photoFileIds: [] })) });
    const ex = await c('POST', `${U}/leases/${lease.id}/exit`, { reason: 'bought-home', exitDate: '2027-03-15' });
    expect(ex.json()).toMatchObject({ status: 'ended', exitReason: 'bought-home' });
    expect((await c('GET', `${U}/flats/${lease.flatId}`)).json().status).toBe('available');
    const after = (await c('GET', `${U}/leases/${lease.id}`)).json().bills as Array<{ month: string; status: string }>;
    // months after 2027-03 (2027-04 … 2027-11 = 8 bills) are cancelled; 2026-12 was paid
    expect(after.filter((b) => b.status === 'cancelled').map((b) => b.month)).toEqual(['2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10', '2027-11']);
  });

  it('the agency officer cannot review applications nor manage leases (center acts)', async () => {
    const any = (await c('GET', `${U}/applications?pageSize=1`)).json().items[0];
    expect((await a('POST', `${U}/applications/${any.id}/review`, { decision: 'approve', comment: 'x' })).statusCode).toBe(403);
    expect((await a('POST', `${U}/leases`, { applicationId: any.id, startDate: '2026-12-01' })).statusCode).toBe(403);
    expect((await a('POST', `${U}/flats`, { regionId, estateName: 'x', buildingName: 'x', number: '1', areaM2: 1, layout: 'x', rentFen: 1 })).statusCode).toBe(403);
  });

  it('scope: an agency officer lists only applications of their agency', async () => {
    const mine = (await a('GET', `${U}/applications?pageSize=200`)).json().items as Array<{ agencyId: string }>;
    const agencyId = (await rows(app, `select scope_id from platform_grant g join platform_account a on a.id = g.account_id where a.username = 'agency' limit 1`))[0]!.scope_id;
    expect(mine.every((x) => x.agencyId === agencyId)).toBe(true);
    const other = (await c('GET', `${U}/applications?pageSize=200`)).json().items.find((x: { agencyId: string }) => x.agencyId !== agencyId);
    expect((await a('GET', `${U}/applications/${other.id}`)).statusCode).toBe(404);
  });

  it('portal: a cadre reads the rounds open in their region with the rules summary and their own application (GET /rounds/open)', async () => {
    const open0 = await s('GET', `${U}/rounds/open`);
    expect(open0.statusCode).toBe(200);
    const demo = (open0.json().items as Array<{ code: string; criteria: Array<{ zh: string; en: string }>; myApplication: unknown; applyFrom: string; applyTo: string }>).find((r) => r.code === DEMO_OPEN_ROUND_CODE)!;
    // the demo rule set: yearsSinceHire lte 8, ownsHomeInCity eq false, familySize gte 1
    expect(demo).toMatchObject({ applyFrom: '2026-06-01', applyTo: '2030-12-31', myApplication: null });
    expect(demo.criteria.map((x) => x.zh)).toEqual(['入职年限 ≤ 8年', '本市自有住房 = 否', '家庭人口 ≥ 1人']);
    expect(demo.criteria[0]!.en).toBe('Years since hire ≤ 8 years');
    // the drawn demo round (status drawn) is not open
    expect((open0.json().items as Array<{ code: string }>).some((r) => r.code === DEMO_DRAWN_ROUND_CODE)).toBe(false);
    const roundId = await newRound('T-O');
    const listed = (await s('GET', `${U}/rounds/open`)).json().items.find((r: { id: string }) => r.id === roundId);
    expect(listed).toMatchObject({ myApplication: null, ruleSetName: '测试规则' });
    const ap = await s('POST', `${U}/applications`, { roundId, familySize: 2, ownsHomeInCity: false });
    expect(ap.statusCode).toBe(201);
    expect((await s('GET', `${U}/rounds/open`)).json().items.find((r: { id: string }) => r.id === roundId).myApplication).toEqual({ id: ap.json().id, status: 'submitted' });
    // closed for applications: no longer listed
    await c('POST', `${U}/rounds/${roundId}/close-applications`);
    expect((await s('GET', `${U}/rounds/open`)).json().items.some((r: { id: string }) => r.id === roundId)).toBe(false);
    // a round whose window has not started is not open today
    const later = await c('POST', `${U}/rounds`, { code: 'T-L', name: '未开始', regionId, ruleSetId, method: 'score', referenceDate: '2026-06-01', applyFrom: day(3), applyTo: day(30), quota: 1 });
    expect((await s('GET', `${U}/rounds/open`)).json().items.some((r: { id: string }) => r.id === later.json().id)).toBe(false);
    // another region's round (not the staff's agency region nor above it) is not listed
    const staffRegion = (await rows(app, `select reg.path from platform_account a join platform_person p on p.id = a.person_id join platform_agency ag on ag.id = p.agency_id join platform_region reg on reg.id = ag.region_id where a.username = 'staff'`))[0]!.path as string;
    const other = (await rows(app, `select id from platform_region where '${staffRegion}' not like path || '%' order by code limit 1`))[0];
    if (other) {
      const far = await c('POST', `${U}/rounds`, { code: 'T-F', name: '外区批次', regionId: other.id, ruleSetId, method: 'score', referenceDate: '2026-06-01', applyFrom: '2026-01-01', applyTo: '2099-12-31', quota: 1 });
      expect(far.statusCode).toBe(201);
      expect((await s('GET', `${U}/rounds/open`)).json().items.some((r: { id: string }) => r.id === far.json().id)).toBe(false);
    }
    // the console list stays closed to cadres
    expect((await s('GET', `${U}/rounds`)).statusCode).toBe(403);
  });

  it('portal: a cadre reads the notice list of their region and objects to an entry (GET /rounds/notices)', async () => {
    const roundId = await newRound('T-N');
    const r = await s('POST', `${U}/applications`, { roundId, familySize: 2, ownsHomeInCity: false });
    await c('POST', `${U}/applications/${r.json().id}/review`, { decision: 'approve', comment: 'ok' });
    await c('POST', `${U}/rounds/${roundId}/close-applications`);
    expect((await s('GET', `${U}/rounds/notices`)).json().items.some((x: { id: string }) => x.id === roundId)).toBe(false);
    await c('POST', `${U}/rounds/${roundId}/notice`, { noticeStart: day(0), noticeEnd: day(3) });
    const n = (await s('GET', `${U}/rounds/notices`)).json().items.find((x: { id: string }) => x.id === roundId);
    const name = (await rows(app, `select p.name from platform_account a join platform_person p on p.id = a.person_id where a.username = 'staff'`))[0]!.name;
    expect(n).toMatchObject({ noticeStart: day(0), noticeEnd: day(3), entries: [{ applicationId: r.json().id, personName: name, score: r.json().score, mine: true }] });
    const o = await s('POST', `${U}/objections`, { applicationId: r.json().id, text: '请核实家庭人口' });
    expect(o.statusCode).toBe(201);
    expect(o.json()).toMatchObject({ roundId, status: 'open' });
  });

  it('leases list and detail carry the tenant\'s name and the flat\'s label', async () => {
    const list = (await c('GET', `${U}/leases?pageSize=3`)).json().items as Array<{ id: string; personId: string; flatId: string; personName: string; flatLabel: string }>;
    expect(list.length).toBeGreaterThan(0);
    for (const l of list) {
      const f = (await c('GET', `${U}/flats/${l.flatId}`)).json();
      const p = (await rows(app, `select name from platform_person where id = '${l.personId}'`))[0]!.name;
      // label = estate + building + unit + number, e.g. 新城惠民公寓1幢1单元101
      expect(l).toMatchObject({ personName: p, flatLabel: `${f.estateName}${f.buildingName}${f.unit}${f.number}` });
      const d = (await c('GET', `${U}/leases/${l.id}`)).json();
      expect(d).toMatchObject({ personName: l.personName, flatLabel: l.flatLabel });
    }
    const x = await c('GET', `${U}/leases?format=xlsx`);
    expect(x.statusCode).toBe(200);
    const sheet = await readXlsx(x.rawPayload);
    // header + every lease the center sees
    expect(sheet).toHaveLength(1 + (await c('GET', `${U}/leases?pageSize=1`)).json().total);
    expect(sheet[0]!.slice(0, 2)).toEqual(['承租人', '房源']);
    expect(list[0]!.flatLabel).toMatch(/^(新城惠民公寓|临城人才公寓|定海保障房小区|普陀东港公寓)\d幢\d单元\d+$/);
  });
});
