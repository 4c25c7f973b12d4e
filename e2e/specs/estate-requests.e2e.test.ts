/**
 * Estate requests and attachments in the console: an agency officer files a swap (调剂), the center
 * approves it through My tasks and the rooms register shows the new allocation; the center adds
 * 现场照片 to an inspection finding (previewed, refused when not an image, deleted after a
 * confirmation) and the agency sees them; an agency adds a 批复 to a transfer.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, call } from '../support/api.js';
import { choose, chooseMany, confirmPopconfirm } from '../support/antd.js';
import { launchBrowser, newPage, screenshot } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';
import { shanghaiDate } from '../support/time.js';
import { agencyOf, bandedPng, makeBuilding, signIn, startEstateServer, type Id, type Paged } from './estate-helpers.js';

/** Screenshots go to E2E_SHOT_DIR when set (e.g. /tmp/zd-shots-<name>), else e2e/screenshots. */
const shot = (page: Page, name: string) => screenshot(page, name, { dir: process.env.E2E_SHOT_DIR });

const today = shanghaiDate();

describe('estate requests and attachments', () => {
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

  it('an agency officer files a swap, the center approves both steps, and the rooms register shows the new allocation', async () => {
    const base = server!.baseUrl;
    const center = await apiLogin(base, 'center');
    const { agencyId, agencyName } = await agencyOf(base, await apiLogin(base, 'agency'));
    // A room of the agency with two of its people, and a vacant room of the pool (made here so the numbers are known).
    const { buildingId, floorId } = await makeBuilding(base, center, '调剂测试楼', 'E2E-SWAP');
    const given = await call<Id>(base, center, 'POST', '/api/v1/estate/rooms', { floorId, number: '5101', useClass: 'office', usableAreaM2: 30, agencyId });
    const received = await call<Id>(base, center, 'POST', '/api/v1/estate/rooms', { floorId, number: '5102', useClass: 'office', usableAreaM2: 21.55 });
    const people: Id[] = [];
    for (const [name, rank] of [['调剂甲', 'division_deputy'], ['调剂乙', 'staff_1']]) {
      const p = await call<Id>(base, center, 'POST', '/api/v1/org/people', { name, gender: 'M', agencyId, rank, adminLevel: 'city', post: rank });
      await call(base, center, 'POST', '/api/v1/estate/assignments', { personId: p.id, roomId: given.id, kind: 'main', startDate: '2025-03-01' });
      people.push(p);
    }

    // 1. the agency officer files the swap in the console: give back 5101, receive 5102
    const agency = await newPage(browser!);
    await signIn(agency, base, 'agency');
    await agency.getByTestId('menu-estate-requests').click();
    await agency.getByTestId('table-estate-requests').waitFor();
    await agency.getByTestId('toolbar-create').click();
    const drawer = agency.getByTestId('estate-request-drawer');
    await choose(agency, 'estate-request-kind', '调剂');
    await choose(agency, 'estate-request-agency', agencyName, agencyName.slice(0, 2));
    await chooseMany(agency, 'estate-request-rooms', [{ type: '5101', text: '调剂测试楼 5101（30.00 m²）' }]);
    await chooseMany(agency, 'estate-request-targets', [{ type: '5102', text: '调剂测试楼 5F 5102（21.55 m²）' }]);
    await drawer.getByTestId('estate-request-reason').fill('处室合并，调整到较小的办公室');
    await shot(agency, 'estate-swap-form');
    await drawer.getByTestId('drawer-submit').click();
    await agency.getByText('申请已提交，进入审批').first().waitFor();
    const requests = await call<Paged<Id & { kind: string; status: string }>>(base, center, 'GET', `/api/v1/estate/requests?kind=swap&agencyId=${agencyId}`);
    const req = requests.items[0]!;
    expect(req.status).toBe('pending');
    await expect.poll(() => agency.getByTestId(`estate-request-rooms-${req.id}`).innerText()).toBe('调剂测试楼 5101 → 调剂测试楼 5102');
    expect(await agency.getByTestId(`estate-request-status-${req.id}`).innerText()).toBe('审批中');
    await shot(agency, 'estate-swap-filed');

    // 2. the center approves: 单位审核 in My tasks (the only agency officer is the applicant, so the step falls to the center),
    //    then 中心审批 from the request's approval record on the estate page
    const page = await newPage(browser!);
    await signIn(page, base, 'center');
    const title = `办公用房调剂申请：${agencyName}（2 间）`;
    await page.getByTestId('menu-workflow-tasks').click();
    await page.getByTestId(`wf-task-${title}`).first().click();
    await page.getByTestId('wf-instance-drawer').getByTestId('wf-timeline').waitFor();
    await page.getByTestId('wf-comment').fill('情况属实');
    await page.getByTestId('wf-approve').click();
    await page.getByText('已处理').first().waitFor();
    await page.getByTestId('menu-estate-requests').click();
    await page.getByTestId(`estate-request-approval-${req.id}`).click();
    const wf = page.getByTestId('wf-instance-drawer');
    await wf.getByTestId('wf-timeline').getByText('情况属实').waitFor(); // step 1 is on the record
    await shot(page, 'estate-swap-approval');
    await page.getByTestId('wf-comment').fill('同意调剂');
    await page.getByTestId('wf-approve').click();
    await page.getByText('已处理').first().waitFor();
    await expect.poll(() => page.getByTestId(`estate-request-status-${req.id}`).innerText()).toBe('已通过');
    await expect.poll(async () => (await call<{ status: string }>(base, center, 'GET', `/api/v1/estate/requests/${req.id}`)).status, { timeout: 15_000 }).toBe('approved');

    // 3. the rooms register: 5102 is now the agency's with both people, 5101 is back in the pool
    await page.goto(`${base}/estate/rooms?buildingId=${buildingId}&sort=number:asc`);
    const table = page.getByTestId('table-estate-rooms');
    const row = (n: string) => table.locator('tr.ant-table-row', { has: page.getByTestId(`estate-room-${n}`) });
    await row('5102').waitFor();
    const cells = async (n: string) => (await row(n).locator('td').allInnerTexts()).map((s) => s.trim());
    // columns: building, floor, number, use, area, agency, occupants, status
    await expect.poll(async () => (await cells('5102')).slice(2, 8)).toEqual(['5102', '办公室', '21.55', agencyName, '2', '使用中']);
    expect((await cells('5101')).slice(2, 8)).toEqual(['5101', '办公室', '30.00', '—', '0', '空置']);
    await shot(page, 'estate-swap-rooms-after');
    expect(await call<{ agencyId: string | null; status: string }>(base, center, 'GET', `/api/v1/estate/rooms/${received.id}`)).toMatchObject({ agencyId, status: 'in-use' });
    // each person's share: 21.55 ÷ 2 = 10.775 → 10.78 m² (rounded half-up), was 30 ÷ 2 = 15.00
    const share = await call<Paged<{ actualM2: number }>>(base, center, 'GET', `/api/v1/estate/compliance/people?personId=${people[0]!.id}&asOf=${today}`);
    expect(share.items[0]!.actualM2).toBe(10.78);

    // 4. the agency sees the request approved
    await agency.reload();
    await expect.poll(() => agency.getByTestId(`estate-request-status-${req.id}`).innerText()).toBe('已通过');
    for (const p of [agency, page]) await p.context().close();
  });

  it('the center uploads 现场照片 to a finding, previews one, deletes one after confirming; the agency sees the photo', async () => {
    const base = server!.baseUrl;
    const center = await apiLogin(base, 'center');
    const { agencyId } = await agencyOf(base, await apiLogin(base, 'agency'));
    const plan = await call<Id>(base, center, 'POST', '/api/v1/estate/inspection-plans', { title: '照片上传测试检查', year: Number(today.slice(0, 4)), startsOn: today, endsOn: today, agencyIds: [agencyId] });
    const category = `办公室超标${Date.now() % 10_000}`;
    await call(base, center, 'POST', `/api/v1/estate/inspection-plans/${plan.id}/findings`, { agencyId, foundOn: today, category, description: '局长办公室使用面积超过标准', rectifyBy: today });

    const page = await newPage(browser!);
    await signIn(page, base, 'center');
    await page.getByTestId('menu-estate-inspections').click();
    await page.getByTestId(`estate-finding-open-${category}`).click();
    const drawer = page.getByTestId('estate-finding-drawer');
    await drawer.getByTestId('estate-finding-photos-empty').waitFor();
    const input = drawer.getByTestId('estate-finding-photos-card').locator('input[type="file"]');
    // a file that is not an image is refused before upload, with a Chinese message
    await input.setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
    await page.getByText('“说明.txt”的格式不支持，请上传 JPG、PNG、WebP 文件').first().waitFor();
    // two photos
    await input.setInputFiles([
      { name: '现场一.png', mimeType: 'image/png', buffer: bandedPng(640, 480, [[135, 185, 230], [200, 200, 190], [120, 95, 70]]) },
      { name: '现场二.png', mimeType: 'image/png', buffer: bandedPng(320, 240, [[240, 240, 235], [90, 130, 90]]) },
    ]);
    const photos = drawer.getByTestId('estate-finding-photos');
    await photos.getByTestId('estate-file-现场一.png').waitFor();
    await photos.getByTestId('estate-file-现场二.png').waitFor();
    const thumb = photos.getByTestId('estate-file-现场一.png').locator('img');
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(await thumb.getAttribute('src')).toMatch(/\/api\/v1\/files\/[0-9a-f-]+\/thumbnail$/);
    await expect.poll(() => drawer.getByTestId('estate-finding-photos-card').locator('.ant-card-head-title').innerText()).toBe('现场照片（2）');
    await shot(page, 'estate-finding-photos');
    // preview the full image
    await thumb.click();
    const preview = page.locator('.ant-image-preview-img');
    await preview.waitFor();
    expect(await preview.getAttribute('src')).toMatch(/\/api\/v1\/files\/[0-9a-f-]+$/);
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
    await shot(page, 'estate-finding-photo-preview');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });
    // delete the second after confirming
    await photos.getByTestId('estate-file-delete-现场二.png').click();
    await confirmPopconfirm(page);
    await page.getByText('“现场二.png”已删除').first().waitFor();
    await photos.getByTestId('estate-file-现场二.png').waitFor({ state: 'detached' });
    await page.context().close();

    // the agency sees the remaining photo, without upload or delete, and reports the rectification with a file
    const agency = await newPage(browser!);
    await signIn(agency, base, 'agency');
    await agency.getByTestId('menu-estate-inspections').click();
    await agency.getByTestId(`estate-finding-open-${category}`).click();
    const seen = agency.getByTestId('estate-finding-drawer').getByTestId('estate-finding-photos');
    await seen.getByTestId('estate-file-现场一.png').waitFor();
    expect(await seen.locator('[data-testid^="estate-file-"]').count()).toBe(1);
    expect(await agency.getByTestId('estate-photo-upload-button').count()).toBe(0);
    expect(await seen.getByTestId('estate-file-delete-现场一.png').count()).toBe(0);
    await shot(agency, 'estate-finding-photos-agency');
    const form = agency.getByTestId('estate-report-form');
    await form.getByTestId('estate-report-text').fill('已将超出部分改作档案室，面积符合标准');
    await form.locator('input[type="file"]').setInputFiles({ name: '整改后.png', mimeType: 'image/png', buffer: bandedPng(400, 300, [[250, 250, 245], [160, 120, 80]]) });
    await form.getByTestId('estate-report-file-整改后.png').waitFor();
    await form.getByTestId('estate-report-send').scrollIntoViewIfNeeded();
    await shot(agency, 'estate-finding-report-form');
    await form.getByTestId('estate-report-send').click();
    await expect.poll(() => agency.getByTestId('estate-finding-status').innerText()).toBe('已报送');
    await agency.getByTestId('estate-finding-report-files').getByTestId('estate-file-整改后.png').waitFor();
    expect(await agency.getByTestId('estate-report-form').count()).toBe(0);
    await shot(agency, 'estate-finding-reported');
    await agency.context().close();
  });

  it('an agency adds a 批复 to its transfer and sees it listed with its kind and a download link', async () => {
    const base = server!.baseUrl;
    const center = await apiLogin(base, 'center');
    const officer = await apiLogin(base, 'agency');
    const { agencyId } = await agencyOf(base, officer);
    const { floorId } = await makeBuilding(base, center, '划转测试楼', 'E2E-TRF');
    const room = await call<Id>(base, center, 'POST', '/api/v1/estate/rooms', { floorId, number: '5201', useClass: 'office', usableAreaM2: 40, agencyId });
    const transfer = await call<Id & { code: string }>(base, officer, 'POST', '/api/v1/estate/transfers', { target: 'central', roomIds: [room.id], reason: '机构撤并，房产交回' });

    const page = await newPage(browser!);
    await signIn(page, base, 'agency');
    await page.getByTestId('menu-estate-transfers').click();
    await page.getByTestId(`estate-transfer-open-${transfer.code}`).click();
    const drawer = page.getByTestId('estate-transfer-drawer');
    await drawer.getByTestId('estate-transfer-documents-empty').waitFor();
    await choose(page, 'estate-doc-kind', '批复');
    const input = drawer.locator('input[type="file"]');
    await input.setInputFiles({ name: '划转.zip', mimeType: 'application/zip', buffer: Buffer.from('PK') });
    await page.getByText('“划转.zip”的格式不支持，请上传 PDF、JPG、PNG、Word（.docx） 文件').first().waitFor();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    await input.setInputFiles({ name: '市政府批复.pdf', mimeType: 'application/pdf', buffer: pdf });
    const item = drawer.getByTestId('estate-file-市政府批复.pdf');
    await item.waitFor();
    expect(await item.locator('.ant-tag').innerText()).toBe('批复');
    expect(await item.getByRole('link', { name: '市政府批复.pdf' }).getAttribute('href')).toMatch(/\/api\/v1\/files\/[0-9a-f-]+\?download=1$/);
    const detail = await call<{ documents: Array<{ name: string; kind: string }> }>(base, officer, 'GET', `/api/v1/estate/transfers/${transfer.id}`);
    expect(detail.documents).toEqual([expect.objectContaining({ name: '市政府批复.pdf', kind: 'approval' })]);
    await shot(page, 'estate-transfer-documents');
    await page.context().close();
  });
});
