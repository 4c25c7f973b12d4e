/**
 * 公务用车 paths that worked in the API but had never been driven through the console: 应急派车 and its review,
 * 拼车 (carpool merge), 车辆登记 against the standards, and deleting a fuel fill. Demo accounts; the API is used
 * only to set up data and to check what the browser did.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, chooseNth, typeDate } from '../support/antd.js';
import { apiLogin, call, type ApiSession, type Paged } from '../support/api.js';
import { consolePage, launchBrowser, poll, screenshot, settle } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { shanghaiAt, shanghaiDate } from '../support/time.js';
import { F, freeSlots, inView, nameOf, rowsWith } from './fleet-helpers.js';

interface Trip {
  id: string; requestId: string | null; vehicleId: string; plate: string; driverId: string | null; driverName: string | null; plannedStart: string; plannedEnd: string;
  purpose: string | null; emergency: boolean; reviewFlag: boolean; reviewComment: string | null; reviewedAt: string | null; status: string;
  requests?: Array<{ id: string }>;
}
interface TripRequest { id: string; status: string; tripId: string | null; instanceId: string | null; agencyId: string }
interface Segment { km: number; quantity: number; per100km: number }

/** What the user sees once drawers, dropdowns and toasts have settled (the viewport: a full-page shot misplaces the fixed drawers). */
const shot = (page: Page, name: string, ms = 600) => screenshot(page, name, { fullPage: false, settle: ms });

