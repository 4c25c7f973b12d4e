/** Process definitions: stored as data, edited in the console, chosen per business type and region. */
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import { errors, type FieldError } from '../http/errors.js';
import { likePattern, orderBy } from '../http/paging.js';
import { people, regions } from '../org/org.table.js';
import { roles } from '../rbac/rbac.table.js';
import type { BusinessTypeRegistry } from './business-types.js';
import type { StepDef } from './workflow.model.js';
import { wfDefinitions } from './workflow.table.js';

export interface DefinitionInput {
  businessType: string;
  regionId?: string | null | undefined;
  name: string;
  description?: string | null | undefined;
  steps: StepDef[];
  active?: boolean | undefined;
}

export interface DefinitionFilter {
  businessType?: string | undefined;
  active?: boolean | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  limit: number;
  offset: number;
}

export type Definition = typeof wfDefinitions.$inferSelect;

export function createDefinitionService(db: Db, types: BusinessTypeRegistry) {
  /** Every role code and person id named in the steps must exist; errors name the field. */
  async function check(tx: Db, input: Partial<DefinitionInput>) {
    const fields: FieldError[] = [];
    if (input.businessType !== undefined && !types.get(input.businessType)) {
      fields.push({ path: 'businessType', code: 'UNKNOWN_TYPE', message: `业务类型“${input.businessType}”未注册` });
    }
    if (input.regionId) {
      const [r] = await tx.select({ id: regions.id }).from(regions).where(eq(regions.id, input.regionId));
      if (!r) fields.push({ path: 'regionId', code: 'NOT_FOUND', message: '所选区域不存在' });
    }
    const roleRefs: Array<{ path: string; code: string }> = [];
    const personRefs: Array<{ path: string; id: string }> = [];
    (input.steps ?? []).forEach((s, i) => {
      if (s.condition?.amountFenMin !== undefined && s.condition.amountFenMax !== undefined && s.condition.amountFenMin > s.condition.amountFenMax) {
        fields.push({ path: `steps.${i}.condition.amountFenMax`, code: 'RANGE', message: '金额上限不能小于下限' });
      }
      s.assignees.forEach((rule, p) => {
        for (const [r, path] of [[rule, `steps.${i}.assignees.${p}`], [rule.fallback, `steps.${i}.assignees.${p}.fallback`]] as const) {
          if (r && (r.kind === 'agency-role' || r.kind === 'center-role')) roleRefs.push({ path: `${path}.roleCode`, code: r.roleCode });
          if (r && r.kind === 'person') personRefs.push({ path: `${path}.personId`, id: r.personId });
        }
      });
    });
    if (roleRefs.length) {
      const found = new Map((await tx.select({ code: roles.code, category: roles.category }).from(roles).where(inArray(roles.code, roleRefs.map((r) => r.code)))).map((r) => [r.code, r.category]));
      for (const r of roleRefs) {
        if (found.get(r.code) !== 'business') fields.push({ path: r.path, code: 'UNKNOWN_ROLE', message: `业务角色“${r.code}”不存在` });
      }
    }
    if (personRefs.length) {
      const found = new Set((await tx.select({ id: people.id }).from(people).where(inArray(people.id, personRefs.map((r) => r.id)))).map((r) => r.id));
      for (const r of personRefs) if (!found.has(r.id)) fields.push({ path: r.path, code: 'UNKNOWN_PERSON', message: '所选人员不存在' });
    }
    if (fields.length) throw errors.validation(fields);
  }

  async function list(f: DefinitionFilter) {
    const where = and(
      f.businessType ? eq(wfDefinitions.businessType, f.businessType) : undefined,
      f.active !== undefined ? eq(wfDefinitions.active, f.active) : undefined,
      f.q ? or(ilike(wfDefinitions.name, likePattern(f.q)), ilike(wfDefinitions.businessType, likePattern(f.q))) : undefined,
    );
    const order = orderBy(f.sort, { name: wfDefinitions.name, businessType: wfDefinitions.businessType, updatedAt: wfDefinitions.updatedAt }, [asc(wfDefinitions.businessType), desc(wfDefinitions.updatedAt), asc(wfDefinitions.id)]);
    const [rows, [total]] = await Promise.all([
      db.select({ d: wfDefinitions, regionName: regions.name }).from(wfDefinitions).leftJoin(regions, eq(regions.id, wfDefinitions.regionId))
        .where(where).orderBy(...order).limit(f.limit).offset(f.offset),
      db.select({ n: count() }).from(wfDefinitions).where(where),
    ]);
    return { items: rows.map((r) => ({ ...r.d, regionName: r.regionName })), total: total?.n ?? 0 };
  }

  async function get(id: string) {
    const [row] = await db.select({ d: wfDefinitions, regionName: regions.name }).from(wfDefinitions).leftJoin(regions, eq(regions.id, wfDefinitions.regionId)).where(eq(wfDefinitions.id, id));
    if (!row) throw errors.notFound('流程定义', 'Process definition');
    return { ...row.d, regionName: row.regionName };
  }

  async function create(actor: Actor, input: DefinitionInput, txIn?: Db) {
    const run = async (tx: Db) => {
      await check(tx, input);
      const [row] = await tx.insert(wfDefinitions).values({
        businessType: input.businessType, regionId: input.regionId ?? null, name: input.name, description: input.description ?? null,
        steps: input.steps, active: input.active ?? true,
      }).returning();
      await appendAudit(tx, actor, { action: 'workflow.definition.create', objectType: 'workflow-definition', objectId: row!.id, after: row });
      return row!;
    };
    return txIn ? run(txIn) : db.transaction(run);
  }

  async function update(actor: Actor, id: string, patch: Partial<Omit<DefinitionInput, 'businessType'>>) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(wfDefinitions).where(eq(wfDefinitions.id, id)).for('no key update');
      if (!before) throw errors.notFound('流程定义', 'Process definition');
      await check(tx, patch);
      const [after] = await tx.update(wfDefinitions).set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.regionId !== undefined ? { regionId: patch.regionId } : {}),
        ...(patch.steps !== undefined ? { steps: patch.steps } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
        version: before.version + 1, updatedAt: new Date(),
      }).where(eq(wfDefinitions.id, id)).returning();
      await appendAudit(tx, actor, { action: 'workflow.definition.update', objectType: 'workflow-definition', objectId: id, before, after });
      return after!;
    });
  }

  /**
   * The active definition for a business type and the applicant's agency: the one of the most
   * specific region containing the agency's region wins over a region-less (all regions) one.
   */
  async function choose(tx: Db, businessType: string, agencyId: string): Promise<Definition> {
    const regionMatch: SQL = sql`(${wfDefinitions.regionId} is null or exists (select 1 from platform_agency ag join platform_region r on r.id = ag.region_id
      where ag.id = ${agencyId} and r.path like (select path from platform_region where id = ${wfDefinitions.regionId}) || '%'))`;
    const [row] = await tx.select().from(wfDefinitions)
      .where(and(eq(wfDefinitions.businessType, businessType), eq(wfDefinitions.active, true), regionMatch))
      .orderBy(sql`coalesce(length((select path from platform_region where id = ${wfDefinitions.regionId})), 0) desc`, desc(wfDefinitions.updatedAt), desc(wfDefinitions.id))
      .limit(1);
    if (!row) throw errors.rule('WF_NO_DEFINITION', '该业务尚未配置审批流程，请联系流程管理员', `No active process definition for ${businessType}`, { businessType });
    return row;
  }

  /** Business roles, for the rule pickers of the editor. */
  async function businessRoles() {
    const items = await db.select({ code: roles.code, nameZh: roles.nameZh, nameEn: roles.nameEn }).from(roles).where(eq(roles.category, 'business')).orderBy(asc(roles.code));
    return { items, total: items.length };
  }

  return { list, get, create, update, choose, businessRoles };
}

export type DefinitionService = ReturnType<typeof createDefinitionService>;
