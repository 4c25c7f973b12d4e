/**
 * Statements built once. Drizzle turns a query into SQL text on every call — 0.1–0.6 ms of Node time
 * for a join or a wide insert, and on PostgreSQL the server parses and plans that text again each
 * time. A hot statement written with `sql.placeholder(…)` is built on its first use and afterwards
 * only run: on the pool or on a transaction, whichever handle the caller holds. On PostgreSQL it is a
 * named statement, parsed and planned once per connection; PGlite runs the same text each time.
 *
 *   const personById = prepared('org_person_by_id', (db) => db.select().from(people).where(eq(people.id, sql.placeholder('id'))));
 *   const [row] = await personById(tx, { id });
 *
 * Only for statements whose text never changes: conditions that vary (filters, scopes) stay in the
 * query builder, or are checked after the read.
 */
import { is, Param, Placeholder, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from './types.js';

interface Runnable<R> { execute(values?: Record<string, unknown>): Promise<R> }
interface Preparable<R> { prepare(name: string): Runnable<R> }
/** Drizzle keeps a handle's driver client (pool, pooled connection, PGlite, PGlite transaction) on its session. */
interface WithSession { session: { client: unknown } }

export type Prepared<R> = (db: Db, values?: Record<string, unknown>) => Promise<R>;

const names = new Set<string>();

function claim(name: string): void {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error(`prepared statement name "${name}" must be lower_snake_case`);
  // why: PostgreSQL refuses a second text under a name a connection already holds.
  if (names.has(name)) throw new Error(`prepared statement "${name}" is defined twice`);
  names.add(name);
}

export function prepared<R>(name: string, build: (db: Db) => Preparable<R>): Prepared<R> {
  claim(name);
  // One built statement per driver session class (node-postgres, PGlite): a process may hold both.
  const built = new Map<unknown, Runnable<R>>();
  return (db, values) => {
    const session = (db as unknown as WithSession).session;
    let template = built.get(session.constructor);
    if (!template) {
      template = build(db).prepare(name);
      nullSafeEncoders(template);
      built.set(session.constructor, template);
    }
    // why a child object: the built statement is shared; only the client it runs on is the caller's.
    const run = Object.create(template) as Runnable<R> & { client: unknown };
    run.client = session.client;
    return run.execute(values);
  };
}

/**
 * Drizzle hands a placeholder's value to its column's encoder even when it is null, and some
 * encoders (timestamps) cannot take null; the built statement's own parameters get a guard.
 */
function nullSafeEncoders(template: unknown): void {
  for (const p of (template as { params?: unknown[] }).params ?? []) {
    if (!is(p, Param) || !is(p.value, Placeholder) || !p.encoder) continue;
    const encoder = p.encoder;
    (p as { encoder: typeof encoder }).encoder = { mapToDriverValue: (v: unknown) => (v === null || v === undefined ? null : encoder.mapToDriverValue(v)) };
  }
}

/**
 * The values of one run of a statement whose conditions vary (a list's filters and scopes): each
 * `bind(value)` stands for the value as a placeholder `b0`, `b1`, … in call order.
 */
export class Binds {
  readonly values: Record<string, unknown> = {};
  private n = 0;
  readonly bind = (value: unknown): Placeholder<string> => {
    const name = `b${this.n++}`;
    this.values[name] = value;
    return sql.placeholder(name);
  };
}

const dialect = new PgDialect();

/**
 * The shape of a condition written with `Binds`: its text, and every value that was not bound. A
 * value left unbound by mistake thus makes another shape, never a statement run with a stale value.
 */
export function shapeOf(condition: SQL | undefined): string {
  if (!condition) return '';
  const q = dialect.sqlToQuery(condition);
  const fixed = q.params.map((p) => (is(p, Placeholder) ? `:${p.name}` : is(p, Param) && is(p.value, Placeholder) ? `:${p.value.name}` : p));
  return `${q.sql}\u0000${JSON.stringify(fixed)}`;
}

/**
 * A family of prepared statements, one per shape of a query whose conditions vary: `shape` must
 * name everything that changes the statement's text (use `shapeOf` for conditions written with
 * `Binds`, plus the sort, the paging mode…); the values come with each run. At most `maxShapes`
 * are kept as named statements; rarer shapes beyond them are built and run each time.
 */
export function preparedFamily(baseName: string, maxShapes = 64) {
  claim(baseName);
  const members = new Map<string, Prepared<unknown>>();
  return <R>(shape: string, build: (db: Db) => Preparable<R>): Prepared<R> => {
    let member = members.get(shape) as Prepared<R> | undefined;
    if (member) return member;
    if (members.size >= maxShapes) return (db, values) => build(db).prepare(undefined as unknown as string).execute(values);
    member = prepared(`${baseName}_${members.size}`, build);
    members.set(shape, member as Prepared<unknown>);
    return member;
  };
}

/** A hand-written statement (what `db.execute(sql…)` runs) as something `prepared` can build: rows as objects. */
export function rawStatement(db: Db, query: SQL): Preparable<{ rows: Array<Record<string, unknown>> }> {
  type RawSession = { prepareQuery(q: { sql: string; params: unknown[] }, fields: undefined, name: string, arrayMode: boolean): Runnable<{ rows: Array<Record<string, unknown>> }> };
  return { prepare: (name) => (db as unknown as { session: RawSession }).session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false) };
}
