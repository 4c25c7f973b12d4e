/**
 * Hostile input against every route of the OpenAPI document: malformed and oversized bodies,
 * wrong types, boundary values, injection-shaped strings, invalid Unicode, bad path ids and
 * hostile query strings. No answer may be a 5xx; every error is the product's error body with no
 * internals in it; a rejected write inserts or deletes no row of any platform or module table and
 * adds no audit record.
 *
 * The value classes are sampled per route and field with a fixed seed, so that a run is
 * deterministic and short; HOSTILE_SEED=<n> tries another sample.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, login, type Session } from '../helpers/test-app.js';
import { mulberry32, sample } from './prng.js';

const SEED = Number(process.env.HOSTILE_SEED ?? 20231105);
const FIELD_CLASSES_PER_FIELD = 4;

type Json = Record<string, unknown>;
interface Schema {
  type?: string | string[]; format?: string; enum?: unknown[]; properties?: Record<string, Schema>; required?: string[];
  items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[]; $ref?: string; minLength?: number; maxLength?: number;
  minimum?: number; maximum?: number; pattern?: string; default?: unknown; additionalProperties?: unknown;
}
interface Param { in: 'path' | 'query' | 'header' | 'cookie'; name: string; required?: boolean; schema?: Schema }
interface Operation { parameters?: Param[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }
interface Doc { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } }

/** A case: what is sent, and whether it must be rejected (4xx). */
interface Case { label: string; url: string; body?: string | Buffer; contentType?: string; mustReject: boolean }

