import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors as httpErrors } from '../http/errors.js';
import { actorOf } from '../http/request-context.js';
import { errorBody, idParams } from '../http/schemas.js';
import type { Scope } from '../rbac/scope.js';
import { readSheetBatches } from './import.reader.js';
import type { ImportService } from './import.service.js';
import type { RowError } from './import.types.js';
import { sendXlsx, templateXlsx, XLSX_MIME } from './xlsx.js';

const jobView = z.object({
  id: z.string(), name: z.string(), status: z.enum(['validating', 'invalid', 'ready', 'committing', 'done', 'failed']),
  totalRows: z.number().int(), progress: z.number().int(), errorCount: z.number().int(), created: z.number().int().nullable(),
  failure: z.string().nullable(), errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
  createdAt: z.string(), updatedAt: z.string(),
}).meta({ id: 'ImportJob' });
const nameParams = z.object({ name: z.string().regex(/^[a-z][a-z0-9.-]{1,63}$/) });

/** The scopes of the account for a permission; 403 without it (the permission depends on the import, so routes check it here). */
function scopesFor(req: FastifyRequest, permission: string): Scope[] {
  const scopes = req.auth?.permissions.get(permission);
  if (!scopes) throw httpErrors.forbidden(permission);
  return scopes;
}

export const importRoutes = (svc: ImportService): FastifyPluginAsyncZod => async (app) => {
  // why a stream parser: an upload goes straight to disk; a 200k-row file is never held in memory.
  app.addContentTypeParser([XLSX_MIME, 'application/octet-stream'], (_req, payload, done) => done(null, payload));
  const tags = ['imports'];

  async function ownJob(req: FastifyRequest, id: string) {
    const { job, view } = await svc.get(id);
    const scopes = scopesFor(req, svc.definition(job.name).permission);
    // why: the report repeats the uploaded rows (personal data): only the uploader sees a job.
    if (job.createdBy !== req.auth?.accountId) throw httpErrors.notFound('导入任务', 'Import job');
    return { job, view, scopes };
  }

  app.get('/templates/:name', {
    config: { authenticated: true },
    schema: { tags, summary: '导入模板 Import template (the import\'s own permission applies)', params: nameParams, produces: [XLSX_MIME] },
  }, async (req, reply) => {
    const def = svc.definition(req.params.name);
    scopesFor(req, def.permission);
    const file = `${def.title}导入模板.xlsx`;
    reply.header('content-type', XLSX_MIME).header('content-disposition', `attachment; filename="import-template.xlsx"; filename*=UTF-8''${encodeURIComponent(file)}`);
    return reply.send(await templateXlsx(def.columns, def.title));
  });

  app.post('/:name', {
    config: { authenticated: true },
    schema: {
      tags, summary: '上传导入文件，后台校验 Upload an .xlsx; validated in the background', params: nameParams, consumes: [XLSX_MIME],
      response: { 202: z.object({ id: z.string() }), 400: errorBody, 403: errorBody, 404: errorBody, 413: errorBody, 415: errorBody },
    },
  }, async (req, reply) => {
    const def = svc.definition(req.params.name);
    const scopes = scopesFor(req, def.permission);
    const body = req.body as NodeJS.ReadableStream | undefined;
    if (!body || typeof (body as { pipe?: unknown }).pipe !== 'function') throw httpErrors.badRequest('UNSUPPORTED_MEDIA_TYPE', '请上传 Excel（.xlsx）文件', 'Upload an .xlsx file');
    const fileName = typeof req.headers['x-file-name'] === 'string' ? decodeURIComponent(req.headers['x-file-name']) : undefined;
    const { id } = await svc.upload(def.name, actorOf(req), scopes, body as never, fileName);
    return reply.status(202).send({ id });
  });

  app.get('/:id', {
    config: { authenticated: true },
    schema: { tags, summary: '导入任务：状态、进度、前 500 条错误 Import job status', params: idParams, response: { 200: jobView, 404: errorBody } },
  }, async (req) => (await ownJob(req, req.params.id)).view as z.infer<typeof jobView>);

  app.get('/:id/errors.xlsx', {
    config: { authenticated: true },
    schema: { tags, summary: '错误报告：出错的原始行加“错误说明”列 Error report', params: idParams, produces: [XLSX_MIME] },
  }, async (req, reply) => {
    const { job } = await ownJob(req, req.params.id);
    const def = svc.definition(job.name);
    const headers = def.columns.map((c) => c.header);
    return sendXlsx(reply, `${def.title}导入错误报告.xlsx`, '错误报告', [
      { header: '行号', value: (r: ReportRow) => r.row, width: 8 },
      ...headers.map((h) => ({ header: h, value: (r: ReportRow) => r.values[h] ?? '' })),
      { header: '错误说明', value: (r: ReportRow) => r.message, width: 48 },
    ], reportRows(job.filePath, svc.allErrors(job.id)));
  });

  app.post('/:id/commit', {
    config: { authenticated: true },
    schema: { tags, summary: '提交（一个事务，全部成功或全部不导入） Commit, all or nothing', params: idParams, response: { 202: z.object({ id: z.string() }), 404: errorBody, 409: errorBody } },
  }, async (req, reply) => {
    const { scopes } = await ownJob(req, req.params.id);
    await svc.commit(req.params.id, actorOf(req), scopes);
    return reply.status(202).send({ id: req.params.id });
  });
};

interface ReportRow { row: number; values: Record<string, string>; message: string }

/** Merges the sheet (streamed) with the errors (paged, in row order): only rows with errors come out. */
async function* reportRows(filePath: string, errs: AsyncGenerator<RowError>): AsyncGenerator<ReportRow> {
  let next = await errs.next();
  const messagesUpTo = async (row: number) => {
    const out: string[] = [];
    while (!next.done && next.value.row <= row) {
      if (next.value.row === row) out.push(next.value.column ? `${next.value.column}：${next.value.message}` : next.value.message);
      next = await errs.next();
    }
    return out;
  };
  const head = await messagesUpTo(1);
  if (head.length) yield { row: 1, values: {}, message: head.join('；') };
  for await (const { rows } of readSheetBatches(filePath)) {
    for (const r of rows) {
      if (next.done) return;
      const m = await messagesUpTo(r.row);
      if (m.length) yield { row: r.row, values: r.values, message: m.join('；') };
    }
  }
}
