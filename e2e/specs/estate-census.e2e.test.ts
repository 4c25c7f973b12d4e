import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmPopconfirm } from '../support/antd.js';
import { apiLogin, call } from '../support/api.js';
import { launchBrowser, newPage, screenshot } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';
import { agencyOf, makeBuilding, signIn, startEstateServer, type Id, type Paged } from './estate-helpers.js';

describe('estate census campaign', () => {
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

  it('an agency confirms its rooms, corrects one and submits; the center sees the agency as submitted', async () => {
    const base = server!.baseUrl;
    const center = await apiLogin(base, 'center');
    const { agencyId, agencyName } = await agencyOf(base, await apiLogin(base, 'agency'));
    // The agency's rooms: the demo's, or three made here when the demo has none for it.
    const rooms = await call<Paged<Id>>(base, center, 'GET', `/api/v1/estate/rooms?agencyId=${agencyId}&pageSize=1`);
    if (rooms.total === 0) {
      const { floorId } = await makeBuilding(base, center, '清查测试楼', 'E2E-CEN');
      for (const n of ['301', '302', '303']) await call(base, center, 'POST', '/api/v1/estate/rooms', { floorId, number: n, useClass: 'office', usableAreaM2: 20, agencyId, status: 'in-use' });
    }
    const title = `${new Date().getFullYear()}年办公用房清查（测试${Date.now() % 10_000}）`;
    await call(base, center, 'POST', '/api/v1/estate/census-campaigns', { title, year: new Date().getFullYear(), deadline: '2027-12-31', agencyIds: [agencyId] });

    // 1. the agency answers: corrects the first room, confirms the rest, submits
    const agency = await newPage(browser!);
    await signIn(agency, base, 'agency');
    await agency.getByTestId('menu-estate-census').click();
    await agency.getByTestId(`estate-census-open-${title}`).click();
    const mine = agency.getByTestId('estate-census-mine');
    await mine.getByTestId('table-estate-census-items').locator('tbody tr.ant-table-row').first().waitFor();
    const firstCorrect = mine.locator('[data-testid^="estate-census-correct-"]').first();
    const number = (await firstCorrect.getAttribute('data-testid'))!.replace('estate-census-correct-', '');
    await firstCorrect.click();
    const drawer = agency.getByTestId('estate-census-correct-drawer');
    await drawer.getByTestId('estate-census-correct-area').fill('26.5');
    await drawer.getByTestId('estate-census-correct-note').fill('隔墙改造后实测面积为 26.5 平方米');
    await drawer.getByTestId('drawer-submit').click();
    await expect.poll(() => mine.getByTestId(`estate-census-response-${number}`).innerText()).toBe('已更正');
    await mine.getByTestId('estate-census-confirm-all').click();
    await agency.getByText(/已确认 \d+ 个房间/).first().waitFor();
    await screenshot(agency, 'estate-census-agency-answered');
    await mine.getByTestId('estate-census-submit').click();
    await confirmPopconfirm(agency);
    await expect.poll(() => mine.getByTestId('estate-census-my-status').innerText(), { timeout: 15_000 }).toBe('已提交');
    await screenshot(agency, 'estate-census-agency-submitted');

    // 2. the center sees the agency's progress as submitted, with the one correction to decide
    const page = await newPage(browser!);
    await signIn(page, base, 'center');
    await page.getByTestId('menu-estate-census').click();
    await page.getByTestId(`estate-census-open-${title}`).click();
    const status = page.getByTestId(`estate-census-agency-status-${agencyName}`);
    await expect.poll(() => status.innerText()).toBe('已提交');
    const row = page.getByTestId('table-estate-census-agencies').locator('tr', { has: status });
    expect(await row.locator('td').nth(3).innerText()).toBe('1'); // one corrected room
    await screenshot(page, 'estate-census-center-progress');
    for (const p of [agency, page]) await p.context().close();
  });
});
