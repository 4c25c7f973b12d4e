import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
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

/** Saves a full-page PNG to e2e/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const safe = name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'screenshot';
  const file = path.join(screenshotDir, safe.endsWith('.png') ? safe : `${safe}.png`);
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Signs in through the login page and waits for the console's header. */
export async function signIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('product-name').waitFor({ timeout: 30_000 });
}
