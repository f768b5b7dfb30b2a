// A shopper's path through the storefront: searching, suggestions, facets, sorting, paging, the
// back button, product pages and the "why this result" panel, against the real server and data.
import { describe, expect, inject, it } from 'vitest';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import {
  resultBrands,
  resultList,
  resultPrices,
  resultTitles,
  resultsHeading,
  searchBox,
  searchFor,
  searchParam,
  waitForSearch,
} from './storefrontPage.ts';

const session = useBrowser();

describe('storefront search', () => {
  it('renders the first results on the server, before any script runs', async () => {
    const html = await (await fetch(`${inject('baseURL')}/?q=wireless+mouse`)).text();
    expect(html).toMatch(/\d+ results for “wireless mouse”/);
    expect(html).toContain('<mark>Wireless</mark>');
    expect(html).toMatch(/href="\/p\/\d+"/);
  });

  it('suggests as you type, navigable by keyboard, and searches for the picked suggestion', async () => {
    const t = await session.open();
    await t.page.goto('/');
    await waitForSearch(t.page);
    const box = searchBox(t.page);
    await box.pressSequentially('logi', { delay: 40 });
    const listbox = t.page.getByRole('listbox', { name: 'Suggestions' });
    await listbox.waitFor();
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    const first = listbox.getByRole('option').first();
    expect(await first.innerText()).toMatch(/^Logitech\s+brand$/i);

    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await box.press('ArrowUp');
    expect(await listbox.getByRole('option').last().getAttribute('aria-selected')).toBe('true');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await screenshot(t.page, 'suggestions-closed');

    await box.press('ArrowDown');
    await expect.poll(() => first.getAttribute('aria-selected')).toBe('true');
    await screenshot(t.page, 'suggestions-open');
    await box.press('Enter');
    await t.page.waitForURL((url) => url.searchParams.get('q') === 'Logitech');
    await waitForSearch(t.page);
    expect(await resultsHeading(t.page).innerText()).toMatch(/results for “Logitech”/);
    expect(await box.inputValue()).toBe('Logitech');
    expectNoErrors(t);
  });

  it('applies and clears facets, with counts, all in the URL', async () => {
    const t = await session.open();
    await t.page.goto('/?q=mouse');
    await waitForSearch(t.page);
    const total = Number(
      (await resultsHeading(t.page).innerText()).match(/^([\d,]+)/)![1]!.replace(',', ''),
    );

    const brands = t.page.getByRole('group', { name: 'Brand' });
    const hp = brands.getByRole('checkbox', { name: /^HP\b/ });
    const hpCount = Number((await hp.locator('xpath=..').innerText()).match(/(\d+)\s*$/)![1]);
    // A click navigates; the box shows checked once the URL (the source of truth) says so.
    await hp.click();
    await waitForSearch(t.page);
    expect(await hp.isChecked()).toBe(true);
    expect(searchParam(t.page, 'brand')).toEqual(['HP']);
    expect(await resultsHeading(t.page).innerText()).toMatch(new RegExp(`^${hpCount} results`));
    expect(hpCount).toBeLessThan(total);
    expect(new Set(await resultBrands(t.page))).toEqual(new Set(['HP']));

    const price = t.page.getByRole('group', { name: 'Price' });
    await price.getByLabel('Min (USD)').fill('10');
    await price.getByLabel('Max (USD)').fill('30');
    await price.getByRole('button', { name: 'Apply' }).click();
    await waitForSearch(t.page);
    expect(searchParam(t.page, 'price')).toEqual(['10..30']);
    const prices = await resultPrices(t.page);
    expect(prices.length).toBeGreaterThan(0);
    expect(prices.every((p) => p >= 1000 && p <= 3000)).toBe(true);
    await screenshot(t.page, 'facets-applied');

    await t.page.getByRole('link', { name: 'Remove filter HP' }).click();
    await waitForSearch(t.page);
    expect(searchParam(t.page, 'brand')).toEqual([]);
    expect(searchParam(t.page, 'price')).toEqual(['10..30']);
    await t.page.getByRole('link', { name: /Remove filter Price/ }).click();
    await waitForSearch(t.page);
    expect(new URL(t.page.url()).search).toBe('?q=mouse');
    expect(await resultsHeading(t.page).innerText()).toMatch(
      new RegExp(`^${total.toLocaleString('en-US')} results`),
    );
    expectNoErrors(t);
  });

  it('sorts by price both ways', async () => {
    const t = await session.open();
    await t.page.goto('/?q=keyboard');
    await waitForSearch(t.page);
    const sort = t.page.getByLabel('Sort by');
    await sort.selectOption('price_asc');
    await waitForSearch(t.page);
    expect(searchParam(t.page, 'sort')).toEqual(['price_asc']);
    const up = await resultPrices(t.page);
    expect(up.length).toBeGreaterThan(5);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await sort.selectOption('price_desc');
    await waitForSearch(t.page);
    const down = await resultPrices(t.page);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(down[0]).toBeGreaterThan(up[0]!);
    expectNoErrors(t);
  });

  it('pages through results, and the back button restores the URL and the results', async () => {
    const t = await session.open();
    await t.page.goto('/?q=cable');
    await waitForSearch(t.page);
    const pageOne = await resultTitles(t.page);
    await t.page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Next page' })
      .click();
    await waitForSearch(t.page);
    expect(searchParam(t.page, 'page')).toEqual(['2']);
    const pageTwo = await resultTitles(t.page);
    expect(pageTwo).not.toEqual(pageOne);
    expect(await t.page.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe(
      'page',
    );

    await t.page.goBack();
    await waitForSearch(t.page);
    expect(new URL(t.page.url()).search).toBe('?q=cable');
    expect(await resultTitles(t.page)).toEqual(pageOne);
    await t.page.goForward();
    await waitForSearch(t.page);
    expect(await resultTitles(t.page)).toEqual(pageTwo);
    expectNoErrors(t);
  });

  it('opens a product with its labelled attributes, and goes back to the results', async () => {
    const t = await session.open();
    await t.page.goto('/?q=wireless+mouse');
    await waitForSearch(t.page);
    await searchFor(t.page, 'optical mouse');
    const link = resultList(t.page).locator('h3 a').first();
    const title = await link.innerText();
    await link.click();
    await t.page.waitForURL(/\/p\/\d+$/);
    await expect.poll(() => t.page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    const specs = t.page.getByRole('region', { name: 'Specifications' });
    expect(await specs.getByRole('rowheader').count()).toBeGreaterThan(2);
    expect(await t.page.locator('main').innerText()).toMatch(/\$\d+\.\d\d/);
    await screenshot(t.page, 'product-page');

    await t.page.getByRole('link', { name: 'Back to results' }).click();
    await t.page.waitForURL((url) => url.searchParams.get('q') === 'optical mouse');
    await waitForSearch(t.page);

    await resultList(t.page).locator('h3 a').first().click();
    await t.page.waitForURL(/\/p\/\d+$/);
    await t.page.goBack();
    await waitForSearch(t.page);
    expect(searchParam(t.page, 'q')).toEqual(['optical mouse']);
    expect((await resultTitles(t.page))[0]).toBe(title);
    expectNoErrors(t);
  });

  it('explains a result in words: each query word, the product word it matched, how strongly', async () => {
    const t = await session.open();
    await t.page.goto('/?q=wireless+mouse');
    await waitForSearch(t.page);
    const why = resultList(t.page).locator('details').first();
    expect(await why.locator('li').first().isVisible()).toBe(false);
    await why.getByText('Why this result?').click();
    // Text as read aloud: the arrow is hidden from screen readers, which hear "matched".
    const lines = (await why.locator('li').allTextContents()).map((l) => l.replace(/\s+/g, ' '));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^“wireless” → matched “Wireless” in the title ?exact match$/);
    expect(lines[1]).toMatch(/^“mouse” → matched “mouse” in the title ?exact match$/i);
    expect(lines.join(' ')).not.toMatch(/\[MASK]|\[Q]|##/);
    await screenshot(t.page, 'why-this-result');
    expectNoErrors(t);
  });

  it('offers searches that find something when nothing matches, and follows one', async () => {
    const t = await session.open();
    await t.page.goto('/?q=logitec+zzqqx');
    await waitForSearch(t.page);
    expect(await resultsHeading(t.page).innerText()).toBe('No results for “logitec zzqqx”');
    const empty = t.page.getByRole('region', { name: 'Searches that find something' });
    await empty.waitFor();
    const spelling = empty.getByRole('listitem').filter({ hasText: 'Did you mean' });
    expect(await spelling.innerText()).toMatch(/^Did you mean logitech zzqqx\? \(\d+ results?\)$/);
    await screenshot(t.page, 'zero-results');
    await spelling.getByRole('link').click();
    await waitForSearch(t.page);
    expect(searchParam(t.page, 'q')).toEqual(['logitech zzqqx']);
    expect(await resultsHeading(t.page).innerText()).toMatch(
      /^\d[\d,]* results? for “logitech zzqqx”/,
    );
    expect(new Set(await resultBrands(t.page))).toEqual(new Set(['Logitech']));

    await searchFor(t.page, 'keyboard');

    // The same page reached in the browser, not rendered by the server: filters that exclude all.
    await t.page.getByRole('group', { name: 'Price' }).getByLabel('Min (USD)').fill('999999');
    await t.page
      .getByRole('group', { name: 'Price' })
      .getByRole('button', { name: 'Apply' })
      .click();
    await waitForSearch(t.page);
    const withoutFilters = t.page.getByRole('link', { name: 'Search “keyboard” without filters' });
    await withoutFilters.waitFor();
    await withoutFilters.click();
    await waitForSearch(t.page);
    expect(new URL(t.page.url()).search).toBe('?q=keyboard');
    expectNoErrors(t);
  });
});
