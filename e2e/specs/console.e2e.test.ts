import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, signIn } from '../support/browser.js';
import { DEMO_PASSWORD } from '../support/api.js';
import { startServer, type RunningServer } from '../support/server.js';
import { choose } from '../support/antd.js';

const PEOPLE = 100;

async function sheetRows(buffer: Buffer): Promise<{ headers: string[]; rows: Record<string, string>[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const headers: string[] = [];
  ws.getRow(1).eachCell((c, i) => (headers[i] = String(c.text)));
  const rows: Record<string, string>[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const rec: Record<string, string> = {};
    r.eachCell((c, i) => (rec[headers[i] ?? String(i)] = String(c.text)));
    rows.push(rec);
  });
  return { headers, rows };
}

describe('PC console', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let tmp = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    tmp = await mkdtemp(path.join(os.tmpdir(), 'zd-console-'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('center creates an agency, imports 100 people from the template, finds and exports them', async () => {
    const base = server!.baseUrl;
    const page = await newPage(browser!, { acceptDownloads: true });
    await signIn(page, base, 'center');
    await expect.poll(() => page.getByTestId('product-name').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByTestId('product-name').innerText()).toContain('舟到e管家');

    // 新建单位
    const code = `E2E${Date.now() % 1_000_000}`;
    const name = `舟山市端到端测试局${code}`;
    await page.getByTestId('menu-agencies').click();
    await page.getByTestId('table-agencies').waitFor();
    await page.getByTestId('toolbar-create').click();
    await page.getByTestId('agency-code').fill(code);
    await page.getByTestId('agency-name').fill(name);
    await choose(page, 'agency-kind', '政府');
    await choose(page, 'agency-region', '市本级');
    await page.getByTestId('agency-headcount').fill('120');
    await page.getByTestId('drawer-submit').click();
    await page.getByText('保存成功').first().waitFor();

    // 批量导入: the template as downloaded, filled with 100 people of the new agency
    await page.goto(`${base}/org/people`);
    await page.getByTestId('table-people').waitFor();
    await page.getByTestId('toolbar-import').click();
    const [templateDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-template').click()]);
    const templateFile = path.join(tmp, 'template.xlsx');
    await templateDownload.saveAs(templateFile);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(templateFile);
    const ws = wb.worksheets[0]!;
    const col: Record<string, number> = {};
    ws.getRow(1).eachCell((c, i) => (col[String(c.text)] = i));
    for (const h of ['姓名', '性别', '单位编码', '职级', '行政层级']) expect(col[h], `template column ${h}`).toBeDefined();
    ws.spliceRows(2, Math.max(0, ws.rowCount - 1));
    for (let i = 1; i <= PEOPLE; i++) {
      const values: Record<string, string> = {
        姓名: `测试员${String(i).padStart(3, '0')}`,
        性别: i % 2 ? '男' : '女',
        单位编码: code,
        职级: '一级科员',
        职务: '科员',
        行政层级: '市',
        出生日期: `19${80 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`,
        入职日期: '2015-07-01',
        状态: '在职',
      };
      const row = ws.getRow(i + 1);
      for (const [h, v] of Object.entries(values)) if (col[h]) row.getCell(col[h]!).value = v;
      row.commit();
    }
    const filled = path.join(tmp, 'people.xlsx');
    await wb.xlsx.writeFile(filled);
    await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(filled);
    const result = page.getByTestId('import-result').or(page.getByTestId('import-failure'));
    await result.waitFor({ timeout: 60_000 });
    if (await page.getByTestId('import-failure').isVisible()) {
      await screenshot(page, 'console-import-failure');
      throw new Error(`import failed: ${await page.getByTestId('import-errors').innerText()}`);
    }
    expect(await page.getByTestId('import-result').innerText()).toContain(String(PEOPLE));
    await page.getByRole('button', { name: '关闭' }).last().click();

    // The people list filtered by the new agency (through its row on 单位: the 在册人数 link)
    await page.goto(`${base}/org/agencies?q=${code}`);
    const agencyRow = page.getByTestId('table-agencies').locator('tr', { hasText: code });
    await agencyRow.getByRole('link', { name: String(PEOPLE) }).click();
    await page.waitForURL(/\/org\/people\?agencyId=/);
    await expect.poll(() => page.getByTestId('list-total').innerText(), { timeout: 20_000 }).toContain(`共 ${PEOPLE} 条`);
    await screenshot(page, 'console-people-of-new-agency');

    // 导出: the same filtered list as .xlsx
    const [exportDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('toolbar-export').click()]);
    const exported = await sheetRows(await readFile((await exportDownload.path())!));
    const names = exported.rows.map((r) => r['姓名'] ?? Object.values(r)[0]);
    expect(exported.rows).toHaveLength(PEOPLE);
    expect(new Set(names)).toEqual(new Set(Array.from({ length: PEOPLE }, (_, i) => `测试员${String(i + 1).padStart(3, '0')}`)));

    // 退出登录
    await page.getByTestId('user-menu').click();
    await page.getByTestId('user-logout').click();
    await page.waitForURL(/\/login$/);
    await page.getByTestId('login-username').waitFor();
    await page.goto(`${base}/org/people`);
    await page.waitForURL(/\/login$/);
    await page.context().close();
  });

  it('five wrong passwords lock staff; the sixth attempt shows the Chinese lock message', async () => {
    const base = server!.baseUrl;
    const page = await newPage(browser!);
    await page.goto(`${base}/login`);
    const messages: string[] = [];
    for (let i = 1; i <= 6; i++) {
      await page.getByTestId('login-username').fill('staff');
      await page.getByTestId('login-password').fill(`Wrong#Pass${i}`);
      const [res] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
        page.getByTestId('login-submit').click(),
      ]);
      await page.getByTestId('login-error').waitFor();
      await expect.poll(async () => page.getByTestId('login-error').getAttribute('data-code')).toBe(res.status() === 423 ? 'AUTH_LOCKED' : 'AUTH_INVALID');
      messages.push(await page.getByTestId('login-error').innerText());
      if (i < 5) expect(res.status()).toBe(401);
      if (i === 6) expect(res.status()).toBe(423);
    }
    expect(messages[0]).toMatch(/密码错误/);
    expect(messages[5]).toContain('锁定');
    await screenshot(page, 'console-login-locked');

    // Even the right password is refused while locked.
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').innerText()).toContain('锁定');
    expect(page.url()).toMatch(/\/login$/);
    await page.context().close();
  });
});

