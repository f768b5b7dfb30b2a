// Driving the merchant admin as a person does: by labels, roles and visible text, waiting for
// what the page announces rather than for time.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TestAccount } from '../support/accounts.ts';
import type { TrackedPage } from '../support/browser.ts';

/** Signs in through the form and waits for the page it returns to. */
export async function signInWithForm(page: Page, account: TestAccount, next: string) {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === next);
}

/** The value of a term in a description list (the preview's and the job's figures). */
export function figure(page: Page, term: string) {
  return page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
}

/** Rows of a table found by its caption, as arrays of cell texts as shown (spaces collapsed). */
export async function tableRows(page: Page, caption: RegExp): Promise<string[][]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll<HTMLElement>('th, td')].map((c) =>
          c.innerText.replace(/\s+/g, ' ').trim(),
        ),
      ),
    );
}

/** The upload route, called from the page's context (its cookies) as the upload form does. */
export async function postUpload(
  page: Page,
  store: string,
  body: Buffer | string,
  options: { fileName?: string; csrf?: boolean } = {},
): Promise<{ status: number; body: { error?: { message: string }; upload?: { id: string } } }> {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((c) => c.name === 'ss_csrf')?.value;
  const response = await page.context().request.post(`/api/admin/upload?store=${store}`, {
    data: body,
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(options.fileName ?? 'catalog.csv'),
      ...(csrf && options.csrf !== false ? { 'x-csrf-token': csrf } : {}),
    },
  });
  return { status: response.status(), body: (await response.json()) as never };
}

/**
 * No console errors but the browser's own line for each request the API was expected to refuse
 * (Chromium logs every 4xx answer as "Failed to load resource"); the page itself logs nothing.
 */
export function expectOnlyRefusals(tracked: TrackedPage, refusals: RegExp[]): void {
  const unexpected = tracked.errors.filter(
    (e) => !(e.startsWith('console: Failed to load resource') && refusals.some((r) => r.test(e))),
  );
  expect(unexpected, 'console errors and uncaught exceptions').toEqual([]);
}
