/**
 * The primary-key floor: a bare Fastify server on the bench database that serves
 * `GET /pk/:id` with one prepared Drizzle statement (`select * from platform_person where id = $1`),
 * opened with the product's own database code (same driver, same pool size). It also serves
 * `GET /sample`: ids and words the load scenarios draw their random requests from.
 *
 * Environment: PORT, DATABASE_URL or DATA_DIR (as the product).
 */
import { eq, sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { openDatabase } from '../../apps/server/src/platform/db/database.js';
import { agencies, people } from '../../apps/server/src/platform/org/org.table.js';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 0);
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.DATABASE_URL ? undefined : process.env.DATA_DIR });
  const db = database.db;
  const byId = db.select().from(people).where(eq(people.id, sql.placeholder('id'))).prepare('bench_floor_pk');

  const app = Fastify({ logger: false });
  app.get<{ Params: { id: string } }>('/pk/:id', async (req, reply) => {
    const [row] = await byId.execute({ id: req.params.id });
    if (!row) return reply.status(404).send({ code: 'NOT_FOUND' });
    return row;
  });
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/sample', async () => {
    const personIds = (await db.execute(sql`select id from ${people} order by random() limit 5000`) as unknown as { rows: Array<{ id: string }> }).rows.map((r) => r.id);
    const agencyIds = (await db.select({ id: agencies.id }).from(agencies)).map((r) => r.id);
    const [n] = (await db.execute(sql`select (select count(*) from ${people})::int as people, (select count(*) from platform_audit_log)::int as audit,
      (select value from platform_setting where key = 'bench.scale') as scale`) as unknown as { rows: Array<{ people: number; audit: number; scale: string | null }> }).rows;
    const loginUsers = (await db.execute(sql`select username from platform_account where username like 'bench-user-%' order by username`) as unknown as { rows: Array<{ username: string }> }).rows.map((r) => r.username);
    return { personIds, agencyIds, loginUsers, people: n?.people ?? 0, auditRecords: n?.audit ?? 0, scale: n?.scale ?? null };
  });
  app.addHook('onClose', async () => { await database.close(); });
  const close = () => { void app.close().then(() => process.exit(0)); };
  process.on('SIGTERM', close);
  process.on('SIGINT', close);
  await app.listen({ port, host: '127.0.0.1' });
  console.log(`floor-server listening on ${port}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
