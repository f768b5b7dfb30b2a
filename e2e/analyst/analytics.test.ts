// Search analytics: shoppers' searches in a period, with their charts; presets and dates in the URL;
// the queries whose results shoppers do not follow, with the merchant's fixes.
import { describe, expect, it } from 'vitest';
import { ANALYST, signInThroughApi } from '../support/accounts.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import { resultList, waitForSearch } from '../storefront/storefrontPage.ts';
import { chartBars, sectionPath } from './analystPage.ts';

const session = useBrowser();

describe('search analytics', () => {
  it('summarises the storefront’s searches for a period, with charts', async () => {
    // A shopper searches first: one query that finds products, one that finds nothing.
    const shopper = await session.open();
    for (const q of ['wireless mouse', 'qqqzzzxxy']) {
      await shopper.page.goto(`/?q=${encodeURIComponent(q)}`);
    }
    // Then five searches for keyboards, none followed, and five for a mouse, two followed.
    for (let n = 0; n < 5; n++) {
      await shopper.page.goto('/?q=keyboard');
      await waitForSearch(shopper.page);
      await shopper.page.goto('/?q=wireless%20mouse');
      await waitForSearch(shopper.page);
      if (n >= 2) continue;
      const click = shopper.page.waitForResponse((r) => r.url().includes('search.click'));
      await resultList(shopper.page).getByRole('link').first().click();
      expect((await click).status()).toBe(200);
      await shopper.page.waitForURL('**/p/**');
    }

    const t = await session.open();
    await signInThroughApi(t.page, ANALYST);
    await t.page.goto(sectionPath('analytics'));
    expect(
      await t.page.getByRole('button', { name: 'Last 7 days' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await t.page.getByRole('button', { name: 'Last 24 hours' }).click();
    await t.page.waitForURL((url) => url.searchParams.get('period') === '24h');
    const top = t.page.getByRole('table', { name: 'Top queries' });
    // Search events are written in the background: tables are read again after a reload.
    const reloaded = (table: typeof top) => async () => {
      await t.page.reload();
      return table.innerText();
    };
    await expect.poll(reloaded(top), { timeout: 20_000 }).toContain('wireless mouse');
    await expect
      .poll(() => t.page.getByRole('table', { name: 'Queries that found nothing' }).innerText())
      .toContain('qqqzzzxxy');
    // From analytics to action: the query that found nothing offers the merchant's fix.
    expect(
      await t.page
        .getByRole('link', { name: 'Add a synonym for “qqqzzzxxy”' })
        .getAttribute('href'),
    ).toBe('/admin/demo/synonyms?for=qqqzzzxxy');
    const zero = t.page.getByRole('table', { name: 'Queries that found nothing' });
    expect(
      await zero.getByRole('link', { name: 'Add a rule for “qqqzzzxxy”' }).getAttribute('href'),
    ).toBe('/admin/demo/rules?for=qqqzzzxxy');
    // Searched often, never followed: listed before the mouse among the low-click queries, with
    // the same fixes. (Other browser tests search the same catalog; their queries may come first.)
    const lowClick = t.page.getByRole('table', { name: 'Low-click queries' });
    await expect.poll(reloaded(lowClick), { timeout: 20_000 }).toContain('keyboard');
    const rowOf = (query: string) =>
      lowClick
        .getByRole('row')
        .filter({ has: t.page.getByRole('rowheader', { name: query, exact: true }) });
    expect((await rowOf('keyboard').getByRole('cell').allInnerTexts()).slice(1, 3)).toEqual([
      '0',
      '0%',
    ]);
    const queries = await lowClick.getByRole('rowheader').allInnerTexts();
    expect(queries.indexOf('keyboard')).toBeLessThan(queries.indexOf('wireless mouse'));
    const mouseClicks = await rowOf('wireless mouse').getByRole('cell').nth(1).innerText();
    expect(Number(mouseClicks)).toBeGreaterThanOrEqual(2);
    expect(
      await lowClick
        .getByRole('link', { name: 'Add a synonym for “keyboard”' })
        .getAttribute('href'),
    ).toBe('/admin/demo/synonyms?for=keyboard');
    expect(
      await lowClick.getByRole('link', { name: 'Add a rule for “keyboard”' }).getAttribute('href'),
    ).toBe('/admin/demo/rules?for=keyboard');
    const latency = t.page.getByRole('region', { name: 'Latency per ranking profile' });
    // Each percentile is shown in ms (one decimal under 10 ms), or in seconds from 1,000 ms on.
    const duration = String.raw`\d+(\.\d)? ms|\d+\.\d s`;
    expect(await latency.getByRole('row').nth(1).innerText()).toMatch(
      new RegExp(String.raw`^\w+\s+\d+\s+(${duration})\s+(${duration})\s+(${duration})$`),
    );
    expect(await chartBars(t.page, 'per-day').count()).toBeGreaterThan(0);
    expect(await chartBars(t.page, 'latency').count()).toBeGreaterThan(0);
    await screenshot(t.page, 'analyst-analytics');

    // Chosen days go into the URL; a day long ago has no searches.
    await t.page.getByLabel('From').fill('2020-01-01');
    await t.page.getByLabel('To (included)').fill('2020-01-02');
    await t.page.getByRole('button', { name: 'Show these days' }).click();
    await t.page.waitForURL((url) => url.searchParams.get('from') === '2020-01-01');
    await top.getByText('No searches in this period.').waitFor();
    expectNoErrors(t);
  });
});
