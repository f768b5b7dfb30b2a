// The storefront on a 360 px wide phone: nothing wider than the screen, filters folded away.
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import { resultBrands, resultsHeading, searchParam, waitForSearch } from './storefrontPage.ts';

const session = useBrowser();
const PHONE = { width: 360, height: 780 };

const pageWidth = (t: Awaited<ReturnType<typeof session.open>>) =>
  t.page.evaluate(() => document.documentElement.scrollWidth);

describe('storefront at 360 px', () => {
  it('fits the screen and folds the filters behind a button', async () => {
    const t = await session.open(PHONE);
    await t.page.goto('/?q=wireless+mouse');
    await waitForSearch(t.page);
    expect(await pageWidth(t)).toBeLessThanOrEqual(PHONE.width);
    const brandGroup = t.page.getByRole('group', { name: 'Brand' });
    expect(await brandGroup.isVisible()).toBe(false);
    await screenshot(t.page, 'mobile-results');

    const toggle = t.page.getByRole('button', { name: /^Filters/ });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await brandGroup.isVisible()).toBe(true);
    await brandGroup.getByRole('checkbox', { name: /^HP\b/ }).click();
    await waitForSearch(t.page);
    expect(searchParam(t.page, 'brand')).toEqual(['HP']);
    expect(new Set(await resultBrands(t.page))).toEqual(new Set(['HP']));
    expect(await t.page.getByRole('button', { name: 'Filters (1)' }).isVisible()).toBe(true);
    await screenshot(t.page, 'mobile-filters-open');

    await t.page.locator('details summary').first().click();
    expect(await pageWidth(t)).toBeLessThanOrEqual(PHONE.width);
    expect(await resultsHeading(t.page).isVisible()).toBe(true);
    expectNoErrors(t);
  });

  it('shows a product page within the screen', async () => {
    const t = await session.open(PHONE);
    await t.page.goto('/?q=printer');
    await waitForSearch(t.page);
    await t.page.getByRole('list', { name: 'Products' }).locator('h3 a').first().click();
    await t.page.waitForURL(/\/p\//);
    await t.page.getByRole('region', { name: 'Specifications' }).waitFor();
    expect(await pageWidth(t)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(t.page, 'mobile-product');
    expectNoErrors(t);
  });
});
