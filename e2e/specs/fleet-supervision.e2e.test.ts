/**
 * 公务用车 write forms through the real console (center): charging stations, piles and sessions;
 * a special inspection with findings, an overdue one highlighted, rectified and closed; a holiday
 * sealing list whose vehicle is then no longer offered for dispatch in the window (checked through the API).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, chooseMany, closeDrawer, confirmPopconfirm, pickerInput, typeDate } from '../support/antd.js';
import { apiLogin, call, type ApiSession, type Paged } from '../support/api.js';
import { consolePage, launchBrowser, screenshot } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { shanghaiDay } from '../support/time.js';
import { dispatcherActor } from './fleet-actors.js';
import { F } from './fleet-helpers.js';

/** E2E_SHOTS_DIR: where to keep this spec's screenshots (default e2e/screenshots). */
const shot = (page: Page, name: string) => screenshot(page, name, { dir: process.env.E2E_SHOTS_DIR, settle: 500 });

/** The open drawer's save, then wait for the drawer to close (the save succeeded). */
async function save(page: Page, testid: string) {
  const drawer = page.getByTestId(testid);
  await drawer.getByTestId('drawer-submit').click();
  await drawer.waitFor({ state: 'hidden', timeout: 15_000 });
}

describe('公务用车 write forms (center): charging, special inspections, holiday sealing', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let base: string;
  let api: ApiSession;
  const errors: string[] = [];
  const tag = String(Date.now()).slice(-6);

  beforeAll(async () => {
    server = await startServer(); // E2E_WEB_DIST: a web build of one's own (several engineers build at once)
    browser = await launchBrowser();
    base = server.baseUrl;
    api = await apiLogin(base, 'center');
    page = await consolePage(browser, base, 'center', errors);
  });

  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
    await server?.stop();
  });

  it('creates a station and a pile, records a session (yuan → fen), deactivates the pile and deletes the session', async () => {
    const vehicle = (await call<Paged<{ id: string; plate: string; brand: string; model: string; agencyId: string; agencyName: string }>>(base, api, 'GET', `${F}/vehicles?status=in-use&energy=bev&pageSize=1`)).items[0]!;
    const stationName = `E2E充电站${tag}`;

    // 充电站: an empty save shows the Chinese messages; then the agency, name, address
    await page.goto(`${base}/fleet/charging?tab=stations`);
    await page.getByTestId('fleet-station-new').click();
    const stDrawer = page.getByTestId('fleet-station-drawer');
    await stDrawer.getByTestId('drawer-submit').click();
    await stDrawer.getByText('请填写充电站名称').waitFor();
    await stDrawer.getByText('请选择所属单位').waitFor();
    await choose(page, 'fleet-station-agency', vehicle.agencyName, { type: vehicle.agencyName.slice(0, 4), remote: true });
    await page.getByTestId('fleet-station-name').fill(stationName);
    await page.getByTestId('fleet-station-address').fill('临城街道新城大道1号地下二层');
    await shot(page, 'charging-station-drawer');
    await save(page, 'fleet-station-drawer');
    await page.getByTestId('table-fleet-stations').getByText(stationName).waitFor();
    const stations = await call<Paged<{ id: string; agencyId: string; active: boolean }>>(base, api, 'GET', `${F}/charging-stations?q=${encodeURIComponent(stationName)}`);
    expect(stations.items).toMatchObject([{ agencyId: vehicle.agencyId, active: true }]);
    const stationId = stations.items[0]!.id;
    await shot(page, 'charging-stations');

    // 充电桩: DC 60 kW, code E2E-01 on the new station; a second pile with the same code is refused (409, named)
    await page.getByRole('tab', { name: '充电桩' }).click();
    const newPile = async (code: string) => {
      await page.getByTestId('fleet-pile-new').click();
      await choose(page, 'fleet-pile-station', stationName, { type: stationName, remote: true });
      await page.getByTestId('fleet-pile-code').fill(code);
      await page.getByTestId('fleet-pile-drawer').getByText('直流快充').click();
      await page.getByTestId('fleet-pile-power').fill('60');
    };
    await newPile('E2E-01');
    await shot(page, 'charging-pile-drawer');
    await save(page, 'fleet-pile-drawer');
    const piles = await call<Paged<{ id: string; code: string; kind: string; powerKw: number; active: boolean }>>(base, api, 'GET', `${F}/charging-piles?stationId=${stationId}`);
    expect(piles.items).toMatchObject([{ code: 'E2E-01', kind: 'dc', powerKw: 60, active: true }]);
    const pileId = piles.items[0]!.id;
    await page.getByTestId('table-fleet-piles').getByText('E2E-01').waitFor();
    await newPile('E2E-01');
    await page.getByTestId('fleet-pile-drawer').getByTestId('drawer-submit').click();
    await page.getByText('该充电站已有编号“E2E-01”的充电桩').first().waitFor();
    await closeDrawer(page);
    await shot(page, 'charging-piles');

    // 登记充电: vehicle, station → pile, the default window (the last hour), 35.5 kWh, 42.60 yuan
    await page.getByRole('tab', { name: '充电记录' }).click();
    await page.getByTestId('fleet-session-new').click();
    await choose(page, 'fleet-session-vehicle', `${vehicle.plate} · ${vehicle.brand} ${vehicle.model}`, { type: vehicle.plate.slice(-5), remote: true });
    await choose(page, 'fleet-session-station', stationName, { type: stationName, remote: true });
    await choose(page, 'fleet-session-pile', 'E2E-01 · 直流快充 60 kW', { remote: true });
    await page.getByTestId('fleet-session-kwh').fill('35.5');
    await page.getByTestId('fleet-session-amount').fill('42.6');
    await shot(page, 'charging-session-drawer');
    await save(page, 'fleet-session-drawer');
    const sessions = await call<Paged<{ id: string; kwh: number; amountFen: number; vehicleId: string; startedAt: string; endedAt: string }>>(base, api, 'GET', `${F}/charging-sessions?pileId=${pileId}`);
    // 42.60 yuan = 4 260 fen; the default window is one hour
    expect(sessions.items).toMatchObject([{ kwh: 35.5, amountFen: 4260, vehicleId: vehicle.id }]);
    const s = sessions.items[0]!;
    expect(Date.parse(s.endedAt) - Date.parse(s.startedAt)).toBe(3_600_000);
    const row = page.getByTestId('table-fleet-sessions').locator('tbody tr', { hasText: '42.60' }).first();
    await row.getByText('35.50').waitFor();
    await row.getByText(vehicle.plate).waitFor();
    await row.getByText(`${stationName} · E2E-01`).waitFor();
    await shot(page, 'charging-sessions');

    // 修改: the drawer opens with the session's station, pile, kWh and amount in yuan
    await page.getByTestId(`fleet-session-edit-${s.id}`).click();
    const edit = page.getByTestId('fleet-session-drawer');
    await edit.getByText('E2E-01 · 直流快充 60 kW').waitFor();
    expect(await page.getByTestId('fleet-session-kwh').inputValue()).toBe('35.50');
    expect(await page.getByTestId('fleet-session-amount').inputValue()).toBe('42.60');
    await shot(page, 'charging-session-edit');
    await closeDrawer(page);
    await edit.waitFor({ state: 'hidden' });

    // 停用 the pile (after a confirmation), then delete the session (after a confirmation)
    await page.getByRole('tab', { name: '充电桩' }).click();
    await page.getByTestId(`fleet-pile-toggle-${pileId}`).click();
    await shot(page, 'charging-pile-deactivate-confirm');
    await confirmPopconfirm(page);
    await expect.poll(async () => (await call<{ active: boolean }>(base, api, 'GET', `${F}/charging-piles/${pileId}`)).active).toBe(false);
    await page.getByRole('tab', { name: '充电记录' }).click();
    await page.getByTestId(`fleet-session-delete-${s.id}`).click();
    await confirmPopconfirm(page);
    await expect.poll(async () => (await call<Paged<unknown>>(base, api, 'GET', `${F}/charging-sessions?pileId=${pileId}`)).total).toBe(0);
    await page.getByTestId(`fleet-session-delete-${s.id}`).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('creates a special inspection, adds findings with deadlines (the overdue one in red), rectifies them and closes the inspection', async () => {
    const agency = (await call<Paged<{ id: string; name: string }>>(base, api, 'GET', '/api/v1/org/agencies?q=%E6%95%99%E8%82%B2%E5%B1%80&pageSize=5')).items[0]!;
    const title = `E2E节前公车专项检查${tag}`;
    const inspectedOn = shanghaiDay(-30);
    await page.goto(`${base}/fleet/supervision?tab=inspections`);
    await page.getByTestId('fleet-inspection-new').click();
    const drawer = page.getByTestId('fleet-inspection-drawer');
    await drawer.getByTestId('drawer-submit').click();
    await drawer.getByText('请选择被检查单位').waitFor();
    await drawer.getByText('请填写检查名称').waitFor();
    await choose(page, 'fleet-inspection-agency', agency.name, { type: agency.name.slice(0, 4), remote: true });
    await page.getByTestId('fleet-inspection-title').fill(title);
    await typeDate(pickerInput(page, 'fleet-inspection-date'), inspectedOn);
    await page.getByTestId('fleet-inspection-inspectors').fill('张明、李华');
    await shot(page, 'inspection-drawer');
    await save(page, 'fleet-inspection-drawer');
    const insp = (await call<Paged<{ id: string; agencyId: string; inspectedOn: string; status: string }>>(base, api, 'GET', `${F}/special-inspections?q=${encodeURIComponent(title)}`)).items;
    expect(insp).toMatchObject([{ agencyId: agency.id, inspectedOn, status: 'open' }]);
    const inspectionId = insp[0]!.id;

    // the new inspection opens in its detail drawer: two findings, one already past its deadline (10 days ago)
    const detail = page.getByTestId('fleet-inspection-detail');
    await detail.getByText(title).first().waitFor();
    const addFinding = async (text: string, deadline: string) => {
      await detail.getByTestId('fleet-finding-add').click();
      await page.getByTestId('fleet-finding-description').fill(text);
      await typeDate(pickerInput(page, 'fleet-finding-deadline'), deadline);
      await save(page, 'fleet-finding-drawer');
    };
    await addFinding('车辆未按规定停放在指定地点', shanghaiDay(-10));
    await addFinding('派车单填写不全', shanghaiDay(14));
    const findings = detail.getByTestId('table-fleet-findings');
    await findings.locator('tbody tr.ant-table-row').nth(1).waitFor();
    const overdueRow = findings.locator('tr[data-state="overdue"]');
    expect(await overdueRow.count()).toBe(1);
    await overdueRow.getByText('逾期 10 天').waitFor();
    expect(await overdueRow.evaluate((tr) => getComputedStyle(tr).backgroundColor)).toBe('rgb(255, 241, 240)');
    expect(await detail.getByTestId('fleet-findings-summary').innerText()).toBe('共 2 个问题，已整改 0 个，逾期 1 个');
    expect(await detail.getByTestId('fleet-inspection-close').isDisabled()).toBe(true);
    await shot(page, 'inspection-detail-overdue');

    // 登记整改 for each; the summary counts them and the inspection can then be closed
    const rows = await call<Paged<{ id: string; deadline: string }>>(base, api, 'GET', `${F}/inspection-findings?inspectionId=${inspectionId}`);
    expect(rows.items.map((f) => f.deadline)).toEqual([shanghaiDay(-10), shanghaiDay(14)]);
    for (const [i, f] of rows.items.entries()) {
      await page.getByTestId(`fleet-finding-rectify-${f.id}`).click();
      const rd = page.getByTestId('fleet-rectify-drawer');
      await rd.getByTestId('drawer-submit').click();
      await rd.getByText('请填写整改情况').waitFor();
      await page.getByTestId('fleet-rectify-text').fill(i === 0 ? '已统一停放至机关大院停车场' : '已补填派车单并完成审核');
      if (i === 0) await shot(page, 'inspection-rectify-drawer');
      await save(page, 'fleet-rectify-drawer');
    }
    await expect.poll(() => detail.getByTestId('fleet-findings-summary').innerText()).toBe('共 2 个问题，已整改 2 个，逾期 0 个');
    expect(await findings.locator('tr[data-state="overdue"]').count()).toBe(0);
    const after = await call<Paged<{ rectifiedOn: string | null; rectification: string | null }>>(base, api, 'GET', `${F}/inspection-findings?inspectionId=${inspectionId}`);
    expect(after.items.map((f) => f.rectifiedOn)).toEqual([shanghaiDay(0), shanghaiDay(0)]);
    await detail.getByTestId('fleet-inspection-close').click();
    await confirmPopconfirm(page);
    await expect.poll(() => detail.getByTestId('fleet-inspection-status').innerText()).toBe('已办结');
    expect((await call<{ status: string }>(base, api, 'GET', `${F}/special-inspections/${inspectionId}`)).status).toBe('closed');
    await expect(detail.getByTestId('fleet-finding-add').count()).resolves.toBe(0);
    await shot(page, 'inspection-detail-closed');
    await closeDrawer(page);
    await page.getByTestId('table-fleet-inspections').getByText(title).waitFor();
    await shot(page, 'inspections');
    expect(errors).toEqual([]);
  });

  it('creates a holiday sealing list, adds two vehicles, removes one; the sealed one is not offered for dispatch in the window', async () => {
    const dispatcher = (await dispatcherActor(base)).session;
    // a window 60 days ahead, 09:00–12:00 Shanghai; the sealing covers that whole day
    const day = shanghaiDay(60);
    const next = shanghaiDay(61);
    const from = new Date(`${day}T09:00:00+08:00`).toISOString();
    const to = new Date(`${day}T12:00:00+08:00`).toISOString();
    /** The dispatch desk's suggestions for one passenger in the window. */
    const suggest = <T>(query: string) => call<T>(base, dispatcher, 'GET', `${F}/dispatch/suggestions?${query}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&passengers=1`);
    // the agency whose vehicles are offered: the suggestions put the asking agency's own vehicles first
    const firstAgency = (await call<Paged<{ id: string }>>(base, api, 'GET', '/api/v1/org/agencies?pageSize=1')).items[0]!.id;
    const pool = await suggest<{ vehicles: Array<{ id: string; plate: string; agencyId: string }> }>(`agencyId=${firstAgency}&needDriver=false`);
    const perAgency = new Map<string, Array<{ id: string; plate: string }>>();
    for (const v of pool.vehicles) perAgency.set(v.agencyId, [...(perAgency.get(v.agencyId) ?? []), v]);
    const [agencyId, own] = [...perAgency.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(own.length).toBeGreaterThanOrEqual(2);
    const agency = await call<{ id: string; name: string }>(base, api, 'GET', `/api/v1/org/agencies/${agencyId}`);
    const offered = async () => (await suggest<{ vehicles: Array<{ id: string }> }>(`agencyId=${agency.id}&needDriver=false`)).vehicles.map((v) => v.id);
    const before = await offered();
    const [sealed, removed] = [own[0]!, own[1]!];
    expect(before).toEqual(expect.arrayContaining([sealed.id, removed.id]));

    const name = `E2E元旦假期封存${tag}`;
    await page.goto(`${base}/fleet/supervision?tab=sealing`);
    await page.getByTestId('fleet-sealing-new').click();
    const drawer = page.getByTestId('fleet-sealing-drawer');
    await drawer.getByTestId('drawer-submit').click();
    await drawer.getByText('请填写封存名称').waitFor();
    await drawer.getByText('请选择封存开始和结束时间').waitFor();
    await page.getByTestId('fleet-sealing-name').fill(name);
    await typeDate(pickerInput(page, 'fleet-sealing-period', 0), `${day} 00:00`);
    await typeDate(pickerInput(page, 'fleet-sealing-period', 1), `${next} 00:00`);
    await page.getByTestId('fleet-sealing-note').fill('假期非值班公务用车集中封存');
    await shot(page, 'sealing-drawer');
    await save(page, 'fleet-sealing-drawer');
    const list = (await call<Paged<{ id: string; startsAt: string; endsAt: string; note: string }>>(base, api, 'GET', `${F}/sealings?q=${encodeURIComponent(name)}`)).items;
    expect(list).toHaveLength(1);
    const sealing = list[0]!;
    expect([Date.parse(sealing.startsAt), Date.parse(sealing.endsAt)]).toEqual([Date.parse(`${day}T00:00:00+08:00`), Date.parse(`${next}T00:00:00+08:00`)]);
    expect(sealing.note).toBe('假期非值班公务用车集中封存');

    // the new list opens with its vehicles: add two of the agency's vehicles
    const detail = page.getByTestId('fleet-sealing-detail');
    await detail.getByTestId('fleet-sealing-add').click();
    const add = page.getByTestId('fleet-sealing-add-drawer');
    await add.getByTestId('drawer-submit').click();
    await add.getByText('请选择单位', { exact: true }).waitFor();
    await add.getByText('请至少选择一辆车').waitFor();
    await choose(page, 'fleet-sealing-agency', agency.name, { type: agency.name.slice(0, 4), remote: true });
    await chooseMany(page, 'fleet-sealing-vehicles', [sealed, removed].map((v) => ({ text: v.plate, type: v.plate.slice(-5) })), { exact: false });
    await shot(page, 'sealing-add-vehicles');
    await save(page, 'fleet-sealing-add-drawer');
    const table = detail.getByTestId('table-fleet-sealed-vehicles');
    await table.getByText(removed.plate).waitFor();
    await expect.poll(() => detail.getByTestId('fleet-sealing-count').innerText()).toBe('共 2 辆');
    await shot(page, 'sealing-detail');

    // 移出 asks first; the vehicle leaves the list
    await page.getByTestId(`fleet-sealing-remove-${removed.id}`).click();
    await page.locator('.ant-popconfirm:visible').getByText(`确定将 ${removed.plate} 移出`, { exact: false }).waitFor();
    await shot(page, 'sealing-remove-confirm');
    await confirmPopconfirm(page);
    await expect.poll(() => detail.getByTestId('fleet-sealing-count').innerText()).toBe('共 1 辆');
    expect(await table.locator('tbody tr.ant-table-row').first().innerText()).toContain(sealed.plate);
    expect(await table.locator('tbody tr.ant-table-row').first().innerText()).toContain('封存');

    // the server: on the list, not offered in the window (the removed one is), and a dispatch of it is refused naming the sealing
    const onList = await call<Paged<{ vehicleId: string }>>(base, api, 'GET', `${F}/sealings/${sealing.id}/vehicles`);
    expect(onList.items.map((v) => v.vehicleId)).toEqual([sealed.id]);
    const now = await offered();
    expect(now).not.toContain(sealed.id);
    expect(now).toContain(removed.id);
    const driver = (await suggest<{ drivers: Array<{ id: string }> }>(`agencyId=${agency.id}&needDriver=true&emergency=true&vehicleId=${sealed.id}`)).drivers[0]!;
    // call() throws "POST <path>: <status> <body>" on a refusal: 422 with the sealing's code
    await expect(call(base, dispatcher, 'POST', `${F}/trips/emergency`, {
      vehicleId: sealed.id, driverId: driver.id, agencyId: agency.id, plannedStart: from, plannedEnd: to, origin: '市行政中心', destination: '定海区', purpose: 'e2e 封存校验', passengerCount: 1,
    })).rejects.toThrow(/: 422 \{.*"code":"FLEET_VEHICLE_SEALED"/);

    await closeDrawer(page);
    const listRow = page.getByTestId('table-fleet-sealings').locator('tbody tr', { hasText: name });
    await listRow.getByText('未开始').waitFor();
    await shot(page, 'sealings');

    // English: the new toolbars and the sealing drawer carry no Chinese of their own
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('lang-en-US').click();
    await page.getByTestId('fleet-sealing-new').click();
    const en = page.getByTestId('fleet-sealing-drawer');
    await en.getByText('New sealing list').waitFor();
    expect(await en.innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    await shot(page, 'sealing-drawer-en');
    await closeDrawer(page);
    await page.goto(`${base}/fleet/charging?tab=piles`);
    expect(await page.getByTestId('fleet-pile-new').innerText()).toMatch(/New pile/);
    await shot(page, 'charging-piles-en');
    expect(errors).toEqual([]);
  });
});