const ADMINS = {
  sysadmin: { username: 'ops-sys', displayName: '系统管理员甲', password: 'Sys#Admin2026' },
  secadmin: { username: 'ops-sec', displayName: '安全管理员乙', password: 'Sec#Admin2026' },
  auditor: { username: 'ops-aud', displayName: '审计管理员丙', password: 'Aud#Admin2026' },
};

async function fillAdmins(page: Page, admins: typeof ADMINS) {
  for (const [key, a] of Object.entries(admins)) {
    await page.getByTestId(`bootstrap-${key}-username`).fill(a.username);
    await page.getByTestId(`bootstrap-${key}-displayName`).fill(a.displayName);
    await page.getByTestId(`bootstrap-${key}-password`).fill(a.password);
    await page.getByTestId(`bootstrap-${key}-confirm`).fill(a.password);
  }
}

describe('PC console on an empty installation (DEMO=0)', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer({ env: { DEMO: '0' } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the bootstrap link creates the three administrators; the security administrator signs in and sees 角色', async () => {
    const base = server!.baseUrl;
    const page = await newPage(browser!);

    // A wrong link: the form checks the policy and distinct user names itself, the server refuses the token.
    await page.goto(`${base}/bootstrap?token=${'x'.repeat(32)}`);
    await page.getByTestId('bootstrap-submit').waitFor();
    expect(await page.getByTestId('bootstrap-page').innerText()).toContain('首次初始化');
    await fillAdmins(page, { ...ADMINS, auditor: { ...ADMINS.auditor, username: ADMINS.secadmin.username, password: 'weakpassword' } });
    await page.getByTestId('bootstrap-submit').click();
    await page.getByText('三个管理员的用户名不能相同').first().waitFor();
    await page.getByText('密码须包含大写字母、小写字母、数字、符号中的至少 3 类').first().waitFor();
    await fillAdmins(page, ADMINS);
    await page.getByTestId('bootstrap-submit').click();
    await expect.poll(() => page.getByTestId('bootstrap-invalid').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByTestId('bootstrap-invalid').innerText()).toBe('初始化链接无效或已使用');

    // The printed link: 首次使用：请打开 http://localhost:PORT/bootstrap?token=XYZ
    const token = /\/bootstrap\?token=([\w-]+)/.exec(server!.output())?.[1];
    expect(token).toBeTruthy();
    await page.goto(`${base}/bootstrap?token=${token}`);
    await fillAdmins(page, ADMINS);
    await page.getByTestId('bootstrap-submit').click();
    await page.getByTestId('bootstrap-done').waitFor({ timeout: 20_000 });
    await screenshot(page, 'console-bootstrap-done');
    await page.getByTestId('bootstrap-login').click();
    await page.waitForURL(/\/login$/);

    await signIn(page, base, ADMINS.secadmin.username, ADMINS.secadmin.password);
    await page.getByTestId('menu-roles').click();
    await page.getByTestId('table-roles').waitFor();
    const roles = page.getByTestId('table-roles');
    await expect.poll(() => roles.innerText(), { timeout: 20_000 }).toContain('安全管理员');
    expect(await roles.innerText()).toContain('审计管理员');
    // 三员分立: the security administrator sees no organisation or account pages.
    expect(await page.getByTestId('menu-people').count()).toBe(0);
    expect(await page.getByTestId('menu-accounts').count()).toBe(0);
    await screenshot(page, 'console-bootstrap-secadmin-roles');
    await page.context().close();
  });
});
