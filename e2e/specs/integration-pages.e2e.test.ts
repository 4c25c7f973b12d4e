import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, confirmPopconfirm, enterTag } from '../support/antd.js';
import { apiLogin, call } from '../support/api.js';
import { launchBrowser, newPage, screenshot, signIn } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const agencies = (base: string, token: string) => fetch(`${base}/api/v1/org/agencies`, { headers: { authorization: `Bearer ${token}` } });

describe('integration pages in the console', () => {
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

  it('sysadmin issues an API token for center, it works once copied and stops working when revoked', async () => {
    const base = server!.baseUrl;
    const page = await newPage(browser!);
    await signIn(page, base, 'sysadmin');
    await page.getByTestId('menu-api-tokens').click();
    await page.getByTestId('table-api-tokens').waitFor();

    await page.getByTestId('toolbar-create').click();
    const drawer = page.getByTestId('api-token-drawer');
    await page.getByTestId('api-token-name').fill('数据中台读取单位');
    await choose(page, 'api-token-account', '（center）', { type: 'center', exact: false });
    await enterTag(page, 'api-token-permissions', 'org:agency:read');
    await drawer.getByTestId('drawer-submit').click();

    const shown = page.getByTestId('api-token-secret-value');
    await shown.waitFor();
    const token = (await shown.textContent())!.trim();
    expect(token).toMatch(/^zd_[0-9a-f-]+_[0-9a-f]{64}$/);
    await page.waitForTimeout(300);
    await screenshot(page, 'integration-api-token-shown');
    await page.getByTestId('api-token-secret-close').click();
    await expect.poll(() => page.getByTestId('api-token-secret-value').count()).toBe(0);

    expect((await agencies(base, token)).status).toBe(200);

    const status = page.getByTestId('api-token-status-数据中台读取单位');
    await expect.poll(() => status.innerText()).toBe('有效');
    await page.waitForTimeout(300);
    await screenshot(page, 'integration-api-tokens');
    await page.getByTestId('api-token-revoke-数据中台读取单位').click();
    await confirmPopconfirm(page);
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toBe('已吊销');
    expect((await agencies(base, token)).status).toBe(401);
    await page.context().close();
  });

  it('a token with a permission the account lacks is refused, naming the permission', async () => {
    const base = server!.baseUrl;
    const page = await newPage(browser!);
    await signIn(page, base, 'sysadmin');
    await page.goto(`${base}/admin/api-tokens`);
    await page.getByTestId('toolbar-create').click();
    await page.getByTestId('api-token-name').fill('越权令牌');
    await choose(page, 'api-token-account', '（center）', { type: 'center', exact: false });
    await enterTag(page, 'api-token-permissions', 'platform:role:write');
    await page.getByTestId('api-token-drawer').getByTestId('drawer-submit').click();
    await page.getByTestId('api-token-drawer').getByText('该账号没有以下权限：platform:role:write').waitFor();
    expect(await page.getByTestId('api-token-secret-value').count()).toBe(0);
    await page.context().close();
  });

  it('sysadmin registers a device and sees its secret once; resets it', async () => {
    const base = server!.baseUrl;
    const page = await newPage(browser!);
    await signIn(page, base, 'sysadmin');
    await page.getByTestId('menu-devices').click();
    await page.getByTestId('table-devices').waitFor();
    await page.getByTestId('toolbar-create').click();
    await choose(page, 'device-kind', '门禁');
    await page.getByTestId('device-name').fill('一号楼东门闸机');
    await page.getByTestId('device-location').fill('市行政中心一号楼东门');
    await page.getByTestId('device-drawer').getByTestId('drawer-submit').click();
    const shown = page.getByTestId('device-secret-value');
    await shown.waitFor();
    const secret = (await shown.textContent())!.trim();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    await page.getByTestId('device-secret-close').click();
    await expect.poll(() => page.getByTestId('device-secret-value').count()).toBe(0);
    const row = page.getByTestId('table-devices').locator('tbody tr', { hasText: '一号楼东门闸机' });
    await row.waitFor();
    expect(await page.getByText(secret).count()).toBe(0);
    await page.waitForTimeout(300);
    await screenshot(page, 'integration-devices');

    await page.getByTestId('device-rotate-一号楼东门闸机').click();
    await confirmPopconfirm(page);
    await shown.waitFor();
    const rotated = (await shown.textContent())!.trim();
    expect(rotated).toMatch(/^[0-9a-f]{64}$/);
    expect(rotated).not.toBe(secret);
    await page.getByTestId('device-secret-close').click();

    // The same device through the API: listed, without any secret.
    const s = await apiLogin(base, 'sysadmin');
    const list = await call<{ items: Record<string, unknown>[] }>(base, s, 'GET', '/api/v1/admin/devices?q=' + encodeURIComponent('一号楼东门闸机'));
    expect(list.items).toHaveLength(1);
    expect(JSON.stringify(list.items[0])).not.toContain(rotated);
    await page.context().close();
  });

  it('the accounts page opens the OIDC links drawer; the sign-in page explains an OIDC error', async () => {
    const base = server!.baseUrl;
    const page = await newPage(browser!);
    await signIn(page, base, 'sysadmin');
    await page.getByTestId('menu-accounts').click();
    const row = page.getByTestId('table-accounts').locator('tbody tr', { hasText: 'center' }).first();
    await row.waitFor();
    await row.getByText('更多').click();
    await page.locator('.ant-dropdown:visible').getByText('统一身份绑定', { exact: true }).click();
    const drawer = page.getByTestId('oidc-links-drawer');
    // This test server has no OIDC configured: the drawer says so instead of failing.
    await drawer.getByTestId('oidc-not-configured').waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'integration-oidc-links');
    await page.context().close();

    const anon = await newPage(browser!);
    await anon.goto(`${base}/login?error=oidc_unlinked`);
    const alert = anon.getByTestId('login-oidc-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('该统一身份账号尚未关联本系统账号');
    await screenshot(anon, 'integration-login-oidc-error');
    await anon.context().close();
  });
});
