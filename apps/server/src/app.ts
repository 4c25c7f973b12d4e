import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from 'helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compose, type Platform } from './composition.js';
import type { AppConfig } from './platform/config/config.js';
import { defaultWebDist } from './platform/config/paths.js';
import { migrateDatabase, openDatabase, type Database } from './platform/db/database.js';
import { installAccessHook } from './platform/http/access-hook.js';
import { installErrorHandler } from './platform/http/error-handler.js';
import { installMetrics } from './platform/http/metrics.js';
import { installListExport } from './platform/excel/list-export.js';
import { installSecurity } from './platform/http/security.js';
import { resolveApiToken } from './platform/integration/index.js';

z.config(z.locales.zhCN());

export interface RouteInfo {
  method: string;
  url: string;
  permission?: string;
  public?: boolean;
  authenticated?: boolean;
  device?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    platform: Platform;
    routeTable: RouteInfo[];
  }
}

export interface BuildOptions {
  /** An already-open database (tests); otherwise opened from the configuration. */
  database?: Database;
  logger?: boolean;
}

export async function buildApp(config: AppConfig, opts: BuildOptions = {}): Promise<FastifyInstance> {
  let warnIdle: (err: Error) => void = (err) => console.warn(`idle database connection lost: ${err.message}`);
  const database = opts.database ?? await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.memoryDb ? undefined : config.dataDir,
    onIdleError: (err) => warnIdle(err),
  });
  const app = Fastify({
    logger: opts.logger === false ? false : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy.length ? config.trustProxy : false,
    genReqId: () => crypto.randomUUID(),
    // why: the router's own errors (a bad %-escape in the path, a path parameter over maxParamLength) get the product's error body too.
    frameworkErrors: (err, _req, reply) => {
      const tooLong = err.code === 'FST_ERR_MAX_PARAM_LENGTH';
      void (reply as unknown as FastifyReply).status(tooLong ? 414 : 400).send(tooLong
        ? { code: 'URL_TOO_LONG', message: '请求地址过长', messageEn: 'The URL is too long' }
        : { code: 'BAD_URL', message: '请求地址无效', messageEn: 'The URL is not valid' });
    },
  }).withTypeProvider<ZodTypeProvider>();
  warnIdle = (err) => app.log.warn({ err }, 'idle database connection lost; the pool replaces it');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onClose', async () => { await database.close(); });

  try {
    await migrateDatabase(database);
  } catch (e) {
    await app.close();
    throw e;
  }
  const platform = await compose({ config, database, log: app.log });
  app.decorate('platform', platform);
  app.addHook('preClose', async () => { await platform.stopWorkers(); });

  const routeTable: RouteInfo[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (r) => {
    const c = (r.config ?? {}) as RouteInfo;
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    if (r.url.startsWith('/api/v1/')) {
      if (!c.public && !c.authenticated && !c.permission) throw new Error(`route ${methods.join(',')} ${r.url} declares no permission`);
      if (c.permission && !platform.registry.has(c.permission)) throw new Error(`route ${r.url} uses unregistered permission ${c.permission}`);
    }
    for (const m of methods) {
      if (m === 'HEAD') continue;
      routeTable.push({ method: m, url: r.url, permission: c.permission, public: c.public ?? !r.url.startsWith('/api/v1/'), authenticated: c.authenticated, device: c.device });
    }
  });

  installListExport(app, platform.db);
  installErrorHandler(app);
  await app.register(cookie);
  // why helmet itself, built once: the Fastify wrapper rebuilt the policy (and parsed the CSP) on every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'], connectSrc: ["'self'"], fontSrc: ["'self'", 'data:'], objectSrc: ["'none'"], frameAncestors: ["'none'"],
      },
    },
  });
  app.addHook('onRequest', (req, reply, done) => { securityHeaders(req.raw, reply.raw, (err) => done(err as Error | undefined)); });
  await installSecurity(app, config);
  await app.register(swagger, {
    openapi: {
      info: { title: '舟到e管家 API', version: '1.0.0', description: '机关事务管理中心数字化平台 REST API' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'zd_session' }, bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  installAccessHook(app, platform.auth, (header) => resolveApiToken(platform.db, platform.registry, header));
  installMetrics(app);

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    const ready = await platform.ready().catch(() => false);
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not-ready' });
  });

  await platform.registerRoutes(app);
  await serveWeb(app, config);
  await platform.seed();
  return app;
}

/** The built web app: console at /, portal at /m, with history-API fallback. */
async function serveWeb(app: FastifyInstance, config: AppConfig): Promise<void> {
  const dist = config.webDist ?? defaultWebDist;
  const hasWeb = fs.existsSync(path.join(dist, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: dist, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && hasWeb && !req.url.startsWith('/api/') && !path.extname(req.url.split('?')[0] ?? '')) {
      return reply.sendFile('index.html');
    }
    return reply.status(404).send({ code: 'NOT_FOUND', message: '请求的地址不存在', messageEn: 'No such route' });
  });
}
