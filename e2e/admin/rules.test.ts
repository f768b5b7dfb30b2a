// Merchandising rules as a merchant sets them in the admin: a product pinned first for a query is
// first on the storefront and says why; a hidden one leaves the results and the suggestions; a
// rule turned off stops at once; every change is listed with who made it; a bad rule is refused
// with a sentence. No re-index anywhere.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MERCHANT, signInThroughApi } from '../support/accounts.ts';
import { callOk } from '../support/api.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import { resultList, resultTitles, waitForSearch } from '../storefront/storefrontPage.ts';
import { expectOnlyRefusals, tableRows } from './adminPages.ts';
import { useAdminServer } from './adminServer.ts';

const server = useAdminServer();
const session = useBrowser(server.url);
const PRINTER = 'Epson EcoTank ET-2850 inkjet printer';
const KEYBOARD = 'Logitech K380 multi-device Bluetooth keyboard';

async function addRule(
  page: Page,
  rule: { action: 'pin' | 'hide'; productId: string; position?: string },
) {
  const form = page.getByRole('form', { name: 'Add a rule' });
  await form.getByLabel('Query').fill('bluetooth');
  await form.getByLabel('Action').selectOption(rule.action);
  await form.getByLabel('Product id').fill(rule.productId);
  if (rule.position) await form.getByLabel('Position').fill(rule.position);
  await form.getByRole('button', { name: 'Add rule' }).click();
}

async function storefront(page: Page) {
  await page.goto('/?q=bluetooth');
  await waitForSearch(page);
  return resultTitles(page);
}

describe('merchandising rules', () => {
  it('pins, hides and turns off rules that the storefront obeys at once', async () => {
    const shopper = await session.open();
    const before = await storefront(shopper.page);
    expect(before).toContain(KEYBOARD);
    expect(before).not.toContain(PRINTER);
    const suggested = async () =>
      (
        await callOk<{ text: string; productId?: string }[]>(
          shopper.page,
          'query',
          'search.suggest',
          {
            store: 'demo',
            prefix: 'bluetooth',
          },
        )
      ).map((s) => s.productId);

    const t = await session.open();
    await signInThroughApi(t.page, MERCHANT);
    await t.page.goto('/admin/demo/rules');
    await t.page.getByText('No rules yet: add one below.').waitFor();

    // Previewed first: the printer would lead the page; nothing is saved yet.
    const form = t.page.getByRole('form', { name: 'Add a rule' });
    await form.getByLabel('Query').fill('bluetooth');
    await form.getByLabel('Product id').fill('e6');
    await form.getByRole('button', { name: 'Preview' }).click();
    const withRule = form.getByRole('list', { name: 'With this rule' });
    await withRule.waitFor();
    expect((await withRule.getByRole('listitem').first().innerText()).replace(/\s+/g, ' ')).toBe(
      `${PRINTER} (pinned, new on this page)`,
    );
    expect(
      await form.getByRole('list', { name: 'Now' }).getByRole('listitem').allInnerTexts(),
    ).toEqual(before.slice(0, 10));
    await t.page.getByText('No rules yet: add one below.').waitFor();

    // A product the words do not find, pinned first.
    await addRule(t.page, { action: 'pin', productId: 'e6', position: '1' });
    await t.page.getByText('Added: pin e6 for “bluetooth”.').waitFor();
    const pinnedFirst = await storefront(shopper.page);
    expect(pinnedFirst[0]).toBe(PRINTER);
    const why = resultList(shopper.page).locator('details').first();
    await why.getByText('Why this result?').click();
    await why.getByText('The shop placed this product at this position.').waitFor();

    // Hidden: gone from the results and the suggestions.
    const keyboardSuggested = (await suggested()).includes('e2');
    await addRule(t.page, { action: 'hide', productId: 'e2' });
    await t.page.getByText('Added: hide e2 for “bluetooth”.').waitFor();
    expect(await storefront(shopper.page)).not.toContain(KEYBOARD);
    if (keyboardSuggested) expect(await suggested()).not.toContain('e2');

    // Pinning the hidden product is refused with a sentence; nothing is added.
    await addRule(t.page, { action: 'pin', productId: 'e2', position: '2' });
    await t.page
      .getByText(/The rule was not added: Rule \d+ hides product “e2” for this query/)
      .waitFor();
    expect(await tableRows(t.page, /^Rules$/)).toHaveLength(2);
    await screenshot(t.page, 'admin-rules');

    // Turned off, the pin stops at once.
    await t.page.getByRole('button', { name: `Turn off: pin ${PRINTER} for “bluetooth”` }).click();
    await t.page.getByText(`Turned off: pin ${PRINTER} for “bluetooth”.`).waitFor();
    expect(await storefront(shopper.page)).not.toContain(PRINTER);

    const changes = await tableRows(t.page, /^Latest changes/);
    expect(changes.map((row) => row.slice(1))).toEqual([
      [MERCHANT.email, expect.stringMatching(/^Rule \d+ disabled$/)],
      [MERCHANT.email, expect.stringMatching(/^Rule \d+ created$/)],
      [MERCHANT.email, expect.stringMatching(/^Rule \d+ created$/)],
    ]);
    expectNoErrors(shopper);
    expectOnlyRefusals(t, [/status of 400 .*searchSettings\.createRule/]);
  });
});
