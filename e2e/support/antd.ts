/**
 * antd helpers of the browser tests: Select / TreeSelect dropdowns, date pickers, Popconfirm.
 * antd animates its popups, and on a busy two-core machine the motions are slow: a click during a
 * dropdown's opening motion can land on another option, and a closing dropdown covers the next field
 * and swallows the next click. So every helper here waits for both.
 */
import type { Locator, Page } from 'playwright-core';
import { poll } from './browser.js';

const SHOWN_DROPDOWN = '.ant-select-dropdown:visible, .ant-select-tree-dropdown:visible';

/** The open Select / TreeSelect dropdown, once its opening motion has ended. */
export async function openDropdown(page: Page): Promise<Locator> {
  const open = page.locator(SHOWN_DROPDOWN).last();
  await open.waitFor();
  await poll(() => open.getAttribute('class')).not.toMatch(/-(enter|appear)/);
  return open;
}

/** Waits until no Select / TreeSelect dropdown is open any more; presses Escape if one stays open. */
export async function dropdownClosed(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden), .ant-select-tree-dropdown:not(.ant-select-dropdown-hidden)'),
    undefined, { timeout: 5000 },
  ).catch(async () => { await page.keyboard.press('Escape'); });
}

/** The text a Select shows. antd puts the data-testid on the select's root or on its search input, depending on the version. */
async function shownValue(page: Page, within: Page | Locator, testid: string): Promise<string> {
  const root = within.locator(`.ant-select[data-testid="${testid}"]`)
    .or(within.locator('.ant-select').filter({ has: page.locator(`input[data-testid="${testid}"]`) }));
  return root.first().innerText();
}

export interface ChooseOptions {
  /** Typed into the select first (a searchable or remote one). */
  type?: string;
  /** Where the select is, e.g. a drawer (default: the whole page). */
  within?: Locator;
  /** false: the option need only contain `text` (default: exactly `text`). */
  exact?: boolean;
  /** Then wait until the select shows exactly `text` (a Select; a TreeSelect may show a path). */
  check?: boolean;
  /**
   * A remote search: let its debounce and fetch settle before clicking (an option clicked while the list
   * re-renders can be missed), and choose once more if the select does not show `text`. Implies `check`.
   */
  remote?: boolean;
}

/**
 * Chooses the option labelled `text` of the antd Select / TreeSelect `testid`, then waits until the
 * dropdown has closed. The fourth argument is what to type first, or the options above.
 */
export async function choose(page: Page, testid: string, text: string, opts: string | ChooseOptions = {}): Promise<void> {
  const { type, within = page, exact = true, check = false, remote = false } = typeof opts === 'string' ? { type: opts } : opts;
  for (let attempt = 1; ; attempt++) {
    await within.getByTestId(testid).click();
    if (type) await page.keyboard.type(type);
    if (remote) {
      await page.waitForTimeout(700);
      await page.waitForLoadState('networkidle');
    }
    await (await openDropdown(page)).getByText(text, { exact }).first().click();
    await dropdownClosed(page);
    if (!check && !remote) return;
    if (remote && attempt === 1 && (await shownValue(page, within, testid)) !== text) continue;
    await poll(() => shownValue(page, within, testid)).toBe(text);
    return;
  }
}

/**
 * Chooses the n-th (0-based) option of the antd Select `testid` (in `within`, default the page), waits
 * until the select shows it, and returns the option's first line (e.g. "2. 浙L·D08621 · 5 座").
 */
export async function chooseNth(page: Page, testid: string, n: number, within: Page | Locator = page): Promise<string> {
  await within.getByTestId(testid).click();
  const option = (await openDropdown(page)).locator('.ant-select-item-option').nth(n);
  const text = (await option.innerText()).split('\n')[0]!.trim();
  await option.click();
  await dropdownClosed(page);
  await poll(() => shownValue(page, within, testid)).toBe(text);
  return text;
}

/**
 * Adds options to the antd multiple Select `testid` one by one: for each, types its `type` (if any),
 * clicks the option labelled `text` (or containing it, with `exact: false`) and closes the dropdown.
 */
export async function chooseMany(page: Page, testid: string, items: Array<{ text: string; type?: string }>, opts: { exact?: boolean } = {}): Promise<void> {
  for (const item of items) {
    await page.getByTestId(testid).click();
    if (item.type) await page.keyboard.type(item.type);
    await (await openDropdown(page)).getByText(item.text, { exact: opts.exact ?? true }).first().click();
    await page.keyboard.press('Escape');
  }
}

/** Types a value of its own into the tags-mode Select `testid`, confirms it with Enter and closes the dropdown. */
export async function enterTag(page: Page, testid: string, value: string): Promise<void> {
  await page.getByTestId(testid).click();
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

/** The n-th input of the antd DatePicker / RangePicker `testid` (the data-testid lands on the inputs themselves or on the picker). */
export const pickerInput = (within: Page | Locator, testid: string, n = 0): Locator =>
  within.locator(`input[data-testid="${testid}"], [data-testid="${testid}"] input`).nth(n);

/** Types a date (or date and time, as the picker shows it) into an antd picker input and confirms it with Enter. */
export async function typeDate(input: Locator, text: string): Promise<void> {
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

/** Clicks OK on the open antd Popconfirm (its primary button, whatever the language). */
export async function confirmPopconfirm(page: Page): Promise<void> {
  await page.locator('.ant-popconfirm:visible .ant-popconfirm-buttons .ant-btn-primary').click();
}

/** Closes the topmost open antd Drawer with its × button. */
export async function closeDrawer(page: Page): Promise<void> {
  await page.locator('.ant-drawer-open .ant-drawer-close').last().click();
}
