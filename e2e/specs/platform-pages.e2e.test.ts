import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, signIn } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { choose, enterTag } from '../support/antd.js';


/** The number in a header badge (0 when the badge shows nothing). */
async function badgeCount(page: Page, testid: string): Promise<number> {
  const sup = page.getByTestId(testid).locator('.ant-scroll-number');
  if ((await sup.count()) === 0) return 0;
  const title = await sup.first().getAttribute('title');
  return Number(title ?? 0);
}

describe('platform engine pages in the console', () => {
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

  it('sysadmin runs a job now and sees the run in its history; outbox and events pages open', async () => {
    const base = server!.baseUrl;
    const page = await newPage(browser!);
    await signIn(page, base, 'sysadmin');
    await page.getByTestId('menu-jobs').click();
    await page.getByTestId('table-jobs').waitFor();
    const job = 'platform.workflow.sla';
    await page.getByTestId(`job-${job}`).waitFor();
    await page.getByTestId(`job-run-${job}`).click();
    await page.getByTestId('job-run-confirm').click();
    await page.getByText('已开始执行').first().waitFor();
    const runs = page.getByTestId(`job-runs-${job}`);
    await runs.waitFor();
    await expect.poll(async () => runs.locator('tbody tr', { hasText: '手动' }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => runs.locator('tbody tr', { hasText: '手动' }).first().getByTestId('job-run-status').innerText(), { timeout: 20_000 }).toBe('成功');
    await page.waitForTimeout(300);
    await screenshot(page, 'platform-jobs');

    await page.getByTestId('menu-outbox').click();
    await page.getByTestId('table-outbox').waitFor();
    await screenshot(page, 'platform-outbox');

    await page.getByTestId('menu-events').click();
    await page.getByTestId('table-events').waitFor();
    await screenshot(page, 'platform-events');
    await page.getByTestId('tab-webhooks').click();
    await page.getByTestId('table-webhooks').waitFor();
    await page.getByTestId('toolbar-create').click();
    await page.getByTestId('webhook-name').fill('数据中台');
    await page.getByTestId('webhook-url').fill('https://hooks.example.gov.cn/zd');
    await enterTag(page, 'webhook-event-types', 'platform.workflow.*');
    await page.getByTestId('webhook-drawer').getByTestId('drawer-submit').click();
    const secret = page.getByTestId('webhook-secret-value');
    await secret.waitFor();
    expect((await secret.innerText()).trim().length).toBeGreaterThanOrEqual(16);
    await screenshot(page, 'platform-webhook-secret');
    await page.getByTestId('webhook-secret-close').click();
    await page.getByTestId('table-webhooks').getByText('https://hooks.example.gov.cn/zd').waitFor();
    await screenshot(page, 'platform-webhooks');
    await page.context().close();
  });

  it('center edits a dictionary item and sees the change', async () => {
    const base = server!.baseUrl;
    const page = await newPage(browser!);
    await signIn(page, base, 'center');
    await page.getByTestId('menu-dict').click();
    await page.getByTestId('dict-types').waitFor();
    await page.getByTestId('dict-type-co2-emission-factor').click();
    await page.getByText('字典条目：二氧化碳排放因子').waitFor();
    const table = page.getByTestId('table-dict-items');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await table.getByText('未核实').first().waitFor(); // the [U] notes of this dictionary
    await screenshot(page, 'platform-dict');

    const row = table.locator('tbody tr.ant-table-row').first();
    await row.locator('[data-testid^="dict-edit-"]').click();
    const drawer = page.getByTestId('dict-item-drawer');
    await drawer.getByTestId('dict-source').waitFor();
    const source = `生态环境部公告（核对于 ${Date.now() % 100_000}）`;
    await drawer.getByTestId('dict-source').fill(source);
    await page.waitForTimeout(300);
    await screenshot(page, 'platform-dict-edit');
    await drawer.getByTestId('drawer-submit').click();
    await page.getByText('保存成功').first().waitFor();
    await table.getByText(source).first().waitFor();
    await page.context().close();
  });

  it('the approver’s header bell counts the notification of a filed request; 全部已读 clears it', async () => {
    const base = server!.baseUrl;
    const title = `采购打印机${Date.now() % 100_000}`;

    // staff files a 事项申请; the first step goes to the agency officer (fallback for the department head)
    const staff = await newPage(browser!);
    await signIn(staff, base, 'staff');
    await staff.getByTestId('menu-workflow-requests').click();
    await staff.getByTestId('table-wf-requests').waitFor();
    await staff.getByTestId('toolbar-create').click();
    await staff.getByTestId('wf-request-title').fill(title);
    await choose(staff, 'wf-request-kind', '采购');
    await staff.getByTestId('wf-request-amount').fill('2300');
    await staff.getByTestId('wf-request-description').fill('为办公室采购一台打印机');
    await staff.getByTestId('drawer-submit').click();
    await staff.getByText('申请已提交').first().waitFor();
    await staff.context().close();

    const agency = await newPage(browser!);
    await signIn(agency, base, 'agency');
    await expect.poll(() => badgeCount(agency, 'header-bell-count'), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => badgeCount(agency, 'header-tasks-count'), { timeout: 15_000 }).toBeGreaterThan(0);
    await agency.getByTestId('header-bell').click();
    const popover = agency.getByTestId('notify-popover');
    await popover.getByText(`待审批：${title}`).waitFor();
    await agency.waitForTimeout(300);
    await screenshot(agency, 'platform-header-bell');
    await popover.getByTestId('notify-read-all').click();
    await expect.poll(() => badgeCount(agency, 'header-bell-count'), { timeout: 15_000 }).toBe(0);

    await agency.getByTestId('notify-view-all').click();
    await agency.getByTestId('table-notifications').getByText(`待审批：${title}`).waitFor();
    await agency.getByTestId('notify-preferences').waitFor();
    await screenshot(agency, 'platform-inbox');
    await agency.context().close();
  });
});
