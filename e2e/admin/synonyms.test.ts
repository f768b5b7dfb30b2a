// Synonyms as a merchant keeps them: a query that found nothing (the link analytics offers) starts
// a line, the storefront finds products through it as soon as it is saved, "why this result" says
// so, and a list with a conflict is refused naming the line, nothing saved.
import { describe, expect, it } from 'vitest';
import { MERCHANT, signInThroughApi } from '../support/accounts.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import {
  resultList,
  resultTitles,
  resultsHeading,
  waitForSearch,
} from '../storefront/storefrontPage.ts';
import { expectOnlyRefusals } from './adminPages.ts';
import { useAdminServer } from './adminServer.ts';

const server = useAdminServer();
const session = useBrowser(server.url);
const QUERY = 'rodent';

describe('synonyms', () => {
  it('a query that found nothing finds products once a synonym is saved, with no re-index', async () => {
    const shopper = await session.open();
    await shopper.page.goto(`/?q=${QUERY}`);
    await waitForSearch(shopper.page);
    expect(await resultsHeading(shopper.page).innerText()).toBe(`No results for “${QUERY}”`);

    const t = await session.open();
    await signInThroughApi(t.page, MERCHANT);
    await t.page.goto(`/admin/demo/synonyms?for=${QUERY}`);
    const lines = t.page.getByLabel('Synonym lines');
    await expect.poll(() => lines.inputValue()).toBe(`${QUERY} → `);
    await expect.poll(() => lines.evaluate((el) => el === document.activeElement)).toBe(true);
    await t.page.keyboard.type('mouse');
    await t.page.getByRole('button', { name: 'Save synonyms' }).click();
    await t.page.getByText('Saved 1 line. Searches use them now.').waitFor();
    expect(await lines.inputValue()).toBe(`${QUERY} → mouse`);

    await shopper.page.reload();
    await waitForSearch(shopper.page);
    expect(await resultTitles(shopper.page)).toContain('Logitech MX Master 3S wireless mouse');
    const why = resultList(shopper.page).locator('details').first();
    await why.getByText('Why this result?').click();
    await why.getByText('Matched ‘mouse’, a synonym of ‘rodent’.').waitFor();
    await screenshot(shopper.page, 'storefront-synonym');
    expectNoErrors(shopper);

    // A conflicting list is refused whole, naming the line; the saved list stays.
    await lines.fill(`${QUERY} → mouse\n${QUERY} → keyboard`);
    await t.page.getByRole('button', { name: 'Save synonyms' }).click();
    await expect.poll(() => lines.getAttribute('aria-invalid')).toBe('true');
    await t.page.reload();
    await expect.poll(() => lines.inputValue()).toBe(`${QUERY} → mouse`);
    expectOnlyRefusals(t, [/status of 400 .*searchSettings\.saveSynonyms/]);
  });
});
