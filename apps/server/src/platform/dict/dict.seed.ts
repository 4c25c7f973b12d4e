import { inArray } from 'drizzle-orm';
import type { Db } from '../db/types.js';
import { SINCE, seedTables, type SeedTable } from './dict-seed.data.js';
import { dictItems, dictTypes } from './dict.table.js';

/**
 * Adds the dictionaries the specification names and their entries, where missing (idempotent).
 * An entry is identified by (type, code, effective_from): one an administrator changed, retired or
 * disabled is left as it is, and nothing is overwritten. Not audited: it is the product's own data.
 */
export async function seedDictionaries(db: Db, tables: SeedTable[] = seedTables): Promise<{ types: number; items: number }> {
  return db.transaction(async (tx) => {
    const types = await tx.insert(dictTypes).values(tables.map((t) => ({ ...t.type, unit: t.type.unit ?? null, description: t.type.description ?? null })))
      .onConflictDoNothing().returning({ code: dictTypes.code });
    const existing = await tx.select({ typeCode: dictItems.typeCode, code: dictItems.code, from: dictItems.effectiveFrom }).from(dictItems)
      .where(inArray(dictItems.typeCode, tables.map((t) => t.type.code)));
    const have = new Set(existing.map((e) => `${e.typeCode}\u0000${e.code}\u0000${e.from}`));
    const missing = tables.flatMap((t) => t.items.map((item, i) => ({
      ...item, typeCode: t.type.code, effectiveFrom: item.effectiveFrom ?? SINCE, sort: (i + 1) * 10, active: true,
    }))).filter((i) => !have.has(`${i.typeCode}\u0000${i.code}\u0000${i.effectiveFrom}`));
    if (missing.length) await tx.insert(dictItems).values(missing);
    return { types: types.length, items: missing.length };
  });
}
