import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, signIn } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { apiLogin, call, makeAccount } from '../support/api.js';
import { choose } from '../support/antd.js';

const SIGNER_PASSWORD = 'Signer#2026abc';

/** Opens My tasks, the task of this title, and runs one action on it. */
async function handleTask(page: Page, title: string, action: 'wf-approve', comment?: string) {
  await page.getByTestId('menu-workflow-tasks').click();
  await page.getByTestId(`wf-task-${title}`).click();
  await page.getByTestId('wf-instance-drawer').getByTestId('wf-timeline').waitFor();
  if (comment) await page.getByTestId('wf-comment').fill(comment);
  await page.getByTestId(action).click();
  await page.getByText('已处理').first().waitFor();
}

describe('approval workflow in the console', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // The two co-signers of step 2 get accounts the way an office would: sysadmin creates, secadmin grants.
    const base = server.baseUrl;
    const center = await apiLogin(base, 'center');
    const defs = await call<{ items: Array<{ steps: Array<{ assignees: Array<{ personId?: string }> }> }> }>(base, center, 'GET', '/api/v1/workflow/definitions?businessType=platform.request');
    for (const [i, rule] of defs.items[0]!.steps[1]!.assignees.entries()) {
      await makeAccount(base, { username: `wf-signer${i + 1}`, displayName: `会签人${i + 1}`, personId: rule.personId, roleCode: 'cadre', scopeKind: 'self', password: SIGNER_PASSWORD });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a three-step approval with an all-must-approve step goes through; a self-approval is refused', async () => {
    const base = server!.baseUrl;
    const title = `采购办公电脑${Date.now() % 100_000}`;

    // 1. staff files a 事项申请
    const staff = await newPage(browser!);
    await signIn(staff, base, 'staff');
    await staff.getByTestId('menu-workflow-requests').click();
    await staff.getByTestId('table-wf-requests').waitFor();
    await staff.getByTestId('toolbar-create').click();
    await staff.getByTestId('wf-request-title').fill(title);
    await choose(staff, 'wf-request-kind', '采购');
    await staff.getByTestId('wf-request-amount').fill('6800');
    await staff.getByTestId('wf-request-description').fill('为财务处采购两台办公电脑');
    await staff.getByTestId('drawer-submit').click();
    await staff.getByText('申请已提交').first().waitFor();
    await expect.poll(() => staff.getByTestId(`wf-request-status-${title}`).innerText()).toBe('审批中');

    // 2. the agency officer (fallback for the department head): delegating to the applicant is refused, then approves
    const agency = await newPage(browser!);
    await signIn(agency, base, 'agency');
    await agency.getByTestId('menu-workflow-tasks').click();
    await agency.getByTestId(`wf-task-${title}`).click();
    await choose(agency, 'wf-delegate-to', '机关干部（舟山市教育局）', '机关干部');
    await agency.getByTestId('wf-delegate').click();
    await agency.getByText('不能审批本人提交的申请').first().waitFor();
    await screenshot(agency, 'workflow-self-approval-refused');
    await agency.getByTestId('wf-comment').fill('同意，请财务处会签');
    await agency.getByTestId('wf-approve').click();
    await agency.getByText('已处理').first().waitFor();

    // 3. the parallel step: both co-signers must approve
    const signer1 = await newPage(browser!);
    await signIn(signer1, base, 'wf-signer1', SIGNER_PASSWORD);
    await handleTask(signer1, title, 'wf-approve', '会签同意');
    const center = await newPage(browser!);
    await signIn(center, base, 'center');
    await center.getByTestId('menu-workflow-tasks').click();
    await center.getByTestId('table-wf-tasks').waitFor();
    expect(await center.getByTestId(`wf-task-${title}`).count(), 'step 3 waits for the second co-signer').toBe(0);
    const signer2 = await newPage(browser!);
    await signIn(signer2, base, 'wf-signer2', SIGNER_PASSWORD);
    await handleTask(signer2, title, 'wf-approve');

    // 4. the center approves the last step
    await center.reload();
    await handleTask(center, title, 'wf-approve', '同意采购');

    // 5. the applicant sees the request approved (set by the business type's callback) and the whole timeline
    await staff.reload();
    await expect.poll(() => staff.getByTestId(`wf-request-status-${title}`).innerText(), { timeout: 15_000 }).toBe('已通过');
    await staff.getByTestId(`wf-request-view-${title}`).click();
    await staff.getByTestId('wf-event-approved').waitFor();
    expect(await staff.getByTestId('wf-instance-status').innerText()).toBe('已通过');
    expect(await staff.getByTestId('wf-timeline').locator('[data-testid="wf-event-approve"]').count()).toBe(4);
    await staff.waitForTimeout(400); // why: let the drawer finish sliding in before the screenshot
    await screenshot(staff, 'workflow-approved-timeline');
    for (const p of [staff, agency, signer1, signer2, center]) await p.context().close();
  });
});
