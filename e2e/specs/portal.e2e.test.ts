import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, PHONE, portalSignIn, screenshot, settle } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { apiLogin, call } from '../support/api.js';

describe('mobile portal (/m) at 390×844', () => {
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

  it('staff signs in, sees the home grid, opens 消息 and 我的, switches the language', async () => {
    const base = server!.baseUrl;
    const page = await newPage(browser!, PHONE);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/m`);
    await page.getByTestId('portal-login').waitFor({ timeout: 20_000 });
    await settle(page);
    await screenshot(page, 'portal-login');
    await portalSignIn(page, base, 'staff');

    // 首页: the grid holds the four platform entries, in order
    const grid = page.getByTestId('portal-grid');
    await grid.waitFor();
    for (const key of ['tasks', 'messages', 'requests', 'profile']) await grid.getByTestId(`portal-entry-${key}`).waitFor();
    expect(await grid.innerText()).toMatch(/我的待办[\s\S]*消息通知[\s\S]*事项申请[\s\S]*我的资料/);
    expect(await page.getByTestId('portal-greeting').innerText()).toContain('您好');
    const box = await page.getByTestId('portal-tab-home').boundingBox();
    expect(box && box.y > 760, 'the TabBar sits at the bottom of the phone').toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no horizontal scrolling on a phone').toBeLessThanOrEqual(390);
    await settle(page);
    await screenshot(page, 'portal-home-staff');

    // 消息
    await page.getByTestId('portal-tab-messages').tap();
    await page.getByTestId('portal-messages').waitFor();
    await page.locator('[data-testid="portal-message-list"], [data-testid="portal-messages-empty"]').first().waitFor();
    await settle(page);
    await screenshot(page, 'portal-messages-staff');

    // 我的: name, agency, roles
    await page.getByTestId('portal-tab-me').tap();
    await page.getByTestId('portal-me').waitFor();
    await expect.poll(() => page.getByTestId('portal-me-agency').innerText()).not.toBe('staff');
    expect(await page.getByTestId('portal-me-roles').innerText()).not.toBe('');
    await settle(page);
    await screenshot(page, 'portal-me-staff');

    // 语言 → English, the whole shell follows
    await page.getByTestId('portal-language').tap();
    await page.getByTestId('portal-lang-en-US').tap();
    await expect.poll(() => page.getByTestId('portal-tabbar').innerText()).toMatch(/Home[\s\S]*Tasks[\s\S]*Messages[\s\S]*Me/);
    expect(await page.getByTestId('portal-change-password').innerText()).toContain('Change password');
    await page.getByTestId('portal-tab-home').tap();
    await page.getByTestId('portal-grid').waitFor();
    expect(await page.getByTestId('portal-grid').innerText()).toContain('My tasks');
    await settle(page);
    await screenshot(page, 'portal-home-staff-en');
    expect(errors, 'no script errors on the page').toEqual([]);
    await page.context().close();
  });

  it('agency sees 我的待办 with the open count as badge, approves a task with a comment; it leaves the list', async () => {
    const base = server!.baseUrl;
    const title = `手机审批测试${Date.now() % 100_000}`;
    // a 事项申请 of staff (the agency officer approves its first step)
    const staffApi = await apiLogin(base, 'staff');
    await call(base, staffApi, 'POST', '/api/v1/workflow/requests', { title, kind: 'purchase', amountFen: 680_000, description: '为财务处采购两台办公电脑' });

    const page = await newPage(browser!, PHONE);
    await portalSignIn(page, base, 'agency');
    const agencyApi = await apiLogin(base, 'agency');
    const { open } = await call<{ open: number }>(base, agencyApi, 'GET', '/api/v1/workflow/tasks/count');
    expect(open).toBeGreaterThan(0);
    const badge = open > 99 ? '99+' : String(open);
    await expect.poll(() => page.getByTestId('portal-tab-badge-tasks').innerText()).toBe(badge);
    expect(await page.getByTestId('portal-stat-tasks').innerText()).toBe(String(open));
    await settle(page);
    await screenshot(page, 'portal-home-agency');

    // 我的待办 → the task → 同意 with a comment
    await page.getByTestId('portal-entry-tasks').tap();
    await page.getByTestId('portal-tasks').waitFor();
    const card = page.getByTestId(`portal-task-${title}`);
    await card.waitFor();
    expect(await card.innerText()).toContain('待处理');
    await settle(page);
    await screenshot(page, 'portal-tasks-agency');
    await card.tap();
    await page.getByTestId('portal-task-detail').waitFor();
    await page.getByTestId('portal-timeline').waitFor();
    expect(await page.getByTestId('portal-task-title').innerText()).toBe(title);
    await page.getByTestId('portal-comment').locator('textarea').fill('同意，请财务处会签');
    await settle(page);
    await screenshot(page, 'portal-task-detail-agency');
    await page.getByTestId('portal-approve').tap();

    // back on the list: the task is gone, the badge is one less
    await page.getByTestId('portal-tasks').waitFor();
    await page.getByText('已处理').first().waitFor();
    await expect.poll(() => card.count()).toBe(0);
    const after = (await call<{ open: number }>(base, agencyApi, 'GET', '/api/v1/workflow/tasks/count')).open;
    expect(after).toBe(open - 1);
    if (after > 0) await expect.poll(() => page.getByTestId('portal-tab-badge-tasks').innerText()).toBe(after > 99 ? '99+' : String(after));
    else await expect.poll(() => page.getByTestId('portal-tab-badge-tasks').count()).toBe(0);
    await settle(page);
    await screenshot(page, 'portal-tasks-after-approve');

    // the handled task shows under 已办
    await page.getByTestId('portal-tasks-tab-done').tap();
    await page.getByTestId(`portal-task-${title}`).waitFor();
    expect(await page.getByTestId(`portal-task-${title}`).innerText()).toContain('已同意');

    // 消息: the unread badge matches the server; reading one message lowers it
    const unread = (await call<{ count: number }>(base, agencyApi, 'GET', '/api/v1/notifications/unread-count')).count;
    await page.getByTestId('portal-tab-messages').tap();
    await page.getByTestId('portal-messages').waitFor();
    if (unread > 0) {
      await expect.poll(() => page.getByTestId('portal-tab-badge-messages').innerText()).toBe(unread > 99 ? '99+' : String(unread));
      await settle(page);
      await screenshot(page, 'portal-messages-agency');
      await page.getByTestId('portal-message-unread').first().tap();
      await page.getByTestId('portal-message-dialog').waitFor();
      await settle(page);
      await screenshot(page, 'portal-message-dialog');
      await page.locator('.adm-dialog-button').last().tap();
      await expect.poll(async () => (await call<{ count: number }>(base, agencyApi, 'GET', '/api/v1/notifications/unread-count')).count).toBe(unread - 1);
      if (unread > 1) {
        await expect.poll(() => page.getByTestId('portal-tab-badge-messages').innerText()).toBe(String(unread - 1));
        await page.getByTestId('portal-read-all').tap();
        await expect.poll(() => page.getByTestId('portal-tab-badge-messages').count()).toBe(0);
      }
    }
    await page.context().close();
  });
});
