import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from './api.js';
import { screenshotDir } from './paths.js';

/** Debian's Chromium: browser downloads are impossible here (see e2e/scripts/ensure-browser.mjs). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The console's two reference sizes and the portal's phone size (DESIGN.md, console conventions). */
export const viewports = {
  desktop: { width: 1920, height: 1080 },
  laptop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

/** A phone as the portal's users hold it (DESIGN.md: portal pages at 390×844): options of newPage. */
export const PHONE = { viewport: viewports.phone, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

export interface NewPageOptions extends Omit<BrowserContextOptions, 'viewport' | 'locale'> {
  viewport?: { width: number; height: number };
  locale?: string;
}

/**
 * Opens a page in a fresh context (own cookies and storage), zh-CN and 1366×768 unless told.
 * Closing the page's context: `await page.context().close()`.
 */
export async function newPage(browser: Browser, opts: NewPageOptions = {}): Promise<Page> {
  const { viewport = viewports.laptop, locale = 'zh-CN', ...rest } = opts;
  const context = await browser.newContext({
    timezoneId: 'Asia/Shanghai',
    ...rest,
    viewport,
    locale,
  });
  return context.newPage();
}

export interface ScreenshotOptions {
  /** false: only the viewport, what the user sees (a full-page shot misplaces fixed drawers). Default true. */
  fullPage?: boolean;
  /** Another folder (e.g. /tmp/zd-shots-<name>); default e2e/screenshots. */
  dir?: string;
  /** Milliseconds to let drawers, dropdowns and toasts settle first (default 0). */
  settle?: number;
}

/** Saves a PNG (full page unless told) to e2e/screenshots/<name>.png, or to `dir`, and returns its path. */
export async function screenshot(page: Page, name: string, opts: ScreenshotOptions = {}): Promise<string> {
  const { fullPage = true, dir = screenshotDir, settle: ms = 0 } = opts;
  if (ms) await page.waitForTimeout(ms);
  const safe = name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'screenshot';
  const file = path.join(dir, safe.endsWith('.png') ? safe : `${safe}.png`);
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Lets drawers, dropdowns, toasts and tab switches settle (before a screenshot). */
export const settle = (page: Page, ms = 600): Promise<void> => page.waitForTimeout(ms);

/** expect.poll with room for a busy two-core machine (the default gives up after 1 s). */
export const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

/** Prints the API's refusals (4xx/5xx, except the sign-in page's /auth/me) of a page, to tell why a step did not go through. */
export function logRefusals(page: Page, who: string): void {
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url().includes('/api/') && !r.url().endsWith('/auth/me')) void r.text().then((b) => console.log(`[${who}] ${r.status()} ${r.request().method()} ${r.url()} ${b.slice(0, 300)}`)).catch(() => undefined);
  });
}

/** Signs in through the login page and waits for the console's header. */
export async function signIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('product-name').waitFor({ timeout: 30_000 });
}

/**
 * A console page of its own context, signed in as `username`: script errors are collected into `errors`
 * (as "username: message") and the API's refusals printed. Close it with `await page.context().close()`.
 */
export async function consolePage(browser: Browser, baseUrl: string, username: string, errors: string[], password = DEMO_PASSWORD): Promise<Page> {
  const page = await newPage(browser);
  page.on('pageerror', (e) => errors.push(`${username}: ${e.message}`));
  logRefusals(page, username);
  await signIn(page, baseUrl, username, password);
  return page;
}

/** A phone page of its own context (PHONE), signed in to the portal as `username`; errors and refusals as consolePage. */
export async function portalPage(browser: Browser, baseUrl: string, username: string, errors: string[], password = DEMO_PASSWORD): Promise<Page> {
  const page = await newPage(browser, PHONE);
  page.on('pageerror', (e) => errors.push(`${username}: ${e.message}`));
  logRefusals(page, username);
  await portalSignIn(page, baseUrl, username, password);
  return page;
}

/** Signs in on the mobile portal's own page (/m redirects there) and waits for 首页. */
export async function portalSignIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/m`);
  await page.getByTestId('portal-login').waitFor({ timeout: 20_000 });
  await page.getByTestId('portal-login-username').locator('input').fill(username);
  await page.getByTestId('portal-login-password').locator('input').fill(password);
  await page.getByTestId('portal-login-submit').tap();
  await page.getByTestId('portal-home').waitFor({ timeout: 20_000 });
}
