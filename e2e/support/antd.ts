import type { Page } from 'playwright-core';

/**
 * Picks an option of an antd Select / TreeSelect by its visible text (typing first, for remote
 * selects), then waits until the dropdown has closed — on a busy machine its closing animation
 * otherwise covers the next field and swallows the next click.
 */
export async function choose(page: Page, testid: string, text: string, type?: string): Promise<void> {
  await page.getByTestId(testid).click();
  if (type) await page.keyboard.type(type);
  const open = page.locator('.ant-select-dropdown:visible, .ant-select-tree-dropdown:visible');
  await open.last().getByText(text, { exact: true }).first().click();
  await page.waitForFunction(
    () => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden), .ant-select-tree-dropdown:not(.ant-select-dropdown-hidden)'),
    undefined, { timeout: 5000 },
  ).catch(async () => { await page.keyboard.press('Escape'); });
}
