import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDrawer } from '../support/antd.js';
import { consolePage, launchBrowser, newPage, PHONE, portalSignIn, screenshot, settle } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { apiLogin, call, type Paged } from '../support/api.js';
import { F } from './fleet-helpers.js';

/** Every page must fit 1366 px: no horizontal scrollbar on the document itself (tables scroll inside their card). */
const noPageScroll = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);

describe('公务用车 console pages at 1366×768 (center)', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer(); // E2E_WEB_DIST: a web build of one's own (several engineers build at once)
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the menu group, the vehicle ledger and one vehicle file with its tabs', async () => {
    const base = server!.baseUrl;
    const errors: string[] = [];
    const page = await consolePage(browser!, base, 'center', errors);
    const menu = page.getByTestId('side-menu');
    expect(await menu.innerText()).toMatch(/公务用车[\s\S]*车辆档案[\s\S]*调度台[\s\S]*百里油耗公示/);

    await page.getByTestId('menu-fleet-vehicles').click();
    await page.getByTestId('table-fleet-vehicles').waitFor();
    await expect.poll(() => page.getByTestId('list-total').innerText()).toMatch(/共 [1-9]\d* 条/);
    await noPageScroll(page);
    await settle(page);
    await screenshot(page, 'fleet-vehicles');

    // the first vehicle's file: basic facts, then each tab
    await page.getByTestId('table-fleet-vehicles').locator('tbody tr a').first().click();
    await page.getByTestId('fleet-vehicle-detail').waitFor();
    await page.getByTestId('fleet-vehicle-basic').waitFor();
    await settle(page);
    await screenshot(page, 'fleet-vehicle-detail');
    for (const [tab, name] of [['加油/充电', 'fuel'], ['费用 TCO', 'cost'], ['生命周期', 'timeline']] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await settle(page);
      await screenshot(page, `fleet-vehicle-${name}`);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('trips, fuel records, drivers, standards, rewards, supervision and charging render; English is complete', async () => {
    const base = server!.baseUrl;
    const errors: string[] = [];
    const page = await consolePage(browser!, base, 'center', errors);
    for (const key of ['trips', 'fuel', 'drivers', 'maintenance', 'standards', 'rewards', 'supervision', 'charging', 'requests', 'dispatch']) {
      await page.getByTestId(`menu-fleet-${key}`).click();
      await page.locator('.ant-card').first().waitFor();
      await page.waitForLoadState('networkidle');
      await noPageScroll(page);
      await settle(page);
      await screenshot(page, `fleet-${key}`);
    }
    // a driver's file with the training and safety records; a new repair request in its drawer
    await page.getByTestId('menu-fleet-drivers').click();
    await page.getByTestId('table-fleet-drivers').locator('tbody tr a').first().click();
    await page.getByTestId('fleet-driver-detail').getByTestId('table-fleet-driver-trainings').waitFor();
    await settle(page);
    await screenshot(page, 'fleet-driver-detail');
    await closeDrawer(page);
    await page.locator('.ant-drawer-open').waitFor({ state: 'detached' }).catch(() => undefined);
    await settle(page);
    await page.getByTestId('menu-fleet-maintenance').click();
    await page.getByTestId('toolbar-create').click();
    await page.getByTestId('form-drawer').filter({ hasText: '新建维修申请' }).waitFor();
    await settle(page);
    await screenshot(page, 'fleet-maintenance-new');
    await closeDrawer(page);
    await settle(page);

    await page.getByTestId('menu-fleet-standards').click();
    await page.getByRole('tab', { name: '新能源占比' }).click();
    await page.getByTestId('fleet-nev-share').waitFor();
    await settle(page);
    await screenshot(page, 'fleet-standards-nev');

    // English: the menu and a list page, no Chinese left in the fleet strings
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('lang-en-US').click();
    await page.getByTestId('menu-fleet-vehicles').click();
    await page.getByTestId('table-fleet-vehicles').waitFor();
    expect(await page.getByTestId('side-menu').innerText()).toContain('Official vehicles');
    await settle(page);
    await screenshot(page, 'fleet-vehicles-en');
    await page.getByTestId('menu-fleet-disclosure').click();
    await page.getByTestId('table-fleet-disclosure').waitFor();
    await settle(page, 900);
    await screenshot(page, 'fleet-disclosure-en');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('trip cancel, GPS track import, fuel edit/delete, vehicle record drawers; dispatch reasons in English (dispatcher)', async () => {
    const base = server!.baseUrl;
    // the dispatcher: cancelling needs fleet:trip:dispatch, which the center role does not hold
    const api = await apiLogin(base, 'dispatcher');
    type TripRow = { id: string; plate: string; status: string };
    // a dispatched trip to cancel: the demo's, or an emergency trip on the first free vehicle (self-driven)
    let dispatched = (await call<Paged<TripRow>>(base, api, 'GET', `${F}/trips?status=dispatched&pageSize=1`)).items[0];
    if (!dispatched) {
      const agencyId = (await call<Paged<{ id: string }>>(base, api, 'GET', '/api/v1/org/agencies?pageSize=1')).items[0]!.id;
      const from = new Date(Date.now() + 40 * 86_400_000); const to = new Date(from.getTime() + 3_600_000);
      const sug = await call<{ vehicles: Array<{ id: string }> }>(base, api, 'GET',
        `${F}/dispatch/suggestions?agencyId=${agencyId}&from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}&needDriver=false&passengers=1`);
      dispatched = await call<TripRow>(base, api, 'POST', `${F}/trips/emergency`, {
        vehicleId: sug.vehicles[0]!.id, driverId: null, agencyId, plannedStart: from.toISOString(), plannedEnd: to.toISOString(),
        origin: '市行政中心', destination: '定海区', purpose: 'e2e 取消测试', passengerCount: 1,
      });
    }
    const returned = (await call<Paged<TripRow>>(base, api, 'GET', `${F}/trips?status=returned&pageSize=1`)).items[0]!;

    const errors: string[] = [];
    const page = await consolePage(browser!, base, 'dispatcher', errors);

    // 取消出车: reason, then a confirmation; the trip becomes 已取消
    await page.goto(`${base}/fleet/trips?status=dispatched`);
    await page.getByTestId(`fleet-trip-cancel-${dispatched.id}`).click();
    const cancelDrawer = page.getByTestId('fleet-cancel-trip-drawer');
    await cancelDrawer.waitFor();
    await page.getByTestId('fleet-cancel-reason').fill('会议改期');
    await settle(page);
    await screenshot(page, 'fleet-trip-cancel-drawer');
    await cancelDrawer.getByTestId('drawer-submit').click();
    await page.locator('.ant-modal-confirm').waitFor();
    await settle(page, 400);
    await screenshot(page, 'fleet-trip-cancel-confirm');
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(async () => (await call<{ status: string }>(base, api, 'GET', `${F}/trips/${dispatched.id}`)).status).toBe('cancelled');

    // 导入轨迹 on a returned trip: a CSV of three points
    await page.goto(`${base}/fleet/trips?status=returned`);
    await page.getByTestId(`fleet-trip-track-${returned.id}`).click();
    const trackDrawer = page.getByTestId('fleet-track-drawer');
    await trackDrawer.waitFor();
    await trackDrawer.locator('input[type=file]').setInputFiles({
      name: 'track.csv', mimeType: 'text/csv',
      buffer: Buffer.from('lat,lon,time\n30.0,122.1,2026-03-01T01:05:00Z\n30.05,122.1,2026-03-01T01:30:00Z\n30.1,122.1,2026-03-01T02:00:00Z\n'),
    });
    await settle(page);
    await screenshot(page, 'fleet-trip-track-drawer');
    await trackDrawer.getByTestId('drawer-submit').click();
    // 0.1° of latitude = 11.12 km, 3 points
    await expect.poll(async () => (await call<{ trackPoints: number | null; trackKm: number | null }>(base, api, 'GET', `${F}/trips/${returned.id}`)))
      .toMatchObject({ trackPoints: 3, trackKm: 11.12 });

    // 修改 / 删除 a fuel record: the edit drawer holds the record's values; delete asks first (declined here)
    const fuel = (await call<Paged<{ id: string; odometerKm: number }>>(base, api, 'GET', `${F}/fuel-records?pageSize=1`)).items[0]!;
    await page.goto(`${base}/fleet/fuel`);
    await page.getByTestId(`fleet-fuel-edit-${fuel.id}`).click();
    const fuelDrawer = page.getByTestId('fleet-fuel-edit-drawer');
    await fuelDrawer.waitFor();
    expect(Number((await fuelDrawer.getByTestId('fleet-fuel-odometer').inputValue()).replace(/,/g, ''))).toBe(fuel.odometerKm);
    await settle(page);
    await screenshot(page, 'fleet-fuel-edit-drawer');
    await fuelDrawer.getByTestId('drawer-submit').click();
    await fuelDrawer.waitFor({ state: 'hidden' });
    await page.getByTestId(`fleet-fuel-delete-${fuel.id}`).click();
    await page.locator('.ant-modal-confirm').waitFor();
    await settle(page, 400);
    await screenshot(page, 'fleet-fuel-delete-confirm');
    await page.locator('.ant-modal-confirm .ant-btn:not(.ant-btn-primary)').click();
    expect((await call<{ id: string }>(base, api, 'GET', `${F}/fuel-records/${fuel.id}`)).id).toBe(fuel.id);

    // 登记保险 on the vehicle file (saved, listed) and the 违章 drawer
    const vehicle = (await call<Paged<{ id: string }>>(base, api, 'GET', `${F}/vehicles?pageSize=1`)).items[0]!;
    await page.goto(`${base}/fleet/vehicles/${vehicle.id}?tab=insurance`);
    await page.getByTestId('fleet-record-add-insurance').click();
    const insDrawer = page.getByTestId('fleet-record-drawer-insurance');
    await insDrawer.waitFor();
    await page.getByTestId('fleet-record-insurer').fill('人保财险舟山分公司');
    await insDrawer.locator('#policyNo').fill('PDZA2026E2E0001');
    await settle(page);
    await screenshot(page, 'fleet-record-insurance-drawer');
    await insDrawer.getByTestId('drawer-submit').click();
    await page.getByTestId('table-fleet-vehicle-insurance').getByText('PDZA2026E2E0001').waitFor();
    await page.goto(`${base}/fleet/vehicles/${vehicle.id}?tab=incidents`);
    await page.getByTestId('fleet-record-add-violation').click();
    await page.getByTestId('fleet-record-drawer-violation').waitFor();
    await settle(page);
    await screenshot(page, 'fleet-record-violation-drawer');
    await closeDrawer(page);

    // the dispatch desk in English: the reasons of the first suggestion carry no Chinese
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('lang-en-US').click();
    await page.getByTestId('menu-fleet-dispatch').click();
    await page.getByTestId('table-fleet-dispatch-queue').locator('tbody tr.ant-table-row').first().click();
    const reasons = page.getByTestId('fleet-suggestion-reasons-1');
    await reasons.waitFor();
    expect(await reasons.innerText()).toMatch(/seats/);
    expect(await reasons.innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    await settle(page);
    await screenshot(page, 'fleet-dispatch-reasons-en');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the portal pages in English at 390×844 (staff)', async () => {
    const base = server!.baseUrl;
    const page = await newPage(browser!, PHONE);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => localStorage.setItem('zd.lang', 'en-US'));
    await portalSignIn(page, base, 'staff');
    expect(await page.getByTestId('portal-grid').innerText()).toContain('Car requests');
    await page.getByTestId('portal-entry-fleet-request').tap();
    await page.getByTestId('portal-fleet-requests').waitFor();
    await page.getByTestId('portal-fleet-request-new').tap();
    await settle(page);
    await screenshot(page, 'fleet-portal-request-form-en');
    await page.goto(`${base}/m/fleet/disclosure`);
    await page.getByTestId('portal-fleet-disclosure').waitFor();
    await settle(page, 1000);
    await screenshot(page, 'fleet-portal-disclosure-en');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
