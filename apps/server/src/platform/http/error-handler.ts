import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from './errors.js';

const byFastifyCode: Record<string, [number, string, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'MALFORMED_JSON', '请求体不是有效的 JSON', 'The request body is not valid JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'MALFORMED_JSON', '请求体为空', 'The request body is empty'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'BODY_TOO_LARGE', '请求体过大', 'The request body is too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型', 'Unsupported content type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BAD_CONTENT_LENGTH', '请求长度不正确', 'Invalid content length'],
};

function validationFields(err: { validation: Array<{ instancePath: string; keyword: string; message?: string; params?: Record<string, unknown> }> }): FieldError[] {
  const out: FieldError[] = [];
  for (const v of err.validation) {
    const base = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const keys = v.params?.keys;
    if (v.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      for (const k of keys) out.push({ path: base ? `${base}.${String(k)}` : String(k), code: 'UNKNOWN_FIELD', message: `不允许的字段：${String(k)}` });
    } else {
      out.push({ path: base, code: v.keyword.toUpperCase(), message: v.message ?? '取值不正确' });
    }
  }
  return out;
}

/** Maps every error to the one error body; nothing internal (stack, SQL) reaches a response. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) req.log.error({ err: error }, 'server error');
      return reply.status(error.status).send(error.toBody());
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = validationFields(error);
      const unknown = fields.filter((f) => f.code === 'UNKNOWN_FIELD').map((f) => f.path);
      const zh = unknown.length ? `请求包含不允许的字段：${unknown.join('、')}` : '提交的数据有误，请检查标出的字段';
      const en = unknown.length ? `Unknown fields: ${unknown.join(', ')}` : 'The request has invalid fields';
      return reply.status(400).send(new AppError(400, 'VALIDATION_FAILED', zh, en, fields).toBody());
    }
    const mapped = error.code ? byFastifyCode[error.code] : undefined;
    if (mapped) return reply.status(mapped[0]).send(new AppError(...mapped).toBody());
    if (isResponseSerializationError(error)) req.log.error({ err: error }, 'response does not match its schema');
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) {
      req.log.error({ err: error }, 'unhandled error');
      return reply.status(500).send({ code: 'INTERNAL', message: '服务器内部错误，请稍后再试或联系管理员', messageEn: 'Internal server error', ref: { requestId: req.id } });
    }
    if (status === 429) return reply.status(429).send({ code: 'TOO_MANY_REQUESTS', message: '请求过于频繁，请稍后再试', messageEn: 'Too many requests' });
    return reply.status(status).send({ code: 'BAD_REQUEST', message: '请求无效', messageEn: 'Bad request' });
  });
}
