import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

describe('smoke', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the server answers /healthz in Chromium', async () => {
    const page = await newPage(browser!);
    const res = await page.goto(`${server!.baseUrl}/healthz`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('body').innerText()).toContain('ok');
    await screenshot(page, 'smoke-healthz');
    await page.context().close();
  });
});
