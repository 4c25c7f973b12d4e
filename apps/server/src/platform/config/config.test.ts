import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 8080, demo: true, passwordMaxAgeDays: 90, sessionIdleMinutes: 30, lockAfterFailures: 5, lockMinutes: 15, auditRetentionDays: 180 });
    expect(c.databaseUrl).toBeUndefined();
  });

  it('names every bad variable in one error', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', AUDIT_RETENTION_DAYS: '30', FIELD_KEY: 'short' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const vars = (e as ConfigError).problems.map((p) => p.split(':')[0]).sort();
      expect(vars).toEqual(['AUDIT_RETENTION_DAYS', 'DATABASE_URL', 'FIELD_KEY', 'PORT']);
    }
  });

  it('requires a field key with a database server, and reads trusted proxies', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/zd' })).toThrow(/FIELD_KEY/);
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(loadConfig({ DATABASE_URL: 'postgres://db/zd', FIELD_KEY: key }).databaseUrl).toBe('postgres://db/zd');
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16' }).trustProxy).toEqual(['10.0.0.1', '192.168.0.0/16']);
  });

  it('requires a field key in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/FIELD_KEY/);
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ NODE_ENV: 'production', FIELD_KEY: key }).secureCookies).toBe(true);
  });
});
