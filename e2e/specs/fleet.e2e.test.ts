import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from '../support/antd.js';
import { consolePage, launchBrowser, portalPage, screenshot, settle } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { call } from '../support/api.js';
import { shanghaiWall } from '../support/time.js';
import { dispatcherActor, driverActor, ensureVehicle } from './fleet-actors.js';
import { F } from './fleet-helpers.js';

/** Waits for a text; on a timeout, first saves a screenshot of what the page shows instead. */
async function seeText(page: Page, text: string, shot: string) {
  try {
    await page.getByText(text).first().waitFor({ timeout: 20_000 });
  } catch (e) {
    await screenshot(page, `${shot}-failed`);
    throw e;
  }
}

/** Wall time in Asia/Shanghai as a datetime-local value (what a phone's picker gives), and its month. */
const local = (d: Date) => shanghaiWall(d).slice(0, 16);
const month = (d: Date) => shanghaiWall(d).slice(0, 7);

interface DisclosureRow { vehicleId: string; plate: string; km: number }

describe('公务用车: request on the phone → approval → dispatch in the console → the driver drives → disclosure', () => {
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

  it('staff requests a car, agency approves, dispatcher assigns the first suggestion, the driver departs and returns; the km reach the disclosure', async () => {
    const base = server!.baseUrl;
    const errors: string[] = [];
    const tag = Date.now() % 100_000;
    const purpose = `赴定海区调研${tag}`;
    const origin = `市行政中心${tag}`;
    const now = new Date();
    const start = new Date(now.getTime() + 30 * 60_000);
    const end = new Date(now.getTime() + 4 * 3600_000);

    // 1. 干部 (staff) requests a car on the phone
    const staff = await portalPage(browser!, base, 'staff', errors);
    await staff.getByTestId('portal-entry-fleet-request').waitFor();
    await settle(staff);
    await screenshot(staff, 'fleet-portal-home');
    await staff.getByTestId('portal-entry-fleet-request').tap();
    await staff.getByTestId('portal-fleet-requests').waitFor();
    await settle(staff);
    await screenshot(staff, 'fleet-portal-requests');
    await staff.getByTestId('portal-fleet-request-new').tap();
    await staff.getByTestId('portal-fleet-purpose').locator('input').fill(purpose);
    await staff.getByTestId('portal-fleet-start').locator('input').fill(local(start));
    await staff.getByTestId('portal-fleet-end').locator('input').fill(local(end));
    await staff.getByTestId('portal-fleet-origin').locator('input').fill(origin);
    await staff.getByTestId('portal-fleet-destination').locator('input').fill('定海区政府');
    await settle(staff);
    await screenshot(staff, 'fleet-portal-request-form');
    await staff.getByTestId('portal-fleet-request-submit').tap();
    const card = staff.getByTestId(`portal-fleet-request-${purpose}`);
    await card.waitFor();
    await expect.poll(() => card.getByTestId('portal-fleet-request-status').innerText()).toBe('审批中');
    await settle(staff, 2500); // why: let the success toast fade
    await screenshot(staff, 'fleet-portal-request-pending');

    // 2. 单位管理员 (agency) approves on the phone
    const agency = await portalPage(browser!, base, 'agency', errors);
    await agency.getByTestId('portal-entry-tasks').tap();
    const task = agency.getByTestId(new RegExp(`^portal-task-用车申请：${origin}`));
    await task.waitFor();
    await task.tap();
    await agency.getByTestId('portal-task-detail').waitFor();
    await agency.getByTestId('portal-comment').locator('textarea').fill('同意用车');
    await agency.getByTestId('portal-approve').tap();
    await agency.getByText('已处理').first().waitFor();
    await staff.reload();
    await expect.poll(() => staff.getByTestId(`portal-fleet-request-${purpose}`).getByTestId('portal-fleet-request-status').innerText(), { timeout: 15_000 }).toBe('待派车');

    // 3. 调度员 (dispatcher) assigns the first-ranked vehicle and driver on the dispatch desk (1366×768)
    const dispatcher = await dispatcherActor(base);
    const dispatcherApi = dispatcher.session;
    const driverActorInfo = await driverActor(base, dispatcherApi);
    await ensureVehicle(base);
    const monthNow = month(now);
    const before = await call<{ items: DisclosureRow[] }>(base, dispatcherApi, 'GET', `${F}/reports/fuel-disclosure?month=${monthNow}&pageSize=200`);
    const desk = await consolePage(browser!, base, dispatcher.username, errors, dispatcher.password);
    await desk.getByTestId('menu-fleet-dispatch').click();
    await desk.getByTestId(`fleet-queue-${purpose}`).click();
    await desk.getByTestId('fleet-suggestion-1').waitFor();
    const plate = (await desk.getByTestId('fleet-suggestion-1').innerText()).split('\n')[0]!.replace(/新能源$/, '').trim();
    // the driver of the phone step: chosen among the ranked drivers offered for the window
    await choose(desk, 'fleet-assign-driver', `. ${driverActorInfo.driverName}`, { exact: false });
    await settle(desk);
    await screenshot(desk, 'fleet-dispatch-suggestions');
    await desk.getByTestId('fleet-assign').click();
    await desk.getByText('派车成功').first().waitFor();
    await expect.poll(() => desk.getByTestId(`fleet-queue-${purpose}`).count()).toBe(0);
    await settle(desk);
    await screenshot(desk, 'fleet-dispatch-done');

    // the applicant sees the vehicle on the phone
    await staff.reload();
    await staff.getByTestId(`portal-fleet-request-${purpose}`).tap();
    await staff.getByTestId('portal-fleet-request-detail').waitFor();
    await expect.poll(() => staff.getByTestId('portal-fleet-detail-status').innerText()).toBe('已派车');
    await settle(staff);
    await screenshot(staff, 'fleet-portal-request-dispatched');

    // 4. 驾驶员 (driver) records departure and return on the phone
    const trips = await call<{ items: Array<{ id: string; vehicleId: string; plate: string; purpose: string | null }> }>(base, dispatcherApi, 'GET', `${F}/trips?q=${encodeURIComponent(purpose)}`);
    const trip = trips.items.find((x) => x.purpose === purpose)!;
    expect(trip.plate).toBe(plate);
    const odo = await call<{ items: Array<{ at: string; km: number }> }>(base, dispatcherApi, 'GET', `${F}/vehicles/${trip.vehicleId}/odometer?pageSize=200`);
    const lastKm = Math.max(0, ...odo.items.filter((r) => Date.parse(r.at) <= Date.now()).map((r) => r.km));
    const departKm = Math.ceil(lastKm) + 3;
    const returnKm = departKm + 86.4;
    const driver = await portalPage(browser!, base, driverActorInfo.username, errors, driverActorInfo.password);
    await driver.getByTestId('portal-entry-fleet-driver').tap();
    const tripCard = driver.getByTestId(`portal-fleet-trip-${plate}`).filter({ hasText: purpose });
    await tripCard.waitFor();
    await settle(driver);
    await screenshot(driver, 'fleet-driver-tasks');
    // out now (the form's default time), back two minutes later: 86.4 km in two minutes is flagged, not refused
    await tripCard.getByTestId('portal-fleet-depart').tap();
    await driver.getByTestId('portal-fleet-km').locator('input').fill(String(departKm));
    await driver.getByTestId('portal-fleet-action-submit').tap();
    await seeText(driver, '出车已登记', 'fleet-driver-depart');
    await settle(driver, 2500);
    await tripCard.getByTestId('portal-fleet-return').tap();
    await driver.getByTestId('portal-fleet-at').locator('input').fill(local(new Date(Date.now() + 2 * 60_000)));
    await driver.getByTestId('portal-fleet-km').locator('input').fill(String(returnKm));
    await driver.getByTestId('portal-fleet-toll').locator('input').fill('15');
    await settle(driver);
    await screenshot(driver, 'fleet-driver-return-form');
    await driver.getByTestId('portal-fleet-action-submit').tap();
    await seeText(driver, '回场已登记', 'fleet-driver-return');
    await expect.poll(() => tripCard.count()).toBe(0);

    // the console's 行程 shows the trip returned, with the implausible odometer jump flagged
    await desk.getByTestId('menu-fleet-trips').click();
    await desk.getByTestId('query-form').locator('input').first().fill(purpose);
    await desk.getByTestId('query-submit').click();
    const row = desk.getByTestId('table-fleet-trips').locator('tbody tr').filter({ hasText: purpose });
    await expect.poll(() => row.innerText()).toContain('已收车');
    expect(await row.innerText()).toContain('里程跳变');
    await settle(desk);
    await screenshot(desk, 'fleet-trips-flagged');

    // the applicant rates the completed trip
    await staff.reload();
    await staff.getByTestId('portal-fleet-request-detail').waitFor();
    await expect.poll(() => staff.getByTestId('portal-fleet-detail-status').innerText(), { timeout: 15_000 }).toBe('已完成');
    await staff.getByTestId('portal-fleet-rate').tap();
    await staff.getByText('感谢您的评价').first().waitFor();
    await settle(staff, 2500);
    await screenshot(staff, 'fleet-portal-request-rated');

    // 5. the month's disclosure shows the trip's 86.4 km on top of what the vehicle had (console and phone)
    const after = await call<{ items: DisclosureRow[] }>(base, dispatcherApi, 'GET', `${F}/reports/fuel-disclosure?month=${monthNow}&pageSize=200`);
    const km0 = before.items.find((r) => r.plate === plate)?.km ?? 0;
    const km1 = after.items.find((r) => r.plate === plate)?.km;
    expect(km1).toBeCloseTo(km0 + 86.4, 1); // this trip: 86.4 km = returnKm − departKm
    await desk.getByTestId('menu-fleet-disclosure').click();
    await desk.getByTestId('table-fleet-disclosure').waitFor();
    await desk.getByTestId('fleet-disclosure-chart').waitFor();
    await settle(desk, 1000);
    await screenshot(desk, 'fleet-disclosure');
    await desk.getByTestId('fleet-disclosure-search').locator('input').fill(plate);
    await desk.getByTestId('fleet-disclosure-search').locator('input').press('Enter');
    const cell = desk.getByTestId(`fleet-disclosure-km-${plate}`);
    await cell.waitFor();
    expect(Number((await cell.innerText()).replace(/,/g, ''))).toBeCloseTo(km0 + 86.4, 1);
    await settle(desk, 800);
    await screenshot(desk, 'fleet-disclosure-vehicle');
    await staff.goto(`${base}/m/fleet/disclosure`);
    await staff.getByTestId(`portal-fleet-disclosure-${plate}`).waitFor();
    await settle(staff);
    await screenshot(staff, 'fleet-portal-disclosure');

    expect(errors, 'no script errors on any page').toEqual([]);
    for (const p of [staff, agency, desk, driver]) await p.context().close();
  });
});
