import { eq, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import { AppError } from '../http/errors.js';
import { readXlsxRows, type TemplateColumn } from '../excel/xlsx.js';
import { inScope, type Scope } from '../rbac/scope.js';
import type { AgencyService } from './agency.service.js';
import { adminLevels, agencyKinds, codeFromLabel, genders, personStatuses, ranks } from './org.constants.js';
import { agencyInput, personInput } from './org.schemas.js';
import { agencies, departments, regions } from './org.table.js';
import type { PersonService } from './person.service.js';

export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

const MAX_REPORTED = 500;

export const agencyTemplate: TemplateColumn[] = [
  { header: '单位编码', note: '必填，唯一，字母数字', example: '330900999' },
  { header: '单位名称', note: '必填，唯一', example: '舟山市示例局', width: 28 },
  { header: '简称', note: '可选', example: '示例局' },
  { header: '单位性质', note: `必填：${Object.values(agencyKinds).map((k) => k.zh).join('/')}`, example: '政府' },
  { header: '所属区域', note: '必填：区域名称或代码，如 市本级、定海区', example: '市本级' },
  { header: '编制人数', note: '整数，默认 0', example: '30' },
  { header: '地址', note: '可选', example: '舟山市定海区千岛路 1 号', width: 30 },
];

export const personTemplate: TemplateColumn[] = [
  { header: '姓名', note: '必填', example: '张三' },
  { header: '性别', note: '必填：男/女', example: '男' },
  { header: '单位编码', note: '必填：单位编码或单位全称', example: '330900001', width: 20 },
  { header: '处室', note: '可选：该单位已有的处室名称', example: '办公室' },
  { header: '职级', note: `必填：${Object.values(ranks).map((k) => k.zh).join('/')}`, example: '一级科员' },
  { header: '职务', note: '可选', example: '科员' },
  { header: '行政层级', note: '必填：中央/省/市/县/乡（影响办公用房标准）', example: '市' },
  { header: '身份证号', note: '可选，18 位，校验位须正确', example: '', width: 22 },
  { header: '手机号', note: '可选，11 位', example: '' },
  { header: '出生日期', note: '可选，YYYY-MM-DD', example: '1990-01-01' },
  { header: '入职日期', note: '可选，YYYY-MM-DD', example: '2015-07-01' },
  { header: '状态', note: '可选：在职/调离/退休/离职，默认在职', example: '在职' },
];

function collect<T>(errs: ImportRowError[], row: number, schema: z.ZodType<T>, value: unknown, headerOf: Record<string, string>): T | null {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const i of r.error.issues) errs.push({ row, field: headerOf[String(i.path[0])] ?? String(i.path[0]), message: i.message });
  return null;
}

/** Throws the per-row report; one error per row and field (the first found). */
function fail(all: ImportRowError[]): never {
  const errs = all.filter((e, i) => all.findIndex((x) => x.row === e.row && x.field === e.field) === i);
  const shown = errs.slice(0, MAX_REPORTED);
  throw new AppError(422, 'IMPORT_INVALID', `导入失败：共 ${errs.length} 处错误，未导入任何数据`, `Import failed with ${errs.length} error(s); nothing was imported`, undefined, { errors: shown, totalErrors: errs.length });
}

const emptyToUndef = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);

