import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, portalSignIn, screenshot, viewports } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';
import { signIn, startEstateServer } from './estate-helpers.js';

const CONSOLE_PAGES: [string, string][] = [
  ['buildings', '/estate/buildings'], ['rooms', '/estate/rooms'], ['plans', '/estate/floor-plans'], ['compliance', '/estate/compliance'],
  ['allocations', '/estate/allocations'], ['requests', '/estate/requests'], ['recovery', '/estate/recovery'], ['census', '/estate/census'],
  ['inspections', '/estate/inspections'], ['transfers', '/estate/transfers'], ['leasing', '/estate/leasing'], ['remote', '/estate/remote'],
  ['activity', '/estate/activity-rooms'], ['disclosure', '/estate/disclosure'], ['housing', '/estate/housing'],
];

/** Waits until the route has changed and the page has finished loading its data. */
async function settle(page: Page, path: string) {
  await page.waitForFunction((p) => window.location.pathname === p, path);
  await page.locator('.ant-breadcrumb').getByRole('link').first().waitFor().catch(() => undefined);
  await page.waitForTimeout(300); // why: the lazy chunk and the first query start after the route change
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton'), undefined, { timeout: 20_000 });
  await page.waitForTimeout(300); // why: let charts and tables finish their first paint before the screenshot
}

describe('estate pages render for the center and on the portal', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startEstateServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('every console page of 房产管理 opens without an error (1366×768), English complete on one', async () => {
    const base = server!.baseUrl;
    const page = await newPage(browser!);
    const failures: string[] = [];
    page.on('response', (r) => { if (r.url().includes('/api/v1/estate') && r.status() >= 400) failures.push(`${r.status()} ${r.url()}`); });
    page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
    await signIn(page, base, 'center');
    for (const [key, path] of CONSOLE_PAGES) {
      await page.getByTestId(`menu-estate-${key}`).click();
      await settle(page, path);
      expect(await page.getByTestId('list-error').count(), key).toBe(0);
      await screenshot(page, `estate-page-${key}`);
    }
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('lang-en-US').click();
    await page.getByTestId('menu-estate-rooms').click();
    await settle(page, '/estate/rooms');
    await page.getByTestId('menu-estate-compliance').click();
    await settle(page, '/estate/compliance');
    await screenshot(page, 'estate-page-compliance-en');
    expect(await page.locator('body').innerText()).not.toMatch(/estate\.[a-z]+\.[a-zA-Z]/);
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it('the portal shows my office, room problem and housing pages (390×844)', async () => {
    const base = server!.baseUrl;
    const page = await newPage(browser!, { viewport: viewports.phone, hasTouch: true, isMobile: true });
    await portalSignIn(page, base, 'staff');
    await screenshot(page, 'estate-portal-home');
    for (const [entry, testid] of [['estate-office', 'portal-estate-office'], ['estate-problem', 'portal-estate-problem'], ['estate-housing', 'portal-estate-housing']] as const) {
      await page.goto(`${base}/m`);
      await page.getByTestId(`portal-entry-${entry}`).click();
      await page.getByTestId(testid).waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid="portal-loading"]'), undefined, { timeout: 20_000 });
      await page.waitForTimeout(300);
      await screenshot(page, `estate-portal-${entry}`);
    }
    // a cadre reports a problem with their room
    await page.goto(`${base}/m/estate/room-problem`);
    await page.getByPlaceholder('请描述问题的位置和情况').fill('空调不制冷，出风口有异响');
    await page.getByTestId('portal-estate-problem-submit').tap();
    await page.getByTestId('portal-estate-office').waitFor();
    await page.context().close();
  });
});
