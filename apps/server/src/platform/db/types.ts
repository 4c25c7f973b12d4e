import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.js';

export type Schema = typeof schema;
/** A database handle or a transaction: both drivers (PGlite, node-postgres) share this type. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