describe('公务用车 dispatch paths through the console (dispatcher, center)', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let base = '';
  let center: ApiSession;
  let dispatcher: ApiSession;
  const tag = String(Date.now() % 10_000).padStart(4, '0');
  const errors: string[] = [];

  /** A page of an account, with script errors collected and the API's refusals printed. */
  const openConsole = (username: string): Promise<Page> => consolePage(browser!, base, username, errors);

  beforeAll(async () => {
    server = await startServer(); // E2E_WEB_DIST: a web build of one's own (several engineers build at once)
    base = server.baseUrl;
    browser = await launchBrowser();
    center = await apiLogin(base, 'center');
    dispatcher = await apiLogin(base, 'dispatcher');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('应急派车 without approval: the dispatcher picks a free vehicle and driver; the trip is flagged 应急派车待复核 until the center reviews it', async () => {
    const purpose = `防汛应急抢险${tag}`;
    const from = shanghaiAt(5, 9);
    const to = shanghaiAt(5, 11, 30);
    const agency = (await call<Paged<{ id: string; name: string }>>(base, dispatcher, 'GET', `${F}/dispatch/agencies?q=${encodeURIComponent('教育局')}`)).items[0]!;

    const desk = await openConsole('dispatcher');
    await desk.getByTestId('menu-fleet-dispatch').click();
    await desk.getByTestId('fleet-emergency-open').click();
    const drawer = desk.getByTestId('fleet-emergency-drawer');
    await drawer.waitFor();
    await settle(desk); // the drawer has slid in
    // without a window and an agency, the vehicle cannot be chosen yet (only free vehicles of the window are offered)
    expect(await drawer.getByTestId('fleet-assign-vehicle').getAttribute('class')).toContain('ant-select-disabled');
    await desk.getByTestId('fleet-emergency-purpose').fill(purpose);
    const range = drawer.locator('.ant-picker-range input');
    await typeDate(range.nth(0), from.text);
    await typeDate(range.nth(1), to.text);
    await drawer.locator('#origin').fill('舟山市应急管理局');
    await drawer.locator('#destination').fill('定海区盐仓街道');
    await choose(desk, 'fleet-emergency-agency', agency.name, { type: agency.name, within: drawer, check: true });
    // ranked free vehicles, the first preselected; the driver list (emergency team first) follows the vehicle
    await drawer.getByTestId('fleet-assign-vehicle-reasons').waitFor();
    const plate = nameOf(await chooseNth(desk, 'fleet-assign-vehicle', 0, drawer));
    const driverName = nameOf(await chooseNth(desk, 'fleet-assign-driver-select', 0, drawer));
    await shot(desk, 'fleet-dp-emergency-drawer');
    await drawer.getByTestId('drawer-submit').click();
    await desk.getByText('应急派车已登记，待复核').first().waitFor();
    await drawer.waitFor({ state: 'hidden' });

    // the trip: no request behind it, the chosen vehicle and driver, flagged for review
    const trips = await call<Paged<Trip>>(base, dispatcher, 'GET', `${F}/trips?q=${encodeURIComponent(purpose)}`);
    expect(trips.total).toBe(1);
    const trip = trips.items[0]!;
    expect(trip).toMatchObject({ requestId: null, plate, driverName, emergency: true, reviewFlag: true, status: 'dispatched', plannedStart: from.at.toISOString(), plannedEnd: to.at.toISOString() });

    // the dispatcher's 行程 shows it flagged
    await desk.goto(`${base}/fleet/trips?q=${encodeURIComponent(purpose)}`);
    const flag = desk.getByTestId(`fleet-trip-review-flag-${trip.id}`);
    await flag.waitFor();
    expect(await flag.innerText()).toBe('应急派车待复核');
    await inView(flag);
    await shot(desk, 'fleet-dp-emergency-flagged');

    // the center reviews it: the drawer shows what is reviewed; a comment is required
    const hq = await openConsole('center');
    await hq.goto(`${base}/fleet/trips?reviewFlag=true`);
    await hq.getByTestId(`fleet-trip-review-${trip.id}`).click();
    const review = hq.getByTestId('fleet-review-drawer');
    await review.waitFor();
    const facts = await review.getByTestId('fleet-review-trip').innerText();
    expect(facts).toContain(plate);
    expect(facts).toContain(driverName);
    expect(facts).toContain(purpose);
    await review.getByTestId('drawer-submit').click();
    await review.locator('.ant-form-item-explain-error').first().waitFor();
    expect(await review.locator('.ant-form-item-explain-error').first().innerText()).toContain('复核意见');
    expect((await call<Trip>(base, center, 'GET', `${F}/trips/${trip.id}`)).reviewFlag).toBe(true);
    const comment = `经核实，系防汛应急抢险用车，符合应急派车规定（${tag}）`;
    await review.getByTestId('fleet-review-comment').fill(comment);
    await shot(hq, 'fleet-dp-emergency-review');
    await review.getByTestId('drawer-submit').click();
    await hq.getByText('已复核').first().waitFor();
    // the review filter no longer lists it; the trip itself shows 已复核
    await poll(() => rowsWith(hq, 'table-fleet-trips', purpose).count()).toBe(0);
    await hq.goto(`${base}/fleet/trips?q=${encodeURIComponent(purpose)}`);
    const reviewed = hq.getByTestId(`fleet-trip-reviewed-${trip.id}`);
    await reviewed.waitFor();
    expect(await reviewed.innerText()).toBe('应急·已复核');
    await inView(reviewed);
    expect(await hq.getByTestId(`fleet-trip-review-flag-${trip.id}`).count()).toBe(0);
    expect(await hq.getByTestId(`fleet-trip-review-${trip.id}`).count()).toBe(0);
    await shot(hq, 'fleet-dp-emergency-reviewed');

    const after = await call<Trip>(base, center, 'GET', `${F}/trips/${trip.id}`);
    expect(after).toMatchObject({ reviewFlag: false, reviewComment: comment, emergency: true });
    expect(after.reviewedAt).not.toBeNull();
    for (const p of [desk, hq]) await p.context().close();
  });

  it('拼车: two approved requests to one place in overlapping windows are merged by the dispatcher onto one vehicle and driver', async () => {
    const destination = `岱山县高亭镇人民政府${tag}`;
    const staff = await apiLogin(base, 'staff');
    const agencyHead = await apiLogin(base, 'agency');
    // 10:00–11:30 (2 people) and 10:30–12:00 (1 person), day +4: overlapping, same destination
    const windows = [[shanghaiAt(4, 10), shanghaiAt(4, 11, 30), 2], [shanghaiAt(4, 10, 30), shanghaiAt(4, 12), 1]] as const;
    const ids: string[] = [];
    for (const [i, [s, e, n]] of windows.entries()) {
      const r = await call<TripRequest>(base, staff, 'POST', `${F}/trip-requests`, {
        passengerCount: n, passengerNames: n === 2 ? ['机关干部', '王科员'] : ['李科员'], origin: '舟山市行政中心', destinations: [destination],
        plannedStart: s.at.toISOString(), plannedEnd: e.at.toISOString(), purpose: `海岛防台检查${tag}-${i + 1}`, inCity: true, needDriver: true,
      });
      const task = (await call<Paged<{ id: string }>>(base, agencyHead, 'GET', `/api/v1/workflow/tasks?instanceId=${r.instanceId}`)).items[0]!;
      await call(base, agencyHead, 'POST', `/api/v1/workflow/tasks/${task.id}/approve`, { comment: '同意' });
      expect((await call<TripRequest>(base, staff, 'GET', `${F}/trip-requests/${r.id}`)).status).toBe('approved');
      ids.push(r.id);
    }
    const proposals = await call<{ items: Array<{ requestIds: string[]; destination: string }> }>(base, dispatcher, 'GET', `${F}/carpool-proposals`);
    expect(proposals.items.find((p) => p.destination === destination)?.requestIds.sort()).toEqual([...ids].sort());

    const desk = await openConsole('dispatcher');
    await desk.getByTestId('menu-fleet-dispatch').click();
    const proposal = desk.getByTestId(`fleet-carpool-${destination}`);
    await proposal.waitFor();
    expect(await proposal.innerText()).toContain('目的地相同');
    await shot(desk, 'fleet-dp-carpool-proposal');
    await proposal.getByTestId('fleet-carpool-merge').click();
    const drawer = desk.getByTestId('fleet-merge-drawer');
    await drawer.waitFor();
    await settle(desk); // the drawer has slid in
    // both requests are shown; vehicles free over the union 10:00–12:00 for 3 passengers + driver
    await poll(() => drawer.getByTestId('fleet-merge-requests').innerText()).toContain(`海岛防台检查${tag}-2`);
    expect(await drawer.getByTestId('fleet-merge-requests').innerText()).toContain(`海岛防台检查${tag}-1`);
    await drawer.getByTestId('fleet-assign-vehicle-reasons').waitFor();
    // not the preselected first-ranked vehicle: the second, to show the choice is the dispatcher's
    const plate = nameOf(await chooseNth(desk, 'fleet-assign-vehicle', 1, drawer));
    await settle(desk, 1000); // the drivers are ranked again for the chosen vehicle (licence class)
    const driverName = nameOf(await chooseNth(desk, 'fleet-assign-driver-select', 1, drawer));
    await shot(desk, 'fleet-dp-carpool-merge-drawer');
    await drawer.getByTestId('drawer-submit').click();
    await desk.getByText('已合并').first().waitFor();
    await poll(() => desk.getByTestId(`fleet-carpool-${destination}`).count()).toBe(0);
    await shot(desk, 'fleet-dp-carpool-merged');

    // both requests point to one trip, which carries the chosen vehicle and driver over the union of the windows
    const reqs = await Promise.all(ids.map((id) => call<TripRequest>(base, dispatcher, 'GET', `${F}/trip-requests/${id}`)));
    expect(reqs.map((r) => r.status)).toEqual(['dispatched', 'dispatched']);
    expect(reqs[0]!.tripId).not.toBeNull();
    expect(reqs[1]!.tripId).toBe(reqs[0]!.tripId);
    const trip = await call<Trip>(base, dispatcher, 'GET', `${F}/trips/${reqs[0]!.tripId}`);
    expect(trip).toMatchObject({ plate, driverName, emergency: false, plannedStart: windows[0][0].at.toISOString(), plannedEnd: windows[1][1].at.toISOString() });
    expect(trip.requests!.map((r) => r.id).sort()).toEqual([...ids].sort());
    // the vehicle holds exactly one booking in that window (for this trip), and so does the driver
    const window = `from=${encodeURIComponent(windows[0][0].at.toISOString())}&to=${encodeURIComponent(windows[1][1].at.toISOString())}`;
    const vBookings = await call<Paged<{ refId: string; state: string }>>(base, center, 'GET', `/api/v1/bookings?resourceType=fleet.vehicle&resourceId=${trip.vehicleId}&${window}`);
    expect(vBookings.items.filter((b) => b.state !== 'cancelled').map((b) => b.refId)).toEqual([trip.id]);
    const dBookings = await call<Paged<{ refId: string; state: string }>>(base, center, 'GET', `/api/v1/bookings?resourceType=fleet.driver&resourceId=${trip.driverId}&${window}`);
    expect(dBookings.items.filter((b) => b.state !== 'cancelled').map((b) => b.refId)).toEqual([trip.id]);
    await desk.context().close();
  });

  it('车辆登记: the center registers a 机要通信用车 within its standard; one priced above ¥120,000 is refused in the form, naming the rule and the limit, and nothing is written', async () => {
    const slots = await freeSlots(base, center, 'confidential');
    expect(slots.length, 'two agencies with a free 机要通信 slot in the demo quotas').toBeGreaterThanOrEqual(2);
    const [a, b] = slots as [typeof slots[0], typeof slots[0]];
    const plateOk = `浙L·T${tag}`;
    const plateOver = `浙L·T${String((Number(tag) + 1) % 10_000).padStart(4, '0')}`;
    const total = async () => (await call<Paged<unknown>>(base, center, 'GET', `${F}/vehicles?pageSize=1`)).total;
    const before = await total();

    const page = await openConsole('center');
    await page.getByTestId('menu-fleet-vehicles').click();
    await page.getByTestId('table-fleet-vehicles').waitFor();
    const drawer = page.getByTestId('fleet-vehicle-drawer');
    const fill = async (plate: string, agencyName: string, priceYuan: number) => {
      await page.getByTestId('toolbar-create').click();
      await drawer.waitFor();
      await settle(page); // why: a dropdown opened while the drawer still slides in is misplaced, and the click lands on another option
      await page.getByTestId('fleet-vehicle-plate').fill(plate);
      await page.getByTestId('fleet-vehicle-brand').fill('红旗');
      await page.getByTestId('fleet-vehicle-model').fill('H5 1.5T');
      await choose(page, 'fleet-vehicle-kind', '机要通信用车', { within: drawer, check: true });
      await choose(page, 'fleet-vehicle-energy', '汽油', { within: drawer, check: true });
      await choose(page, 'fleet-vehicle-agency', agencyName, { type: agencyName, within: drawer, check: true });
      await page.getByTestId('fleet-vehicle-price').fill(String(priceYuan));
      await typeDate(drawer.locator('#purchaseDate'), '2026-03-01');
      await drawer.locator('#displacementL').fill('1.5');
      await drawer.locator('#normPer100km').fill('7.2');
      await drawer.locator('#tankLitres').fill('55');
    };

    // within the standard (¥118,000 ≤ ¥120,000, 1.5 L ≤ 1.6 L) in agency A: saved
    await fill(plateOk, a.agencyName, 118_000);
    await shot(page, 'fleet-dp-vehicle-new');
    await drawer.getByTestId('drawer-submit').click();
    await page.getByText('保存成功').first().waitFor();
    await drawer.waitFor({ state: 'hidden' });
    const saved = await call<Paged<{ plate: string; kind: string; priceFen: number; agencyId: string; displacementL: number }>>(base, center, 'GET', `${F}/vehicles?q=${encodeURIComponent(plateOk)}`);
    expect(saved.items).toEqual([expect.objectContaining({ plate: plateOk, kind: 'confidential', priceFen: 11_800_000, agencyId: a.agencyId, displacementL: 1.5 })]);
    expect(await total()).toBe(before + 1);

    // ¥135,000 in agency B (which has a free slot, so only the standard is broken): refused in the form
    await fill(plateOver, b.agencyName, 135_000);
    await drawer.getByTestId('drawer-submit').click();
    const refusal = drawer.getByTestId('fleet-vehicle-refusal');
    await refusal.waitFor();
    const text = await refusal.innerText();
    expect(text).toContain('超出配备标准，未登记');
    expect(text).toContain('机要通信用车'); // the rule
    expect(text).toContain('价格上限120,000元'); // the limit (server message)
    expect(text).toContain('本车135,000元');
    const priceError = drawer.locator('.ant-form-item-has-error').filter({ has: page.getByTestId('fleet-vehicle-price') }).locator('.ant-form-item-explain-error');
    expect(await priceError.innerText()).toBe('超过配备标准价格上限 120,000.00 元');
    expect(await drawer.isVisible()).toBe(true);
    await shot(page, 'fleet-dp-vehicle-over-standard');

    // nothing written: the count is unchanged and the plate unknown
    expect(await total()).toBe(before + 1);
    expect((await call<Paged<unknown>>(base, center, 'GET', `${F}/vehicles?q=${encodeURIComponent(plateOver)}`)).total).toBe(0);
    await page.context().close();
  });

  it('deleting a fuel fill: confirmed first, gone from the list, and the vehicle consumption recomputed (10.00 → 6.00 L/100 km)', async () => {
    // a vehicle of its own, with three fills: full at 1,000 km, 20 L partial at 1,250 km, 30 L full at 1,500 km
    const slot = (await freeSlots(base, center, 'other'))[0] ?? (await freeSlots(base, center, 'confidential'))[0] ?? (await freeSlots(base, center, 'emergency'))[0];
    expect(slot, 'an agency with a free quota slot').toBeDefined();
    const kind = (await call<{ items: Array<{ agencyId: string; kind: string; quota: number; held: number }> }>(base, center, 'GET', `${F}/quota-usage?agencyId=${slot!.agencyId}`))
      .items.find((u) => u.quota - u.held >= 1)!.kind;
    const plate = `浙L·T${String((Number(tag) + 2) % 10_000).padStart(4, '0')}`;
    const vehicle = await call<{ id: string }>(base, center, 'POST', `${F}/vehicles`, {
      plate, brand: '大众', model: '帕萨特', kind, energy: 'gasoline', displacementL: 1.5, priceFen: 10_000_000, purchaseDate: '2025-06-01',
      agencyId: slot!.agencyId, seats: 5, tankLitres: 60, normPer100km: 8,
    });
    const day0 = Date.now() - 30 * 86_400_000;
    const fill = (days: number, km: number, litres: number, full: boolean) => call<{ id: string }>(base, center, 'POST', `${F}/fuel-records`, {
      vehicleId: vehicle.id, filledAt: new Date(day0 + days * 86_400_000).toISOString(), odometerKm: km, litres, amountFen: Math.round(litres * 790), full, missedPrevious: false, station: '中石化临城加油站',
    });
    await fill(0, 1000, 40, true);
    const partial = await fill(7, 1250, 20, false);
    await fill(14, 1500, 30, true);
    const consumption = async () => (await call<{ segments: Segment[] }>(base, center, 'GET',
      `${F}/vehicles/${vehicle.id}/consumption?from=${shanghaiDate(new Date(day0 - 86_400_000))}&to=${shanghaiDate()}`)).segments.map(({ km, quantity, per100km }) => ({ km, quantity, per100km }));
    // one full-to-full segment 1,000 → 1,500 km = 500 km; quantity = fills after the opening one = 20 + 30 = 50 L; 50 / 500 × 100 = 10 L/100 km
    expect(await consumption()).toEqual([{ km: 500, quantity: 50, per100km: 10 }]);

    const page = await openConsole('center');
    await page.goto(`${base}/fleet/fuel?vehicleId=${vehicle.id}`);
    await poll(() => page.getByTestId('table-fleet-fuel').locator('tbody tr.ant-table-row').count()).toBe(3);
    expect(await page.getByTestId('list-total').innerText()).toBe('共 3 条');
    await page.getByTestId(`fleet-fuel-delete-${partial.id}`).click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain(plate);
    expect(await confirm.innerText()).toContain('删除后将重新计算油耗');
    await shot(page, 'fleet-dp-fuel-delete-confirm', 400);
    await confirm.locator('.ant-btn-primary').click();
    await page.getByText('加油记录已删除').first().waitFor();
    await poll(() => page.locator(`tr[data-row-key="${partial.id}"]`).count()).toBe(0);
    await poll(() => page.getByTestId('list-total').innerText()).toBe('共 2 条');
    await shot(page, 'fleet-dp-fuel-deleted');

    // the record is gone, the list lost one, and the segment now holds only the closing 30 L: 30 / 500 × 100 = 6 L/100 km
    await expect(call(base, center, 'GET', `${F}/fuel-records/${partial.id}`)).rejects.toThrow(/404/);
    expect((await call<Paged<unknown>>(base, center, 'GET', `${F}/fuel-records?vehicleId=${vehicle.id}`)).total).toBe(2);
    expect(await consumption()).toEqual([{ km: 500, quantity: 30, per100km: 6 }]);
    await page.context().close();
  });

  it('no script errors on any page', () => {
    expect(errors).toEqual([]);
  });
});
