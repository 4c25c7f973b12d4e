import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors } from '../http/errors.js';
import { actorOf } from '../http/request-context.js';
import { errorBody, idParams } from '../http/schemas.js';
import { fileMeta, downloadQuery, fileUseQuery, type FileMeta } from './files.schemas.js';
import { tooLarge, type FilesService } from './files.service.js';
import type { FileRow } from './files.table.js';

export const toMeta = (r: FileRow): FileMeta => ({
  id: r.id, use: r.use, name: r.originalName, mime: r.mime, sizeBytes: r.sizeBytes, sha256: r.sha256,
  width: r.width, height: r.height, hasThumbnail: Boolean(r.thumbnailKey), createdAt: r.createdAt,
});

/** `attachment; filename="ascii fallback"; filename*=UTF-8''<percent-encoded UTF-8>` (RFC 6266 / 5987). */
export function contentDisposition(name: string, inline: boolean): string {
  const fallback = [...name].map((ch) => (/[\x20-\x7e]/.test(ch) && ch !== '"' && ch !== '\\' && ch !== '%' ? ch : '_')).join('');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Multipart errors of the parser itself, as the product's errors. */
function multipartError(e: unknown, maxBytes: number): unknown {
  const code = (e as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxBytes);
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') return new AppError(413, 'TOO_MANY_PARTS', '一次只能上传一个文件', 'Upload one file per request');
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return notMultipart();
  if (e instanceof Error && /terminated early|Unexpected end|malformed/i.test(e.message)) return errors.badRequest('MALFORMED_MULTIPART', '上传的数据不完整', 'The multipart body is malformed or incomplete');
  return e;
}
const notMultipart = () => new AppError(415, 'NOT_MULTIPART', '请以 multipart/form-data 方式上传文件', 'Send the file as multipart/form-data');

export const filesRoutes = (svc: FilesService): FastifyPluginAsyncZod => async (app) => {
  // why: registered here, not globally: only this route parses multipart bodies.
  await app.register(multipart, { throwFileSizeLimit: true, limits: { files: 1, fields: 10, fieldSize: 1024, parts: 20, headerPairs: 100 } });
  const tags = ['files'];

  app.post('', {
    config: { authenticated: true },
    schema: {
      tags, summary: '上传文件（按用途检查类型与大小） Upload a file for a registered use', querystring: fileUseQuery, consumes: ['multipart/form-data'],
      response: { 201: fileMeta, 400: errorBody, 403: errorBody, 413: errorBody, 415: errorBody },
    },
  }, async (req, reply) => {
    const auth = req.auth!;
    const u = await svc.assertCanUpload(auth, req.query.use);
    if (!req.isMultipart()) throw notMultipart();
    let row: FileRow;
    try {
      const part = await req.file({ limits: { fileSize: u.maxBytes, files: 1 } });
      if (!part) throw errors.validation([{ path: 'file', code: 'REQUIRED', message: '请选择要上传的文件' }], '请选择要上传的文件', 'No file in the request');
      row = await svc.upload(actorOf(req), auth, u.use, { stream: part.file, filename: part.filename });
    } catch (e) {
      throw multipartError(e, u.maxBytes);
    }
    return reply.status(201).send(toMeta(row));
  });

  const send = async (req: FastifyRequest<{ Params: { id: string }; Querystring: { download?: '0' | '1' | undefined } }>, reply: FastifyReply, thumbnail: boolean) => {
    const row = await svc.readable(req.auth!, req.params.id);
    if (thumbnail && !row.thumbnailKey) throw errors.notFound('缩略图', 'Thumbnail');
    const etag = `"${row.sha256.slice(0, 32)}${thumbnail ? '-t' : ''}"`;
    reply.header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-cache')
      .header('etag', etag)
      .header('content-security-policy', "default-src 'none'; sandbox");
    if (req.headers['if-none-match'] === etag) return reply.status(304).send();
    const stream = await svc.open(row, thumbnail);
    const inline = (thumbnail || row.mime.startsWith('image/')) && req.query.download !== '1';
    reply.header('content-type', thumbnail ? 'image/webp' : row.mime)
      .header('content-disposition', contentDisposition(thumbnail ? row.originalName.replace(/\.[^.]*$/, '.webp') : row.originalName, inline));
    if (!thumbnail) reply.header('content-length', String(row.sizeBytes));
    return reply.send(stream);
  };

  app.get('/:id', {
    config: { authenticated: true },
    schema: { tags, summary: '下载文件 Download a file', params: idParams, querystring: downloadQuery, produces: ['application/octet-stream'], response: { 404: errorBody } },
  }, (req, reply) => send(req, reply, false));

  app.get('/:id/thumbnail', {
    config: { authenticated: true },
    schema: { tags, summary: '图片缩略图 Thumbnail of an image', params: idParams, querystring: downloadQuery, produces: ['image/webp'], response: { 404: errorBody } },
  }, (req, reply) => send(req, reply, true));

  app.get('/:id/meta', {
    config: { authenticated: true },
    schema: { tags, summary: '文件信息 File metadata', params: idParams, response: { 200: fileMeta, 404: errorBody } },
  }, async (req) => toMeta(await svc.readable(req.auth!, req.params.id)));

  app.delete('/:id', {
    config: { authenticated: true },
    schema: { tags, summary: '删除文件（上传者删除未关联的文件） Delete a file', params: idParams, response: { 204: z.null(), 403: errorBody, 404: errorBody } },
  }, async (req, reply) => {
    await svc.removeAs(actorOf(req), req.auth!, req.params.id);
    return reply.status(204).send(null);
  });
};