export function createOrgImportService(db: Db, agenciesSvc: AgencyService, peopleSvc: PersonService) {
  async function importAgencies(actor: Actor, scopes: readonly Scope[], file: Buffer) {
    const rows = await readXlsxRows(file);
    const errs: ImportRowError[] = [];
    if (rows.length === 0) fail([{ row: 1, field: '', message: '文件中没有数据行' }]);
    const regionRows = await db.select({ id: regions.id, code: regions.code, name: regions.name }).from(regions);
    const headerOf = { code: '单位编码', name: '单位名称', shortName: '简称', kind: '单位性质', regionId: '所属区域', headcount: '编制人数', address: '地址' };
    const seen = new Map<string, number>();
    const inputs = rows.map(({ row, values: v }) => {
      const regionText = v['所属区域'] ?? '';
      const region = regionRows.find((r) => r.name === regionText || r.code === regionText);
      if (regionText && !region) errs.push({ row, field: '所属区域', message: `区域“${regionText}”不存在` });
      const kindText = v['单位性质'] ?? '';
      const kind = codeFromLabel(agencyKinds, kindText);
      if (kindText && !kind) errs.push({ row, field: '单位性质', message: `单位性质“${kindText}”不在代码表中` });
      for (const key of ['单位编码', '单位名称'] as const) {
        const val = v[key];
        if (!val) continue;
        const prev = seen.get(`${key}:${val}`);
        if (prev) errs.push({ row, field: key, message: `与第 ${prev} 行重复` });
        else seen.set(`${key}:${val}`, row);
      }
      const headcount = v['编制人数'] ? Number(v['编制人数']) : 0;
      return collect(errs, row, agencyInput, {
        code: v['单位编码'], name: v['单位名称'], shortName: emptyToUndef(v['简称']), kind: kind ?? (kindText ? 'invalid' : undefined),
        regionId: region?.id, headcount, address: emptyToUndef(v['地址']),
      }, headerOf);
    });
    const existing = await db.select({ code: agencies.code, name: agencies.name }).from(agencies);
    const codes = new Set(existing.map((e) => e.code));
    const names = new Set(existing.map((e) => e.name));
    for (const { row, values: v } of rows) {
      if (v['单位编码'] && codes.has(v['单位编码'])) errs.push({ row, field: '单位编码', message: `编码“${v['单位编码']}”已存在` });
      if (v['单位名称'] && names.has(v['单位名称'])) errs.push({ row, field: '单位名称', message: `名称“${v['单位名称']}”已存在` });
    }
    if (errs.length) fail(errs);
    const created = await db.transaction(async (tx) => {
      for (const inp of inputs) await agenciesSvc.create(actor, scopes, inp!, tx);
      return inputs.length;
    });
    return { created };
  }

  async function importPeople(actor: Actor, scopes: readonly Scope[], file: Buffer) {
    const rows = await readXlsxRows(file);
    const errs: ImportRowError[] = [];
    if (rows.length === 0) fail([{ row: 1, field: '', message: '文件中没有数据行' }]);
    const headerOf = { name: '姓名', gender: '性别', agencyId: '单位编码', departmentId: '处室', rank: '职级', post: '职务', adminLevel: '行政层级', idNumber: '身份证号', mobile: '手机号', birthday: '出生日期', entryDate: '入职日期', status: '状态' };
    const agencyKeys = [...new Set(rows.map((r) => r.values['单位编码']).filter((v): v is string => !!v))];
    const agencyRows = agencyKeys.length
      ? await db.select({ id: agencies.id, code: agencies.code, name: agencies.name }).from(agencies).where(or(...agencyKeys.flatMap((k) => [eq(agencies.code, k), eq(agencies.name, k)])))
      : [];
    const deptRows = agencyRows.length
      ? await db.select({ id: departments.id, agencyId: departments.agencyId, name: departments.name }).from(departments).where(or(...agencyRows.map((a) => eq(departments.agencyId, a.id))))
      : [];
    const allowed = new Map<string, boolean>();
    for (const a of agencyRows) allowed.set(a.id, await inScope(db, scopes, { agencyId: a.id }));
    const seenId = new Map<string, number>();
    const inputs = rows.map(({ row, values: v }) => {
      const agencyText = v['单位编码'] ?? '';
      const agency = agencyRows.find((a) => a.code === agencyText || a.name === agencyText);
      if (agencyText && !agency) errs.push({ row, field: '单位编码', message: `单位“${agencyText}”不存在` });
      if (agency && !allowed.get(agency.id)) errs.push({ row, field: '单位编码', message: `您无权向单位“${agency.name}”导入人员` });
      const deptText = v['处室'] ?? '';
      const dept = agency && deptText ? deptRows.find((d) => d.agencyId === agency.id && d.name === deptText) : undefined;
      if (agency && deptText && !dept) errs.push({ row, field: '处室', message: `单位“${agency.name}”下没有处室“${deptText}”` });
      const label = <T extends Record<string, { zh: string; en: string }>>(table: T, header: string) => {
        const text = v[header] ?? '';
        if (!text) return undefined;
        const code = codeFromLabel(table, text);
        if (!code) errs.push({ row, field: header, message: `“${text}”不在代码表中` });
        return code ?? 'invalid';
      };
      const idNumber = emptyToUndef(v['身份证号']?.toUpperCase());
      if (idNumber) {
        const prev = seenId.get(idNumber);
        if (prev) errs.push({ row, field: '身份证号', message: `与第 ${prev} 行重复` });
        else seenId.set(idNumber, row);
      }
      return collect(errs, row, personInput, {
        name: v['姓名'], gender: label(genders, '性别'), agencyId: agency?.id, departmentId: dept?.id, rank: label(ranks, '职级'),
        post: emptyToUndef(v['职务']), adminLevel: label(adminLevels, '行政层级'), idNumber, mobile: emptyToUndef(v['手机号']),
        birthday: emptyToUndef(v['出生日期']), entryDate: emptyToUndef(v['入职日期']), status: label(personStatuses, '状态') ?? 'active',
      }, headerOf);
    });
    if (errs.length) fail(errs);
    try {
      const created = await db.transaction(async (tx) => {
        for (const inp of inputs) await peopleSvc.create(actor, scopes, inp!, tx);
        return inputs.length;
      });
      return { created };
    } catch (e) {
      if (e instanceof AppError && e.code === 'PERSON_ID_NUMBER_DUPLICATE') fail([{ row: 0, field: '身份证号', message: e.messageZh }]);
      throw e;
    }
  }

  return { importAgencies, importPeople };
}