const LONG = 'x'.repeat(10_000);
const INJECTIONS = ["' OR 1=1 --", '<script>alert(1)</script>', '../../etc/passwd', 'constructor.prototype', '%_\\', 'a\u0000b', '${jndi:ldap://x}', "Robert'); DROP TABLE students;--"];
/** Internals that must never reach a response. */
const LEAK = /\bat [^\n]*:\d+:\d+|node_modules|\/src\/|\.ts:\d+|platform_[a-z]|"stack"|\bselect\b[^"]*\bfrom\b|\binsert into\b|violates|syntax error|duplicate key|relation "|column "|pglite|drizzle|failed query|\berror: /i;

/** Percent-encodes every byte of the UTF-8 text (lone surrogates become U+FFFD, as a browser sends them). */
const pct = (v: string) => [...Buffer.from(v, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

function resolve(doc: Doc, s: Schema | undefined): Schema {
  if (!s) return {};
  if (s.$ref) return resolve(doc, doc.components?.schemas?.[s.$ref.split('/').pop()!]);
  if (s.allOf?.length) return resolve(doc, Object.assign({}, ...s.allOf.map((x) => resolve(doc, x))) as Schema);
  const alt = s.anyOf ?? s.oneOf;
  if (alt?.length) return resolve(doc, alt.find((x) => resolve(doc, x).type !== 'null') ?? alt[0]);
  return s;
}
const typeOf = (s: Schema) => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type) ?? (s.properties ? 'object' : 'string');

describe('hostile input on every route of the OpenAPI document', () => {
  let app: FastifyInstance;
  let doc: Doc;
  const sessions: Record<string, Session> = {};
  let realIds: Record<string, string> = {};
  let countSql: string;
  let counter = 0;

  beforeAll(async () => {
    app = await buildTestApp();
    for (const u of ['center', 'sysadmin', 'secadmin', 'auditor', 'staff']) sessions[u] = await login(app, u);
    doc = (await app.inject('/api/docs/json')).json() as Doc;
    const ids = await app.platform.db.execute(sql`select (select id::text from platform_region order by path limit 1) as "regionId", (select id::text from platform_agency order by code limit 1) as "agencyId"`);
    realIds = (ids as unknown as { rows: Array<Record<string, string>> }).rows[0]!;
    // Every inserted or deleted row of any table is counted per table by a row trigger (cheaper than
    // counting every table after each request, now that the modules' demo data is large).
    const tables = (await app.platform.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name ~ '^(platform|fleet|estate)_' order by 1`)) as unknown as { rows: Array<{ table_name: string }> };
    expect(tables.rows.length).toBeGreaterThan(5);
    await app.platform.database.exec(`create table hostile_writes (t text primary key, n bigint not null);
      create function hostile_count() returns trigger language plpgsql as $$ begin
        insert into hostile_writes values (tg_table_name, 1) on conflict (t) do update set n = hostile_writes.n + 1; return null; end $$;
      ${tables.rows.map((t) => `create trigger hostile_count after insert or delete on "${t.table_name}" for each row execute function hostile_count();`).join('\n')}`);
    countSql = `select coalesce(jsonb_object_agg(t, n), '{}'::jsonb) as counts, (select last_seq::int from platform_audit_head where id = 1) as "audit_head_seq" from hostile_writes`;
  });
  afterAll(async () => { await app?.close(); });

  const snapshot = async (): Promise<Json> => {
    const row = ((await app.platform.db.execute(sql.raw(countSql))) as unknown as { rows: Array<{ counts: Json; audit_head_seq: number }> }).rows[0]!;
    return { ...row.counts, audit_head_seq: row.audit_head_seq };
  };

  /** The signed-in account for a route: the first that holds its permission (center for business routes). */
  function sessionFor(method: string, url: string): Session | null {
    const r = app.routeTable.find((x) => x.method === method && x.url === url);
    if (!r || r.public) return null;
    if (url === '/api/v1/auth/logout') return sessions.staff!; // why: signing out ends the session; use one we do not need.
    if (r.authenticated) return sessions.center!;
    return Object.values(sessions).find((s) => s.user.permissions.includes(r.permission!)) ?? sessions.center!;
  }

  /** A plausible value for a field (real ids for the keys the demo data has), so that one bad field is what is tested. */
  function plausible(name: string, s0: Schema): unknown {
    const s = resolve(doc, s0);
    if (s.enum?.length) return s.enum[0];
    switch (typeOf(s)) {
      case 'integer': case 'number': return Math.max(s.minimum ?? 0, 0);
      case 'boolean': return false;
      case 'array': return [];
      case 'object': return plausibleObject(s);
    }
    if (s.format === 'uuid') return realIds[name] ?? randomUUID();
    if (s.format === 'date-time') return '2024-01-01T00:00:00+08:00';
    counter += 1;
    const known: Record<string, string> = {
      code: `hx${counter}`, username: `hostile${counter}`, birthday: '1990-01-01', entryDate: '2015-08-01', mobile: '13800000000',
      initialPassword: 'Hostile#2024x', password: 'Hostile#2024x', newPassword: 'Hostile#2024y', currentPassword: 'not-the-password',
    };
    if (known[name]) return known[name];
    if (s.pattern) return undefined;
    return `测试${counter}`.padEnd(Math.max(2, s.minLength ?? 0), 'x');
  }
  function plausibleObject(s: Schema): Json {
    const out: Json = {};
    for (const k of s.required ?? []) {
      const v = plausible(k, s.properties?.[k] ?? {});
      if (v !== undefined) out[k] = v;
    }
    return out;
  }

  /** Wrong-typed, boundary and injection values for one field (JSON text of the value). */
  function fieldValues(s0: Schema): Array<[string, string]> {
    const s = resolve(doc, s0);
    const t = typeOf(s);
    const wrongType: Array<[string, string]> = t === 'string' ? [['number for a string', '12345'], ['object for a string', '{"$gt":""}']]
      : t === 'array' ? [['object for an array', '{"0":"a"}'], ['array of nulls', '[null,null]']]
        : t === 'boolean' ? [['string for a boolean', '"true"']]
          : t === 'object' ? [['array for an object', '[1,2]']]
            : [['string for a number', '"12"'], ['boolean for a number', 'true']];
    return [
      ...wrongType,
      ['null', 'null'], ['empty string', '""'], ['zero', '0'], ['minus one', '-1'], ['2^53', String(2 ** 53)], ['1e309 as raw number text', '1e309'],
      ['-0.5', '-0.5'], ['very long string', JSON.stringify(LONG)], ['not a UUID', '"not-a-uuid"'], ['a UUID of nothing', JSON.stringify(randomUUID())],
      ...INJECTIONS.map((v): [string, string] => [`injection ${JSON.stringify(v)}`, JSON.stringify(v)]),
      ['lone surrogate', '"a\\ud800b"'], ['lone low surrogate', '"\\udfff"'], ['prototype key', '{"__proto__":{"admin":true}}'],
    ];
  }

  function casesFor(method: string, path: string, op: Operation, rand: () => number): Case[] {
    const url0 = path.replace(/\{(\w+)\}/g, () => randomUUID());
    const cases: Case[] = [];
    const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
    // why: a key that is not a UUID (a dictionary's code) may legitimately be "not-a-uuid" once a hostile create made it.
    const uuidKeys = pathParams.every((p) => p.schema?.format === 'uuid');
    for (const bad of ['not-a-uuid', '00000000-0000-0000-0000-000000000000', randomUUID(), "'%20OR%201=1%20--", '..%2F..%2Fetc%2Fpasswd', '%ED%A0%80', 'x'.repeat(300)]) {
      if (pathParams.length) cases.push({ label: `path id ${bad.slice(0, 40)}`, url: path.replace(/\{(\w+)\}/g, bad), mustReject: uuidKeys || bad !== 'not-a-uuid' });
    }
    const query = (op.parameters ?? []).filter((p) => p.in === 'query');
    const queryCases: Array<[string, string]> = [
      ['page=-1', 'page=-1'], ['page=0', 'page=0'], ['pageSize=100000', 'pageSize=100000'], ['pageSize=abc', 'pageSize=abc'], ['page=2^53', `page=${2 ** 53}`],
      ['page=1e309', 'page=1e309'], ['sort injection', `sort=${encodeURIComponent('name;drop table')}`], ['sort unknown field', 'sort=password:asc'],
      ['sort bad direction', 'sort=name:sideways'], ['q wildcards', `q=${encodeURIComponent('%_\\')}`], ['q long', `q=${'x'.repeat(5000)}`], ['q NUL', 'q=a%00b'],
      ['q bad percent-encoding', 'q=%E0%A4%A'], ['q overlong UTF-8', 'q=%C0%AF'], ['q lone surrogate', 'q=%ED%A0%80'], ['unknown parameter', 'admin=true'],
      ['prototype parameter', '__proto__[admin]=true'], ['repeated parameter', 'page=1&page=2'],
    ];
    for (const p of query) {
      const vals = fieldValues(p.schema ?? {}).map(([l, v]): [string, string] => [l, (() => { try { const x = JSON.parse(v) as unknown; return typeof x === 'string' ? x : JSON.stringify(x); } catch { return v; } })()]);
      for (const [l, v] of sample(rand, vals, 2)) queryCases.push([`query ${p.name}: ${l}`, `${p.name}=${pct(v)}`]);
    }
    if (query.length || method === 'GET') {
      for (const [label, qs] of queryCases) {
        // why: unknown parameters and list parameters are only rejected where the route declares a query schema.
        cases.push({ label: `query ${label}`, url: `${url0}?${qs}`, mustReject: false });
      }
    }
    if (method === 'GET' || method === 'DELETE' && !op.requestBody) return cases;

    const content = op.requestBody?.content ?? {};
    const jsonSchema = content['application/json']?.schema ? resolve(doc, content['application/json'].schema) : undefined;
    const base = jsonSchema ? plausibleObject(jsonSchema) : {};
    const baseText = JSON.stringify(base);
    const withRaw = (key: string, raw: string) => {
      const rest = JSON.stringify(Object.fromEntries(Object.entries(base).filter(([k]) => k !== key))).slice(1, -1);
      return `{${JSON.stringify(key)}:${raw}${rest ? `,${rest}` : ''}}`;
    };
    const R = true;
    cases.push(
      { label: 'malformed JSON', url: url0, body: '{"name": ', contentType: 'application/json', mustReject: R },
      { label: 'JSON with a trailing comma', url: url0, body: '{"a":1,}', contentType: 'application/json', mustReject: R },
      { label: 'empty JSON body', url: url0, body: '', contentType: 'application/json', mustReject: false },
      { label: 'JSON array instead of an object', url: url0, body: '[]', contentType: 'application/json', mustReject: false },
      { label: 'JSON string instead of an object', url: url0, body: '"x"', contentType: 'application/json', mustReject: false },
      { label: 'oversized body (> 1 MiB)', url: url0, body: JSON.stringify({ ...base, name: 'x'.repeat(1024 * 1024 + 10) }), contentType: 'application/json', mustReject: R },
      { label: 'deeply nested JSON', url: url0, body: `${'['.repeat(5000)}${']'.repeat(5000)}`, contentType: 'application/json', mustReject: false },
      { label: '__proto__ pollution', url: url0, body: `{"__proto__":{"admin":true},${baseText.slice(1)}`.replace(/,}$/, '}'), contentType: 'application/json', mustReject: false },
      { label: 'constructor.prototype pollution', url: url0, body: withRaw('constructor', '{"prototype":{"admin":true}}'), contentType: 'application/json', mustReject: false },
      { label: 'overlong UTF-8 bytes', url: url0, body: Buffer.concat([Buffer.from('{"name":"a'), Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0xed, 0xa0, 0x80]), Buffer.from('b"}')]), contentType: 'application/json', mustReject: false },
      { label: 'text/plain body', url: url0, body: 'hello', contentType: 'text/plain', mustReject: false },
      { label: 'garbage as a spreadsheet', url: url0, body: Buffer.from('PK\u0003\u0004 this is not a zip file'), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', mustReject: false },
      { label: 'garbage octet-stream', url: url0, body: Buffer.alloc(4096, 0xff), contentType: 'application/octet-stream', mustReject: false },
    );
    const props = jsonSchema?.properties ?? {};
    for (const [name, fs] of Object.entries(props)) {
      for (const [label, raw] of sample(rand, fieldValues(fs), FIELD_CLASSES_PER_FIELD)) {
        cases.push({ label: `field ${name}: ${label}`, url: url0, body: withRaw(name, raw), contentType: 'application/json', mustReject: false });
      }
    }
    return cases;
  }

  async function send(method: string, c: Case, s: Session | null): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (s) { headers.cookie = s.cookie; headers['x-csrf-token'] = s.csrf; }
    if (c.contentType) headers['content-type'] = c.contentType;
    const opts: InjectOptions = { method: method as 'GET', url: c.url, headers, ...(c.body !== undefined ? { payload: c.body } : {}) };
    return app.inject(opts);
  }

  it('answers every hostile request without a 5xx, with a clean error body, and writes nothing when it rejects', async () => {
    const rand = mulberry32(SEED);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    let checkedWrites = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/v1/')) continue;
      for (const [m, op] of Object.entries(ops)) {
        const method = m.toUpperCase();
        if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) continue;
        const fastifyUrl = path.replace(/\{(\w+)\}/g, ':$1');
        const s = sessionFor(method, fastifyUrl);
        for (const c of casesFor(method, path, op, rand)) {
          const write = method !== 'GET';
          // why: a failed sign-in is audited and recorded in the sign-in history by design.
          const auditedByDesign = fastifyUrl === '/api/v1/auth/login';
          const before = write && !auditedByDesign ? await snapshot() : null;
          const res = await send(method, c, s);
          sent += 1;
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          const where = `${method} ${path} [${c.label}] → ${res.statusCode}`;
          if (res.statusCode >= 500) { failures.push(`${where}: ${res.body.slice(0, 300)}`); continue; }
          if (c.mustReject && res.statusCode < 400) failures.push(`${where}: expected a 4xx`);
          if (res.statusCode >= 400) {
            let body: Json | null = null;
            try { body = res.json() as Json; } catch { /* not JSON */ }
            if (!body || typeof body.code !== 'string' || typeof body.message !== 'string' || typeof body.messageEn !== 'string') {
              failures.push(`${where}: not the error body: ${res.body.slice(0, 200)}`);
            } else if (LEAK.test(res.body)) {
              failures.push(`${where}: leaks internals: ${res.body.slice(0, 300)}`);
            }
            if (before) {
              checkedWrites += 1;
              const after = await snapshot();
              const changed = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter((k) => after[k] !== before[k]);
              if (changed.length) failures.push(`${where}: a rejected write changed ${changed.map((k) => `${k} ${String(before[k])}→${String(after[k])}`).join(', ')}`);
            }
          }
        }
      }
    }
    console.log(`hostile-input: seed=${SEED}, ${sent} requests, ${checkedWrites} rejected writes checked for side effects; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    expect(sent).toBeGreaterThan(500);
    expect(failures, failures.join('\n')).toEqual([]);
  }, 600_000);

  it('does not let a __proto__ or constructor key change what a request may do', async () => {
    const s = await login(app, 'staff');
    const res = await app.inject({
      method: 'POST', url: '/api/v1/org/departments', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
      payload: `{"__proto__":{"admin":true,"permission":"org:department:write"},"constructor":{"prototype":{"admin":true}},"agencyId":"${realIds.agencyId}","name":"提权测试"}`,
    });
    expect(res.statusCode).toBe(403);
    expect(({} as Json).admin).toBeUndefined();
    expect((Object.prototype as Json).admin).toBeUndefined();
  });
});
