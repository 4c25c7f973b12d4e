/** Helpers shared by the fleet browser tests (fleet*.e2e.test.ts): API paths and shapes, what the console shows. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { call, type ApiSession } from '../support/api.js';

/** The fleet module's API. */
export const F = '/api/v1/fleet';

/** "2. 浙L·D08621 · 5 座 · 新能源" → 浙L·D08621; "1. 吕建华" → 吕建华 (a ranked option of the dispatch desk). */
export const nameOf = (optionText: string): string => optionText.replace(/^\d+\.\s*/, '').split(' · ')[0]!.trim();

/** Seen at 1366 px without scrolling the table sideways. */
export async function inView(l: Locator): Promise<void> {
  const box = await l.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x + box!.width).toBeLessThanOrEqual(1366);
}

/** The rows of a list page's table (data-testid `table`) that contain `text`. */
export const rowsWith = (page: Page, table: string, text: string): Locator =>
  page.getByTestId(table).locator('tbody tr.ant-table-row').filter({ hasText: text });

/** Agencies with a free slot of the kind's 编制 (quota − held ≥ 1), fresh from the server. */
export async function freeSlots(base: string, center: ApiSession, kind: string): Promise<Array<{ agencyId: string; agencyName: string }>> {
  const usage = await call<{ items: Array<{ agencyId: string; agencyName: string; kind: string; quota: number; held: number }> }>(base, center, 'GET', `${F}/quota-usage`);
  return usage.items.filter((u) => u.kind === kind && u.quota - u.held >= 1);
}
