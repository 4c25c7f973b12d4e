/**
 * 公务用车 administration through the real console (center): a setting, a quota and a standard version on
 * 编制与标准; a day off on the duty roster (and the driver no longer offered that day); a vehicle photo; a
 * vehicle marked for disposal and disposed with a hand-over document. Every change is checked through the API.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, closeDrawer, typeDate } from '../support/antd.js';
import { apiLogin, call, type ApiSession, type Paged } from '../support/api.js';
import { consolePage, launchBrowser, screenshot } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { shanghaiDate } from '../support/time.js';
import { F } from './fleet-helpers.js';

/** E2E_SHOTS: where to keep this spec's screenshots (default /tmp/zd-shots-fleetadmin). */
const shot = (page: Page, name: string) => screenshot(page, name, { dir: process.env.E2E_SHOTS ?? '/tmp/zd-shots-fleetadmin', settle: 500 });

describe('公务用车 administration (center, 1366×768)', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let base: string;
  let api: ApiSession;

  beforeAll(async () => {
    server = await startServer(); // E2E_WEB_DIST: a web build of one's own (several engineers build at once)
    browser = await launchBrowser();
    base = server.baseUrl;
    api = await apiLogin(base, 'center');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('changes a setting (refusing a share above 100 %), a quota and adds a standard version', async () => {
    const errors: string[] = [];
    const page = await consolePage(browser!, base, 'center', errors);

    // 参数设置: 提醒天数 30 → 15; 新能源比例 150 % refused by the form, 35 % saved as 0.35
    await page.goto(`${base}/fleet/standards?tab=settings`);
    await page.getByTestId('table-fleet-settings').getByText('reminder-days').waitFor();
    await shot(page, 'standards-settings');
    await page.getByTestId('fleet-setting-edit-reminder-days').click();
    const drawer = page.getByTestId('fleet-setting-drawer');
    await drawer.getByTestId('fleet-setting-value').fill('15');
    await drawer.getByTestId('fleet-setting-source').fill('舟机管〔2026〕3号 公务用车管理细则');
    await shot(page, 'standards-setting-drawer');
    await drawer.getByTestId('drawer-submit').click();
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await call<Paged<{ code: string; value: number; source: string }>>(base, api, 'GET', `${F}/settings`)).items.find((s) => s.code === 'reminder-days'))
      .toMatchObject({ value: 15, source: '舟机管〔2026〕3号 公务用车管理细则' });
    await expect.poll(() => page.getByTestId('fleet-setting-value-reminder-days').innerText()).toContain('15');

    await page.getByTestId('fleet-setting-edit-nev-share-min').click();
    await drawer.getByTestId('fleet-setting-value').fill('150');
    await drawer.getByTestId('drawer-submit').click();
    await drawer.getByText('比例应在 0% 到 100% 之间').waitFor();
    await shot(page, 'standards-setting-invalid');
    await drawer.getByTestId('fleet-setting-value').fill('35');
    await drawer.getByTestId('drawer-submit').click();
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await call<Paged<{ code: string; value: number }>>(base, api, 'GET', `${F}/settings`)).items.find((s) => s.code === 'nev-share-min')?.value).toBe(0.35);

    // 编制: the first row's quota becomes held + 3 with its approval reference
    const usage = (await call<Paged<{ id: string; agencyName: string; kind: string; quota: number; held: number }>>(base, api, 'GET', `${F}/quota-usage`)).items[0]!;
    await page.goto(`${base}/fleet/standards?tab=quotas`);
    await page.getByTestId(`fleet-quota-edit-${usage.agencyName}-${usage.kind}`).click();
    const qd = page.getByTestId('fleet-quota-drawer');
    await qd.getByTestId('fleet-quota-value').fill(String(usage.held + 3));
    await qd.getByTestId('fleet-quota-ref').fill('舟编办〔2026〕8号');
    await shot(page, 'standards-quota-drawer');
    await qd.getByTestId('drawer-submit').click();
    await qd.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await call<Paged<{ id: string; quota: number; approvalRef: string | null }>>(base, api, 'GET', `${F}/quota-usage`)).items.find((u) => u.id === usage.id))
      .toMatchObject({ quota: usage.held + 3, approvalRef: '舟编办〔2026〕8号' });
    await expect.poll(() => page.getByTestId(`fleet-quota-${usage.agencyName}-${usage.kind}`).innerText()).toBe(String(usage.held + 3));
    await shot(page, 'standards-quotas');

    // 配备标准: a new version of 机要通信用车 from 2027-01-01; the old one ends 2026-12-31
    await page.goto(`${base}/fleet/standards?tab=standards`);
    await page.getByTestId('fleet-std-version-confidential').click();
    const vd = page.getByTestId('fleet-std-version-drawer');
    await typeDate(vd.locator('input#effectiveFrom'), '2027-01-01');
    await page.keyboard.press('Escape').catch(() => undefined);
    await vd.getByText('2026-12-31').waitFor(); // the hint names the old version's last day
    await vd.getByTestId('fleet-std-price').fill('130000');
    await vd.getByTestId('fleet-std-source').fill('测试：新版机要通信用车标准');
    await shot(page, 'standards-version-drawer');
    await vd.getByTestId('drawer-submit').click();
    await vd.waitFor({ state: 'hidden' });
    const versions = (await call<Paged<{ effectiveFrom: string; effectiveTo: string | null; maxPriceFen: number | null }>>(base, api, 'GET', `${F}/standards?code=confidential&sort=effectiveFrom:asc`)).items;
    expect(versions.map((x) => [x.effectiveTo, x.maxPriceFen])).toEqual([['2026-12-31', 12_000_000], [null, 13_000_000]]);
    expect(versions[1]!.effectiveFrom).toBe('2027-01-01');
    await shot(page, 'standards-list');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a day off on the roster takes the driver out of dispatch that day (and only that day)', async () => {
    // next week's Wednesday and Thursday (Asia/Shanghai)
    const now = new Date();
    const dow = (new Date(`${shanghaiDate(now)}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday
    const monday = new Date(Date.parse(`${shanghaiDate(now)}T00:00:00Z`) + (7 - dow) * 86_400_000);
    const wed = new Date(monday.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    const thu = new Date(monday.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
    const available = async (day: string) => (await call<Paged<{ id: string; name: string }>>(base, api, 'GET',
      `${F}/drivers-available?from=${encodeURIComponent(`${day}T09:00:00+08:00`)}&to=${encodeURIComponent(`${day}T11:00:00+08:00`)}`)).items.map((d) => d.id);
    const first = (await call<Paged<{ id: string; name: string }>>(base, api, 'GET', `${F}/drivers-available?from=${encodeURIComponent(`${wed}T09:00:00+08:00`)}&to=${encodeURIComponent(`${wed}T11:00:00+08:00`)}`)).items[0]!;
    expect(await available(thu)).toContain(first.id);

    const errors: string[] = [];
    const page = await consolePage(browser!, base, 'center', errors);
    await page.goto(`${base}/fleet/drivers?view=roster`);
    await page.getByTestId('fleet-emergency-team').waitFor();
    await page.getByTestId('table-fleet-roster').locator('tbody tr.ant-table-row').first().waitFor();
    await shot(page, 'drivers-roster');
    await page.getByTestId('fleet-roster-next').click();
    await expect.poll(() => page.getByTestId('fleet-roster-week').innerText()).toContain(monday.toISOString().slice(0, 10));
    const cell = `roster-cell-${first.id}-${wed}`;
    for (let i = 0; i < 10 && !(await page.getByTestId(cell).isVisible()); i += 1) await page.getByTestId('table-fleet-roster').locator('.ant-pagination-next').click();
    await choose(page, cell, '休息');
    await expect.poll(() => page.getByTestId('fleet-roster-save').innerText()).toContain('1 处修改');
    await shot(page, 'drivers-roster-changed');
    await page.getByTestId('fleet-roster-save').click();
    await expect.poll(async () => (await call<Paged<{ day: string; shift: string }>>(base, api, 'GET', `${F}/driver-roster?from=${wed}&to=${thu}&driverId=${first.id}`)).items)
      .toEqual([expect.objectContaining({ day: wed, shift: 'off' })]);
    expect(await available(wed)).not.toContain(first.id);
    expect(await available(thu)).toContain(first.id);

    // the driver's file shows this week's shifts; the list view still works
    await page.getByTestId('fleet-drivers-view').getByText('驾驶员名单').click();
    await page.getByTestId('table-fleet-drivers').locator('tbody tr a').first().click();
    await page.getByTestId('fleet-driver-week').waitFor();
    await shot(page, 'drivers-detail-week');
    await closeDrawer(page);

    // English: the roster and the settings speak it
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('lang-en-US').click();
    await page.goto(`${base}/fleet/drivers?view=roster`);
    await page.getByText('Duty roster', { exact: true }).first().waitFor();
    expect(await page.getByTestId('fleet-roster').getByRole('button', { name: /Save roster/ }).count()).toBe(1);
    await shot(page, 'drivers-roster-en');
    await page.goto(`${base}/fleet/standards?tab=settings`);
    await page.getByTestId('table-fleet-settings').getByText('Minimum share of new-energy vehicles in purchases').waitFor();
    await shot(page, 'standards-settings-en');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('uploads a vehicle photo, marks the vehicle for disposal and disposes of it with a hand-over document', async () => {
    const vehicle = (await call<Paged<{ id: string; plate: string }>>(base, api, 'GET', `${F}/vehicles?status=in-use&pageSize=1&sort=plate:desc`)).items[0]!;
    const errors: string[] = [];
    const page = await consolePage(browser!, base, 'center', errors);
    // a real PNG to upload: a piece of the signed-in console
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 480, height: 320 } });

    await page.goto(`${base}/fleet/vehicles/${vehicle.id}?tab=files`);
    const files = page.getByTestId('fleet-vehicle-files');
    await files.waitFor();
    await files.locator('input[type=file]').first().setInputFiles({ name: '车辆正面.png', mimeType: 'image/png', buffer: png });
    const photo = page.getByTestId('fleet-vehicle-photos').locator('img').first();
    await photo.waitFor();
    await expect.poll(() => photo.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await page.getByTestId('fleet-vehicle-header-photo').waitFor();
    const attached = (await call<Paged<{ use: string; filename: string }>>(base, api, 'GET', `${F}/vehicles/${vehicle.id}/files`)).items;
    expect(attached).toEqual([expect.objectContaining({ use: 'fleet.vehicle.photo', filename: '车辆正面.png' })]);
    await shot(page, 'vehicle-files-photo');

    // 转待处置: reason, confirmation
    await page.getByTestId('fleet-vehicle-mark-disposal').click();
    const mark = page.getByTestId('fleet-mark-disposal-drawer');
    await mark.getByTestId('fleet-disposal-reason').fill('达到更新年限，车况较差');
    await mark.getByTestId('drawer-submit').click();
    await page.locator('.ant-modal-confirm').waitFor();
    await shot(page, 'vehicle-mark-confirm');
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('fleet-vehicle-status').innerText()).toBe('待处置');
    expect((await call<{ status: string }>(base, api, 'GET', `${F}/vehicles/${vehicle.id}`)).status).toBe('pending-disposal');

    // 处置移交: 接收方, 方式, 文号, a PDF hand-over form; declining the confirmation changes nothing
    await page.getByTestId('fleet-vehicle-dispose').click();
    const dispose = page.getByTestId('fleet-dispose-drawer');
    await dispose.getByTestId('drawer-submit').click();
    await dispose.getByText('请填写接收方').waitFor(); // nothing filled: the form says what is missing
    await dispose.getByTestId('fleet-disposal-party').fill('舟山市公物仓');
    await dispose.getByTestId('fleet-disposal-method').getByText('交公物仓').click();
    await dispose.getByTestId('fleet-disposal-docno').fill('舟机管〔2026〕12号');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
    await dispose.getByTestId('fleet-disposal-documents').locator('input[type=file]').setInputFiles({ name: '车辆移交单.pdf', mimeType: 'application/pdf', buffer: pdf });
    await dispose.locator('.ant-upload-list-item-done').waitFor();
    await expect.poll(() => dispose.getByText('请上传至少一份移交文件').count()).toBe(0); // the field re-checks as the upload lands
    await shot(page, 'vehicle-dispose-drawer');
    await dispose.getByTestId('drawer-submit').click();
    await page.locator('.ant-modal-confirm').waitFor();
    await page.locator('.ant-modal-confirm .ant-btn:not(.ant-btn-primary)').click();
    expect((await call<{ status: string }>(base, api, 'GET', `${F}/vehicles/${vehicle.id}`)).status).toBe('pending-disposal');
    await dispose.getByTestId('drawer-submit').click();
    await page.locator('.ant-modal-confirm').waitFor();
    expect(await page.locator('.ant-modal-confirm').innerText()).toContain('舟山市公物仓');
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('fleet-vehicle-status').innerText()).toBe('已处置');
    await page.getByTestId('fleet-vehicle-disposal-info').getByText('舟机管〔2026〕12号', { exact: false }).waitFor();
    expect((await call<{ status: string }>(base, api, 'GET', `${F}/vehicles/${vehicle.id}`)).status).toBe('disposed');
    const changes = (await call<Paged<{ toStatus: string; receivingParty: string | null; disposalMethod: string | null; documentNo: string | null }>>(base, api, 'GET', `${F}/vehicles/${vehicle.id}/status-changes`)).items;
    expect(changes[0]).toMatchObject({ toStatus: 'disposed', receivingParty: '舟山市公物仓', disposalMethod: 'warehouse', documentNo: '舟机管〔2026〕12号' });
    const after = (await call<Paged<{ use: string; filename: string }>>(base, api, 'GET', `${F}/vehicles/${vehicle.id}/files`)).items;
    expect(after).toEqual(expect.arrayContaining([expect.objectContaining({ use: 'fleet.vehicle.document', filename: '车辆移交单.pdf' })]));
    await page.getByTestId('table-fleet-vehicle-documents').getByText('车辆移交单.pdf').waitFor();
    await page.getByTestId('table-fleet-vehicle-status-changes').getByText('舟山市公物仓').waitFor();
    await shot(page, 'vehicle-disposed');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a repair completion with an odometer reading below the last one is refused naming it; a fitting one is kept', async () => {
    // the agency officer asks for a repair of one of its vehicles; the center approves it
    const agency = await apiLogin(base, 'agency');
    const vehicle = (await call<Paged<{ id: string; plate: string }>>(base, agency, 'GET', `${F}/vehicles?status=in-use&pageSize=1`)).items[0]!;
    const repair = await call<{ id: string; workflowInstanceId: string }>(base, agency, 'POST', `${F}/repairs`, { vehicleId: vehicle.id, kind: 'maintenance', description: '更换机油机滤（e2e）', estimateFen: 80_000 });
    const tasks = await call<Paged<{ id: string; instanceId: string }>>(base, api, 'GET', '/api/v1/workflow/tasks?status=open&pageSize=200');
    await call(base, api, 'POST', `/api/v1/workflow/tasks/${tasks.items.find((x) => x.instanceId === repair.workflowInstanceId)!.id}/approve`, { comment: '同意' });
    const readings = async () => (await call<{ items: Array<{ at: string; km: number; source: string; sourceId: string }> }>(base, api, 'GET', `${F}/vehicles/${vehicle.id}/odometer?pageSize=200`)).items;
    const last = (await readings()).slice().sort((a, b) => b.at.localeCompare(a.at))[0];
    const lastKm = last?.km ?? 0;

    const errors: string[] = [];
    const page = await consolePage(browser!, base, 'center', errors);
    await page.goto(`${base}/fleet/maintenance?status=approved`);
    await page.getByTestId('table-fleet-maintenance').getByText('更换机油机滤（e2e）').waitFor();
    await page.getByTestId('table-fleet-maintenance').locator('tr', { hasText: '更换机油机滤（e2e）' }).getByText('完工').click();
    const drawer = page.getByTestId('fleet-repair-complete-drawer');
    await drawer.locator('input#parts').fill('500');
    await drawer.locator('input#labour').fill('300');
    await drawer.locator('input#invoice').fill('790');
    await drawer.locator('input#invoiceNo').fill('FP-E2E-001');
    await drawer.getByTestId('drawer-submit').click();
    await drawer.getByText('发票金额应等于配件费与工时费之和（800.00 元）').waitFor(); // 500 + 300 = 800
    await drawer.locator('input#invoice').fill('800');
    // completed now, 100 km below the last reading: the distance since it would be −100 km
    await drawer.getByTestId('fleet-repair-odometer').fill(String(Math.max(0, Math.floor(lastKm) - 100)));
    await shot(page, 'maintenance-complete-drawer');
    await drawer.getByTestId('drawer-submit').click();
    if (last) {
      await page.getByText('必须不小于前一条读数').first().waitFor();
      await shot(page, 'maintenance-complete-refused');
      expect((await call<{ status: string }>(base, api, 'GET', `${F}/repairs/${repair.id}`)).status).toBe('approved');
    }
    await drawer.getByTestId('fleet-repair-odometer').fill(String(Math.ceil(lastKm) + 12));
    await drawer.getByTestId('drawer-submit').click();
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await call<{ status: string; odometerKm: number | null }>(base, api, 'GET', `${F}/repairs/${repair.id}`))).toMatchObject({ status: 'completed', odometerKm: Math.ceil(lastKm) + 12 });
    expect((await readings()).find((r) => r.sourceId === repair.id)).toMatchObject({ source: 'repair', km: Math.ceil(lastKm) + 12 });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
