// Every store has its own storefront under /s/<store>, in its own currency, with its own facets.
import { describe, expect, it } from 'vitest';
import { SMALL_STORE } from '../support/stores.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import {
  resultPrices,
  resultTitles,
  resultsHeading,
  searchParam,
  waitForSearch,
} from './storefrontPage.ts';

const session = useBrowser();
const base = `/s/${SMALL_STORE.slug}`;

describe('a second store', () => {
  it('searches its own products, priced in its currency, with yes/no and numeric facets', async () => {
    const t = await session.open();
    await t.page.goto(`${base}?q=cable`);
    await waitForSearch(t.page);
    expect(await t.page.getByRole('link', { name: SMALL_STORE.name }).getAttribute('href')).toBe(
      base,
    );
    const titles = await resultTitles(t.page);
    expect(titles.length).toBeGreaterThanOrEqual(2);
    expect(titles.every((title) => /cable/i.test(title))).toBe(true);
    expect(await t.page.locator('[data-field="price"]').first().innerText()).toMatch(/^€\d/);

    const outdoor = t.page.getByRole('group', { name: 'Outdoor' });
    await outdoor.getByRole('radio', { name: /^Yes/ }).click();
    await waitForSearch(t.page);
    expect(searchParam(t.page, 'f.outdoor')).toEqual(['yes']);
    expect(await resultTitles(t.page)).toEqual(['Brennenstuhl outdoor extension cable 10 m']);
    await screenshot(t.page, 'second-store');

    await outdoor.getByRole('radio', { name: 'Any' }).click();
    await waitForSearch(t.page);
    const length = t.page.getByRole('group', { name: 'Length m' });
    await length.getByLabel('Min').fill('3');
    await length.getByRole('button', { name: 'Apply' }).click();
    await waitForSearch(t.page);
    expect(searchParam(t.page, 'f.length_m')).toEqual(['3..']);
    expect((await resultTitles(t.page)).sort()).toEqual([
      'Brennenstuhl extension cable 5 m',
      'Brennenstuhl outdoor extension cable 10 m',
    ]);
    expect(await resultsHeading(t.page).innerText()).toBe('2 results for “cable”');
    expect(await resultPrices(t.page)).toEqual(expect.arrayContaining([1250, 2990]));

    await t.page.getByRole('list', { name: 'Products' }).locator('h3 a').first().click();
    await t.page.waitForURL(new RegExp(`^[^?]*${base}/p/s\\d$`));
    await t.page.getByRole('region', { name: 'Specifications' }).waitFor();
    expectNoErrors(t);
  });
});
