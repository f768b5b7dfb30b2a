// Every store has its own storefront under /s/<store>, in its own currency, with its own facets.
import { describe, expect, it } from 'vitest';
import { DEMO_STORE, SMALL_STORE } from '../support/stores.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import {
  resultList,
  resultPrices,
  resultTitles,
  resultsHeading,
  searchParam,
  waitForSearch,
} from './storefrontPage.ts';

const session = useBrowser();
const base = `/s/${SMALL_STORE.slug}`;
/** The products of fixtures/small-store.jsonl whose titles hold "cable". */
const SMALL_STORE_CABLES = [
  'Anker USB-C charging cable 2 m',
  'Brennenstuhl extension cable 5 m',
  'Brennenstuhl outdoor extension cable 10 m',
];

describe('a second store', () => {
  it('searches its own products, priced in its currency, with yes/no and numeric facets', async () => {
    const t = await session.open();
    await t.page.goto(`${base}?q=cable`);
    await waitForSearch(t.page);
    expect(await t.page.getByRole('link', { name: SMALL_STORE.name }).getAttribute('href')).toBe(
      base,
    );
    // Exactly this store's cables: the demo store's many cables would also match /cable/.
    expect((await resultTitles(t.page)).sort()).toEqual(SMALL_STORE_CABLES);
    const links = await resultList(t.page)
      .locator('h3 a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(['s1', 's2', 's5'].map((id) => `${base}/p/${id}`));
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

  it('shows a product only under its own store’s address', async () => {
    const t = await session.open();
    await t.page.goto('/?q=cable');
    await waitForSearch(t.page);
    // A demo product's own address, and the same id under the second store's.
    const demoLink = (await resultList(t.page).locator('h3 a').first().getAttribute('href'))!;
    expect(demoLink).toMatch(/^\/p\/[^/]+$/);
    const demoTitle = await resultList(t.page).locator('h3').first().innerText();
    const demoId = demoLink.slice('/p/'.length);
    await t.page.goto(demoLink);
    expect(await t.page.getByRole('heading', { level: 1 }).innerText()).toBe(demoTitle);

    for (const path of [`${base}/p/${demoId}`, '/p/s1', `/s/${DEMO_STORE.slug}/p/s1`]) {
      const response = await t.page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(await t.page.getByRole('heading', { level: 1 }).innerText()).toBe(
        'We could not find that page',
      );
    }
    await t.page.goto(`${base}/p/s1`);
    expect(await t.page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Brennenstuhl extension cable 5 m',
    );
    // The browser logs the 404 responses themselves; nothing else may fail.
    expect(t.errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
  });
});
