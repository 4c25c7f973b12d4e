/**
 * Staff housing on the phone (390×844): the demo cadre `staff` applies in the open demo round on
 * the portal and sees its status, then objects to an applicant of a round under public notice.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, call } from '../support/api.js';
import { launchBrowser, newPage, portalSignIn, screenshot, viewports } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';
import { shanghaiDay } from '../support/time.js';
import { signIn, startEstateServer, type Id, type Paged } from './estate-helpers.js';

const H = '/api/v1/estate/housing';
const OPEN_ROUND = 'GZF-2026-02'; // the demo round open for applications (housing.demo.ts DEMO_OPEN_ROUND_CODE)

describe('staff housing on the portal', () => {
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

  it('staff applies in the open round, sees the status, and objects during a notice (390×844)', async () => {
    const base = server!.baseUrl;
    // a round under notice today with an approved application of the agency officer (set up by the center through the API)
    const center = await apiLogin(base, 'center');
    const agency = await apiLogin(base, 'agency');
    const open = await call<Paged<{ code: string; regionId: string }>>(base, center, 'GET', `${H}/rounds?status=open`);
    const regionId = open.items.find((r) => r.code === OPEN_ROUND)!.regionId;
    const rs = await call<Id>(base, center, 'POST', `${H}/rule-sets`, {
      name: 'E2E 公示规则', effectiveFrom: '2026-01-01', source: 'e2e',
      body: { criteria: [{ key: 'familySize', op: 'gte', value: 1 }], scoring: [{ key: 'familySize', kind: 'per-unit', weight: 10, cap: 5 }], lease: { termMonths: 12, depositMonths: 1, reminderDays: [30] } },
    });
    const round = await call<Id>(base, center, 'POST', `${H}/rounds`, { code: 'E2E-N', name: 'E2E 公示批次', regionId, ruleSetId: rs.id, method: 'score', referenceDate: '2026-06-01', applyFrom: '2026-01-01', applyTo: '2099-12-31', quota: 1 });
    const app = await call<Id>(base, agency, 'POST', `${H}/applications`, { roundId: round.id, familySize: 2, ownsHomeInCity: false });
    await call(base, center, 'POST', `${H}/applications/${app.id}/review`, { decision: 'approve', comment: '材料齐全' });
    await call(base, center, 'POST', `${H}/rounds/${round.id}/close-applications`);
    await call(base, center, 'POST', `${H}/rounds/${round.id}/notice`, { noticeStart: shanghaiDay(0), noticeEnd: shanghaiDay(5) });

    const page = await newPage(browser!, { viewport: viewports.phone, hasTouch: true, isMobile: true });
    await portalSignIn(page, base, 'staff');
    await page.getByTestId('portal-entry-estate-housing').click();
    await page.getByTestId('portal-estate-housing').waitFor();

    // the open demo round shows its window and rules, with an apply button (staff has not applied in it)
    const card = page.getByTestId(`portal-estate-round-${OPEN_ROUND}`);
    await card.waitFor({ timeout: 20_000 });
    expect(await card.textContent()).toContain('申请期 2026-06-01 至 2030-12-31');
    expect(await card.textContent()).toContain('入职年限 ≤ 8年');
    await page.getByTestId(`portal-estate-round-apply-${OPEN_ROUND}`).tap();
    await page.getByTestId('portal-estate-apply-submit').waitFor();
    await page.getByTestId('portal-estate-apply-area').locator('input').fill('36');
    await page.getByTestId('portal-estate-apply-submit').tap();
    // the round now shows the application's status instead of the button, and 我的申请 lists it
    const status = page.getByTestId(`portal-estate-round-status-${OPEN_ROUND}`);
    await status.waitFor({ timeout: 20_000 });
    expect(await status.textContent()).toBe('已申请：待审核');
    expect(await page.getByTestId(`portal-estate-round-apply-${OPEN_ROUND}`).count()).toBe(0);
    await page.getByTestId('portal-estate-application-2026 年第二批机关公租房配租（摇号）').waitFor();
    const staff = await apiLogin(base, 'staff');
    const mine = await call<Paged<{ roundName: string; status: string; currentHousingAreaM2: string }>>(base, staff, 'GET', `${H}/applications/mine`);
    expect(mine.items.find((a) => a.roundName === '2026 年第二批机关公租房配租（摇号）')).toMatchObject({ status: 'submitted', currentHousingAreaM2: '36.00' });

    // the notice lists the agency officer's approved application; staff objects to it
    await page.getByTestId('portal-estate-notice-E2E-N').waitFor();
    await page.locator('.adm-toast-mask').waitFor({ state: 'detached', timeout: 10_000 }); // the success toast has faded
    await screenshot(page, 'estate-portal-housing-apply');
    await page.getByTestId(`portal-estate-object-${app.id}`).tap();
    await page.getByTestId('portal-estate-object-text').locator('textarea').fill('申请人配偶在本市有住房，请核实');
    await page.getByTestId('portal-estate-object-submit').tap();
    await page.getByText('异议已提交，中心将核实处理').waitFor();
    const objections = await call<Paged<{ applicationId: string; text: string; status: string }>>(base, center, 'GET', `${H}/rounds/${round.id}/objections`);
    expect(objections.items).toEqual([expect.objectContaining({ applicationId: app.id, text: '申请人配偶在本市有住房，请核实', status: 'open' })]);
    await page.context().close();
  });

  it('the console lease list shows the tenant\'s name and the flat\'s label (1366×768)', async () => {
    const base = server!.baseUrl;
    const center = await apiLogin(base, 'center');
    const first = (await call<Paged<{ personName: string; flatLabel: string }>>(base, center, 'GET', `${H}/leases?pageSize=1`)).items[0]!;
    const page = await newPage(browser!);
    await signIn(page, base, 'center');
    await page.goto(`${base}/estate/housing`);
    await page.getByTestId('estate-housing-tabs').getByRole('tab', { name: '租约' }).click();
    const row = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await row.waitFor({ timeout: 20_000 });
    expect(await row.textContent()).toContain(first.personName);
    expect(await row.textContent()).toContain(first.flatLabel);
    await screenshot(page, 'estate-console-housing-leases');
    await page.context().close();
  });
});
