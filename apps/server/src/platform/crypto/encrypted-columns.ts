import { getTableName, type Column, type Table } from 'drizzle-orm';

/**
 * The registry of encrypted columns: every table column that holds `FieldCrypto.encrypt` output,
 * with the blind-index column computed from the same clear text (if any). Key rotation
 * (`npm run crypto:rotate`) re-encrypts exactly what is registered here, so a module that stores
 * an encrypted field registers it when it is composed:
 *
 *   registerEncryptedColumn({ table: people, idColumn: people.id, encColumn: people.idNumberEnc, bidxColumn: people.idNumberBidx });
 *
 * Drizzle objects or plain SQL names are accepted. Registering the same column again is a no-op.
 */
export interface EncryptedColumnInput {
  table: Table | string;
  /** The primary key (one column). */
  idColumn: Column | string;
  encColumn: Column | string;
  bidxColumn?: Column | string | null | undefined;
}

/** A registered column, by SQL names. */
export interface EncryptedColumn {
  table: string;
  idColumn: string;
  encColumn: string;
  bidxColumn: string | null;
}

const IDENT = /^[a-z_][a-z0-9_]*$/;
const registry = new Map<string, EncryptedColumn>();

const nameOf = (c: Column | string, what: string): string => {
  const n = typeof c === 'string' ? c : c.name;
  if (!IDENT.test(n)) throw new Error(`encrypted column: bad ${what} name ${n}`);
  return n;
};

export function registerEncryptedColumn(input: EncryptedColumnInput): EncryptedColumn {
  const col: EncryptedColumn = {
    table: nameOf(typeof input.table === 'string' ? input.table : getTableName(input.table), 'table'),
    idColumn: nameOf(input.idColumn, 'id column'),
    encColumn: nameOf(input.encColumn, 'column'),
    bidxColumn: input.bidxColumn ? nameOf(input.bidxColumn, 'blind index column') : null,
  };
  const key = `${col.table}.${col.encColumn}`;
  const known = registry.get(key);
  if (known) {
    if (known.idColumn !== col.idColumn || known.bidxColumn !== col.bidxColumn) throw new Error(`encrypted column ${key} registered twice with different settings`);
    return known;
  }
  registry.set(key, col);
  return col;
}

/** Every registered column, in registration order. */
export function encryptedColumns(): EncryptedColumn[] {
  return [...registry.values()];
}
