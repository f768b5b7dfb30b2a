// Merchandising rules as a merchant sets them in the admin: a product pinned first for a query is
// first on the storefront and says why; a hidden one leaves the results and the suggestions; a
// rule turned off stops at once; every change is listed with who made it; a bad rule is refused
// with a sentence; a boosted brand rises to the top, previewed first and explained. No re-index
// anywhere.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
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

/** Until React owns a control, a choice made in it is lost when the page hydrates. */
async function waitForReact(control: Locator) {
  await control.waitFor();
  await control
    .page()
    .waitForFunction(
      (el) => !!el && Object.keys(el).some((k) => k.startsWith('__reactFiber$')),
      await control.elementHandle(),
    );
}

async function storefront(page: Page, q = 'bluetooth') {
  await page.goto(`/?q=${q}`);
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

  it('boosts a brand: previewed, then first on the storefront, and says why', async () => {
    const shopper = await session.open();
    const before = await storefront(shopper.page, 'portable');
    expect(before.length).toBeGreaterThan(1);
    const last = before.at(-1)!;
    const brand = last.split(' ')[0]!; // the fixture's titles start with the brand

    const t = await session.open();
    await signInThroughApi(t.page, MERCHANT);
    // Analytics' "Add a rule" link fills in the query.
    await t.page.goto('/admin/demo/rules?for=portable');
    const form = t.page.getByRole('form', { name: 'Add a rule' });
    await waitForReact(form.getByLabel('Action'));
    expect(await form.getByLabel('Query').inputValue()).toBe('portable');
    await form.getByLabel('Action').selectOption('boost');
    await form.getByLabel('Brands').fill(brand);
    await form.getByLabel('Factor').fill('3');
    await form.getByRole('button', { name: 'Preview' }).click();
    const withRule = form.getByRole('list', { name: 'With this rule' });
    await withRule.waitFor();
    expect((await withRule.getByRole('listitem').first().innerText()).replace(/\s+/g, ' ')).toBe(
      `${last} (boost ×3, up from ${before.length})`,
    );
    await form.getByRole('button', { name: 'Add rule' }).click();
    await t.page.getByText('Added: boost ×3 for “portable”.').waitFor();
    const row = (await tableRows(t.page, /^Rules$/)).find((r) => r[0] === 'is “portable”');
    expect(row?.slice(1, 3)).toEqual(['Boost ×3', `Matching brand ${brand}`]);

    const after = await storefront(shopper.page, 'portable');
    expect(after[0]).toBe(last);
    const why = resultList(shopper.page).locator('details').first();
    await why.getByText('Why this result?').click();
    await why
      .getByText('The shop boosts products like this one for this search (score ×3).')
      .waitFor();

    // An empty filter is refused with a sentence (the form starts afresh after adding).
    await form.getByLabel('Query').fill('portable');
    await form.getByLabel('Action').selectOption('boost');
    await form.getByRole('button', { name: 'Add rule' }).click();
    await t.page.getByText(/The rule was not added: A boost needs a filter/).waitFor();

    // The store's attributes are offered; a yes/no one takes yes or no, and previews.
    const offered = await form
      .locator('#boost-attributes option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual(expect.arrayContaining(['colour', 'bluetooth']));
    await form.getByLabel('Attribute (optional)').fill('bluetooth');
    await form.getByLabel('Attribute value').selectOption('false');
    await form.getByRole('button', { name: 'Preview' }).click();
    await form.getByRole('list', { name: 'With this rule' }).waitFor();
    expectNoErrors(shopper);
    expectOnlyRefusals(t, [/status of 400 .*searchSettings\.createRule/]);
  });

  it('exports the settings, and imports them back after the rules were deleted', async () => {
    const shopper = await session.open();
    const boosted = await storefront(shopper.page, 'portable');
    const t = await session.open();
    await signInThroughApi(t.page, MERCHANT);
    await t.page.goto('/admin/demo/rules');
    const section = t.page.getByRole('form', { name: 'Settings file' });
    await waitForReact(section.getByRole('button', { name: 'Download settings' }));
    const [download] = await Promise.all([
      t.page.waitForEvent('download'),
      section.getByRole('button', { name: 'Download settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('demo-search-settings.json');
    const path = await download.path();
    const file = JSON.parse(await readFile(path, 'utf8')) as { rules: { query: string }[] };
    expect(file.rules.map((r) => r.query)).toContain('portable');
    const rulesBefore = await tableRows(t.page, /^Rules$/);

    // Deleted: the storefront's order is the plain one again.
    const boost = t.page.getByRole('button', { name: /^Delete: boost ×3 .* for “portable”$/ });
    await boost.click();
    await t.page.getByText(/^Deleted: boost ×3/).waitFor();
    expect(await storefront(shopper.page, 'portable')).not.toEqual(boosted);

    // A file naming a product this store lacks is refused, naming the entry; nothing changes.
    const bad = {
      ...file,
      rules: [{ query: 'x', match: 'exact', action: 'hide', productId: 'nope' }],
    };
    await section.getByLabel('Settings file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await section.getByRole('button', { name: 'Import settings' }).click();
    await section
      .getByText(
        'The file was not imported: Rule 1 of the file (“x”): There is no product “nope” in this store.',
      )
      .waitFor();

    // The exported file, imported to replace: the rules are back, and so is the boost.
    await section.getByLabel('Settings file').setInputFiles(path);
    await section.getByRole('button', { name: 'Import settings' }).click();
    await section.getByText(/^Imported \(replace\): \d+ synonym lines, \d+ rules added/).waitFor();
    await expect
      .poll(async () => (await tableRows(t.page, /^Rules$/)).map((r) => r.slice(0, 5)))
      .toEqual(rulesBefore.map((r) => r.slice(0, 5)));
    expect(await storefront(shopper.page, 'portable')).toEqual(boosted);
    await screenshot(t.page, 'admin-rules-settings-file');
    expectNoErrors(shopper);
    expectOnlyRefusals(t, [/status of 400 .*searchSettings\.importSettings/]);
  });
});
