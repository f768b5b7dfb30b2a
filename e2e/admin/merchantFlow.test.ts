// A merchant's day: sign in, upload a catalog with some bad rows, read the report, commit,
// re-index incrementally while the progress updates on its own, find the new products in the
// storefront, sign out.
import { describe, expect, it } from 'vitest';
import { MERCHANT } from '../support/accounts.ts';
import { adminUploadFile } from '../support/paths.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import { figure, signInWithForm, tableRows } from './adminPages.ts';
import { useAdminServer } from './adminServer.ts';

const server = useAdminServer();
const session = useBrowser(server.url);

describe('merchant: upload, re-index, search', () => {
  it('imports the good rows of an upload after a preview, and search finds them once re-indexed', async () => {
    const t = await session.open();
    const { page } = t;
    await signInWithForm(page, MERCHANT, '/admin');
    await page.getByRole('link', { name: 'Demo electronics' }).click();
    await page.getByRole('heading', { name: 'Catalog' }).waitFor();
    await page.getByText('1–8 of 8 products').waitFor();

    // Upload → preview: nothing is imported yet.
    await page.getByRole('link', { name: 'Upload' }).click();
    await page.getByLabel('Catalog file').setInputFiles(adminUploadFile);
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    const previewHeading = page.getByRole('heading', {
      name: /Check the preview of admin-upload\.csv/,
    });
    await previewHeading.waitFor();
    await figure(page, 'Valid products').waitFor();
    expect(await previewHeading.evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await figure(page, 'Rows read').innerText()).toBe('8');
    expect(await figure(page, 'Valid products').innerText()).toBe('4');
    expect(await figure(page, 'Rows with problems').innerText()).toBe('4');
    await expect
      .poll(() => page.getByText(/Importing would add/).innerText())
      .toBe('Importing would add 3 new products, update 1 and leave 0 unchanged.');
    expect(await tableRows(page, /Rows that will not be imported/)).toEqual([
      ['4', '5', 'u4', 'title', 'is required'],
      ['5', '6', 'u5', 'price', 'must be a decimal number like 19.99 (got "twelve")'],
      ['6', '7', 'u6', 'price', 'must not be negative (got "-19.99")'],
      [
        '7',
        '8',
        'u7',
        'availability',
        'must be one of in_stock, out_of_stock, preorder, discontinued (got "maybe")',
      ],
    ]);
    const sample = await tableRows(page, /First products as they would be stored/);
    expect(sample.map((row) => row.slice(0, 2))).toEqual([
      ['u1', 'Sennheiser Momentum 4 wireless headphones'],
      ['u2', 'Bose QuietComfort Ultra earbuds'],
      ['u3', 'Nintendo Switch OLED console'],
      ['e4', 'JBL Flip 6 portable Bluetooth speaker'],
    ]);
    expect(sample[0]).toContain('$299.95');
    await screenshot(page, 'admin-upload-preview');

    // Commit.
    await page.getByRole('button', { name: 'Import 4 products' }).click();
    await page.getByRole('heading', { name: 'Imported admin-upload.csv' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: '3 added, 1 updated, 0 unchanged; 4 rows skipped.' })
      .waitFor();

    // Catalog: the new products are there, waiting for the index.
    await page.getByRole('link', { name: 'View catalog' }).click();
    await page.getByRole('searchbox', { name: 'Find products' }).fill('Momentum');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('1–1 of 1 product', { exact: true }).waitFor();
    expect((await tableRows(page, /Products/)).map((row) => row.slice(0, 5))).toEqual([
      [
        'Sennheiser Momentum 4 wireless headphones u1 · MOM4',
        'Sennheiser',
        '$299.95',
        'In stock',
        'Not indexed',
      ],
    ]);

    // Re-index: progress without reloading the page.
    await page.getByRole('link', { name: 'Index', exact: true }).click();
    await page.getByText('4 of 11 products were added or changed').waitFor();
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });
    await page.getByRole('button', { name: 'Start re-index' }).click();
    await page.getByRole('heading', { name: /Incremental re-index #\d+/ }).waitFor();
    const bar = page.getByRole('progressbar');
    await expect.poll(() => bar.getAttribute('aria-valuenow'), { timeout: 60_000 }).toBe('100');
    await expect.poll(() => page.getByTestId('job-state').innerText()).toBe('Complete');
    expect(await figure(page, 'Products').innerText()).toBe('4 / 4');
    expect(navigations).toBe(0);
    await page.getByText('0 of 11 products were added or changed').waitFor();
    await screenshot(page, 'admin-reindex-complete');

    // The storefront finds the new products.
    await page.goto('/?q=momentum+headphones');
    await page
      .getByRole('heading', { name: 'Sennheiser Momentum 4 wireless headphones' })
      .waitFor();
    await page.goto('/?q=nintendo+switch');
    await page.getByRole('heading', { name: 'Nintendo Switch OLED console' }).waitFor();

    // Sign out: the admin asks to sign in again.
    await page.goto('/admin');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/signin');
    await page.goto('/admin/demo/catalog');
    await page.waitForURL((url) => url.pathname === '/signin');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/demo/catalog');
    expectNoErrors(t);
  });
});
