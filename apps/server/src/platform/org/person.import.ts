/**
 * The people import on the import framework (`org.person`): the same columns as the synchronous
 * import's template, batched reference checks, bulk insert with unnest, ID numbers and mobiles
 * sealed with the field crypto, one audit record per batch.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { maskMiddle, type FieldCrypto } from '../crypto/field-crypto.js';
import { newId } from '../db/columns.js';
import type { Db } from '../db/types.js';
import { defineImport, type ImportColumn, type RowError } from '../excel/index.js';
import { inScope } from '../rbac/scope.js';
import { adminLevels, codeFromLabel, genders, personStatuses, ranks } from './org.constants.js';
import { personInput } from './org.schemas.js';
import { orgPermissions } from './org.permissions.js';
import { personTemplate } from './org-import.service.js';

type Labels = Record<string, { zh: string; en: string }>;
const label = (table: Labels) => (text: string) => {
  const code = codeFromLabel(table, text);
  if (!code) throw new Error(`“${text}”不在代码表中`);
  return code;
};
const date = (text: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!d || d.toISOString().slice(0, 10) !== text) throw new Error('日期格式应为 YYYY-MM-DD，且须是有效日期');
  return text;
};

const spec: Record<string, Pick<ImportColumn, 'key' | 'required' | 'parse' | 'unique'>> = {
  姓名: { key: 'name', required: true },
  性别: { key: 'gender', required: true, parse: label(genders) },
  单位编码: { key: 'agencyRef', required: true },
  处室: { key: 'departmentName' },
  职级: { key: 'rank', required: true, parse: label(ranks) },
  职务: { key: 'post' },
  行政层级: { key: 'adminLevel', required: true, parse: label(adminLevels) },
  身份证号: { key: 'idNumber', parse: (t) => t.toUpperCase(), unique: true },
  手机号: { key: 'mobile' },
  出生日期: { key: 'birthday', parse: date },
  入职日期: { key: 'entryDate', parse: date },
  状态: { key: 'status', parse: label(personStatuses) },
};

export const personImportColumns: ImportColumn[] = personTemplate.map((t) => ({ ...t, ...spec[t.header]! }));

const personImportRow = personInput.omit({ agencyId: true, departmentId: true, positionId: true })
  .extend({ agencyRef: z.string().min(1), departmentName: z.string().max(64).optional() });
type PersonImportRow = z.infer<typeof personImportRow>;
type Resolved = PersonImportRow & { agencyId: string; departmentId: string | null };

const arr = (values: unknown[], type: string) => sql`${sql.param(values)}::${sql.raw(type)}[]`;

export function personImportDefinition(crypto: FieldCrypto) {
  return defineImport<PersonImportRow, Resolved>({
    name: 'org.person',
    title: '人员',
    permission: orgPermissions.personImport,
    columns: personImportColumns,
    rowSchema: personImportRow,
    async resolve(rows, { tx, scopes }) {
      const errors: RowError[] = [];
      const refs = [...new Set(rows.map((r) => r.value.agencyRef))];
      const agencyRows = await rows0<{ id: string; code: string; name: string }>(tx, sql`select id, code, name from platform_agency where code = any(${arr(refs, 'text')}) or name = any(${arr(refs, 'text')})`);
      const byRef = new Map<string, { id: string; name: string }>();
      for (const a of agencyRows) { byRef.set(a.name, a); byRef.set(a.code, a); }
      const ids = agencyRows.map((a) => a.id);
      const deptRows = ids.length ? await rows0<{ id: string; agency_id: string; name: string }>(tx, sql`select id, agency_id, name from platform_department where agency_id = any(${arr(ids, 'uuid')})`) : [];
      const dept = new Map(deptRows.map((d) => [`${d.agency_id}\u0000${d.name}`, d.id]));
      const allowed = new Map<string, boolean>();
      for (const a of agencyRows) if (!allowed.has(a.id)) allowed.set(a.id, await inScope(tx, scopes, { agencyId: a.id }));
      const bidx = rows.filter((r) => r.value.idNumber).map((r) => crypto.blindIndex(r.value.idNumber!));
      const taken = bidx.length ? await rows0<{ bidx: string; name: string }>(tx, sql`select id_number_bidx as bidx, name from platform_person where id_number_bidx = any(${arr(bidx, 'text')})`) : [];
      const holder = new Map(taken.map((t) => [t.bidx, t.name]));
      const out: Array<{ row: number; value: Resolved }> = [];
      for (const { row, value: v } of rows) {
        const before = errors.length;
        const agency = byRef.get(v.agencyRef);
        if (!agency) errors.push({ row, column: '单位编码', message: `单位“${v.agencyRef}”不存在` });
        else if (!allowed.get(agency.id)) errors.push({ row, column: '单位编码', message: `您无权向单位“${agency.name}”导入人员` });
        const departmentId = agency && v.departmentName ? dept.get(`${agency.id}\u0000${v.departmentName}`) : undefined;
        if (agency && v.departmentName && !departmentId) errors.push({ row, column: '处室', message: `单位“${agency.name}”下没有处室“${v.departmentName}”` });
        const dup = v.idNumber ? holder.get(crypto.blindIndex(v.idNumber)) : undefined;
        if (dup) errors.push({ row, column: '身份证号', message: `身份证号已登记给“${dup}”` });
        if (errors.length === before) out.push({ row, value: { ...v, agencyId: agency!.id, departmentId: departmentId ?? null } });
      }
      return { errors, rows: out };
    },
    async insertBatch(tx, rows) {
      const ids = rows.map(() => newId());
      const col = <T>(f: (v: Resolved) => T) => rows.map((r) => f(r.value));
      const seal = (v: string | null | undefined) => (v ? { enc: crypto.encrypt(v), bidx: crypto.blindIndex(v), masked: maskMiddle(v) } : null);
      const idn = col((v) => seal(v.idNumber));
      const mob = col((v) => seal(v.mobile));
      await tx.execute(sql`insert into platform_person (id, agency_id, department_id, name, gender, rank, post, admin_level, birthday, entry_date, status,
          id_number_enc, id_number_bidx, id_number_masked, mobile_enc, mobile_bidx, mobile_masked)
        select * from unnest(${arr(ids, 'uuid')}, ${arr(col((v) => v.agencyId), 'uuid')}, ${arr(col((v) => v.departmentId), 'uuid')},
          ${arr(col((v) => v.name), 'text')}, ${arr(col((v) => v.gender), 'text')}, ${arr(col((v) => v.rank), 'text')}, ${arr(col((v) => v.post ?? null), 'text')},
          ${arr(col((v) => v.adminLevel), 'text')}, ${arr(col((v) => v.birthday ?? null), 'date')}, ${arr(col((v) => v.entryDate ?? null), 'date')},
          ${arr(col((v) => v.status), 'text')},
          ${arr(idn.map((s) => s?.enc ?? null), 'text')}, ${arr(idn.map((s) => s?.bidx ?? null), 'text')}, ${arr(idn.map((s) => s?.masked ?? null), 'text')},
          ${arr(mob.map((s) => s?.enc ?? null), 'text')}, ${arr(mob.map((s) => s?.bidx ?? null), 'text')}, ${arr(mob.map((s) => s?.masked ?? null), 'text')})`);
      return ids;
    },
    auditSummary: (ids, b) => ({
      action: 'org.person.import', objectType: 'person', objectId: null,
      after: { importJobId: b.jobId, batch: b.index, rows: `${b.firstRow}-${b.lastRow}`, count: ids.length, ids },
    }),
  });
}

async function rows0<T>(tx: Db, q: ReturnType<typeof sql>): Promise<T[]> {
  const r = await tx.execute(q);
  return ((r as { rows?: unknown[] }).rows ?? (r as unknown as unknown[])) as T[];
}
