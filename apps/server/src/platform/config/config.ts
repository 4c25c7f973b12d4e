import path from 'node:path';
import { z } from 'zod';
import type { OidcOptions } from '../integration/index.js';

/** Everything the server reads from its environment, validated once at start. */
export interface AppConfig {
  port: number;
  host: string;
  /** PostgreSQL server; when absent the embedded database in `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** In-memory embedded database (tests). */
  memoryDb: boolean;
  demo: boolean;
  production: boolean;
  /** 32-byte key for field-level encryption of personal data (base64). */
  fieldKey: string | undefined;
  logLevel: string;
  bodyLimitBytes: number;
  passwordMaxAgeDays: number;
  sessionIdleMinutes: number;
  sessionCacheMs: number;
  lockAfterFailures: number;
  lockMinutes: number;
  auditRetentionDays: number;
  /** Folder with the built web app; served at / when present. */
  webDist: string | undefined;
  secureCookies: boolean;
  loginRateLimitPerMinute: number;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDRs); none by default. */
  trustProxy: string[];
  smtpHost: string | undefined;
  smtpPort: number;
  smtpSecure: boolean;
  smtpUser: string | undefined;
  smtpPass: string | undefined;
  mailFrom: string;
  smsGatewayUrl: string | undefined;
  smsGatewayToken: string | undefined;
  smsSignName: string | undefined;
  zzdWebhookUrl: string | undefined;
  zzdAppKey: string | undefined;
  zzdSecret: string | undefined;
  /** Public URL of the web app, for links in e-mail, SMS and 浙政钉 notices. */
  publicUrl: string | undefined;
  /** OIDC sign-in (浙政钉-style SSO); absent when OIDC_ISSUER is not set. */
  oidc: OidcOptions | undefined;
}

const intFrom = (min: number, max: number) =>
  z.string().regex(/^\d+$/, 'must be a whole number').transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
const bool = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  PORT: intFrom(0, 65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DEMO: bool.default(true),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  FIELD_KEY: z.string().refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes in base64').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: intFrom(1024, 100 * 1024 * 1024).default(1024 * 1024),
  PASSWORD_MAX_AGE_DAYS: intFrom(0, 3650).default(90),
  SESSION_IDLE_MINUTES: intFrom(1, 24 * 60).default(30),
  // How long a resolved session is reused without asking the database (0: never); see auth/session-cache.ts.
  SESSION_CACHE_MS: intFrom(0, 10_000).default(1000),
  LOCK_AFTER_FAILURES: intFrom(1, 100).default(5),
  LOCK_MINUTES: intFrom(1, 24 * 60).default(15),
  // why ≥ 180: 网络安全法 第二十一条 requires network logs to be kept at least six months.
  AUDIT_RETENTION_DAYS: intFrom(180, 36500).default(180),
  WEB_DIST: z.string().optional(),
  SECURE_COOKIES: bool.optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: intFrom(1, 65535).default(25),
  SMTP_SECURE: bool.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  MAIL_FROM: z.string().min(3).default('"舟到e管家" <noreply@localhost>'),
  SMS_GATEWAY_URL: z.url().optional(),
  SMS_GATEWAY_TOKEN: z.string().optional(),
  SMS_SIGN_NAME: z.string().optional(),
  ZZD_WEBHOOK_URL: z.url().optional(),
  ZZD_APP_KEY: z.string().optional(),
  ZZD_SECRET: z.string().optional(),
  PUBLIC_URL: z.url().optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URL: z.url().optional(),
  OIDC_ALLOW_INSECURE: bool.default(false),
  LOGIN_RATE_LIMIT_PER_MINUTE: intFrom(1, 100_000).default(10),
  TRUST_PROXY: z.string().regex(/^[0-9a-fA-F.:/,\s]+$/, 'must be a comma-separated list of addresses or CIDRs').optional(),
});

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration; throws ConfigError with one line per bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.FIELD_KEY) throw new ConfigError(['FIELD_KEY: is required when NODE_ENV=production']);
  // why: with a database server there is no data folder to keep a generated key in; a random key per start would make encrypted fields unreadable.
  if (e.DATABASE_URL && !e.FIELD_KEY) throw new ConfigError(['FIELD_KEY: is required with DATABASE_URL (32 random bytes in base64, e.g. `openssl rand -base64 32`)']);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    memoryDb: false,
    demo: e.DEMO,
    production,
    fieldKey: e.FIELD_KEY,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    passwordMaxAgeDays: e.PASSWORD_MAX_AGE_DAYS,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionCacheMs: e.SESSION_CACHE_MS,
    lockAfterFailures: e.LOCK_AFTER_FAILURES,
    lockMinutes: e.LOCK_MINUTES,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    webDist: e.WEB_DIST,
    secureCookies: e.SECURE_COOKIES ?? production,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    smtpHost: e.SMTP_HOST, smtpPort: e.SMTP_PORT, smtpSecure: e.SMTP_SECURE, smtpUser: e.SMTP_USER, smtpPass: e.SMTP_PASS, mailFrom: e.MAIL_FROM,
    smsGatewayUrl: e.SMS_GATEWAY_URL, smsGatewayToken: e.SMS_GATEWAY_TOKEN, smsSignName: e.SMS_SIGN_NAME,
    zzdWebhookUrl: e.ZZD_WEBHOOK_URL, zzdAppKey: e.ZZD_APP_KEY, zzdSecret: e.ZZD_SECRET, publicUrl: e.PUBLIC_URL,
    oidc: e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET && e.OIDC_REDIRECT_URL
      ? { issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET, redirectUrl: e.OIDC_REDIRECT_URL, allowInsecure: e.OIDC_ALLOW_INSECURE }
      : undefined,
    trustProxy: e.TRUST_PROXY ? e.TRUST_PROXY.split(',').map((x) => x.trim()).filter(Boolean) : [],
  };
}
