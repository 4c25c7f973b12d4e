/** Writes the OpenAPI document and the TypeScript types generated from it into packages/api-types. */
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config/config.js';
import { serverRoot } from '../src/platform/config/paths.js';

const out = path.resolve(serverRoot, '../../packages/api-types');
const config = { ...loadConfig({ DEMO: '0', LOG_LEVEL: 'silent' }), memoryDb: true, webDist: '/nonexistent' };
const app = await buildApp(config, { logger: false });
await app.ready();
const doc = app.swagger() as Record<string, unknown>;
await app.close();
const json = `${JSON.stringify(doc, null, 2)}\n`;
fs.writeFileSync(path.join(out, 'openapi.json'), json);
const ast = await openapiTS(JSON.parse(json) as never);
const header = '/* Generated from the server\'s OpenAPI document by `npm run api-types`. Do not edit. */\n';
fs.writeFileSync(path.join(out, 'schema.d.ts'), header + astToString(ast));
console.log(`api-types: ${Object.keys((doc.paths ?? {}) as object).length} paths written`);
