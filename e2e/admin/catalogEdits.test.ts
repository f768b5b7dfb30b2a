// Catalog management and bad input: edits the API refuses field by field (nothing saved), an
// edit that marks a product for re-index, a delete behind a confirmation, and uploads that are
// empty, binary, not UTF-8 or too large — each refused with a clear message, nothing imported.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MERCHANT, signInThroughApi } from '../support/accounts.ts';
import { adminUploadFile } from '../support/paths.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import { expectOnlyRefusals, figure, postUpload, tableRows } from './adminPages.ts';
import { UPLOAD_LIMIT_BYTES, useAdminServer } from './adminServer.ts';

const server = useAdminServer();
const session = useBrowser(server.url);

async function merchantPage(viewport?: { width: number; height: number }) {
  const t = await session.open(viewport);
  await signInThroughApi(t.page, MERCHANT);
  return t;
}

async function findProduct(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Find products' }).fill(text);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByText(/^1–1 of 1 product$/).waitFor();
}

/** Signs in, finds the product by `text` in the catalog and opens one of its dialogs. */
async function openProductDialog(text: string, button: string | RegExp, dialog: string) {
  const t = await merchantPage();
  await t.page.goto('/admin/demo/catalog');
  await findProduct(t.page, text);
  await t.page.getByRole('button', { name: button }).click();
  return { t, page: t.page, dialog: t.page.getByRole('dialog', { name: dialog }) };
}

describe('editing products', () => {
  it('shows the API’s refusal of a negative price and an empty title beside each field, saving nothing', async () => {
    const { t, page, dialog } = await openProductDialog(
      'MX Master',
      'Edit Logitech MX Master 3S wireless mouse',
      'Edit product',
    );
    await dialog.getByLabel('Title').fill('  ');
    await dialog.getByLabel('Price (USD)').fill('-5');
    await dialog.getByRole('button', { name: 'Save' }).click();

    const title = dialog.getByLabel('Title');
    const price = dialog.getByLabel('Price (USD)');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    expect(await price.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(title)).toBe('A product needs a title.');
    expect(await describedBy(price)).toMatch(
      /^Empty for “price on request”\. A price cannot be negative\.$/,
    );
    expect(await dialog.getByRole('alert').innerText()).toBe('The product was not saved.');
    await expect.poll(() => title.evaluate((input) => input === document.activeElement)).toBe(true);
    await screenshot(page, 'admin-edit-field-errors');

    // A price that is not a number is stopped before it is sent.
    await title.fill('Logitech MX Master 3S wireless mouse');
    await price.fill('abc');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => describedBy(price)).toMatch(/Enter a price like 19\.99/);
    expect(await title.getAttribute('aria-invalid')).toBeNull();

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await tableRows(page, /Products/))[0]!.slice(2, 5)).toEqual([
      '$99.99',
      'In stock',
      'Indexed',
    ]);
    expectOnlyRefusals(t, [/status of 400 .*catalog\.updateProduct/]);
  });

  it('saves a good edit in the store’s currency and marks the product changed for the index', async () => {
    const { t, page, dialog } = await openProductDialog(
      'K380',
      /^Edit Logitech K380/,
      'Edit product',
    );
    await dialog.getByLabel('Price (USD)').fill('34.5');
    await dialog.getByLabel('Availability').selectOption({ label: 'Out of stock' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByText(
        /^Saved “Logitech K380 .*”\. Search finds and shows the new text now; ranking by meaning uses it after the next re-index\.$/,
      )
      .waitFor();
    await expect
      .poll(async () => (await tableRows(page, /Products/))[0]!.slice(2, 5))
      .toEqual(['$34.50', 'Out of stock', 'Changed']);
    expectNoErrors(t);
  });

  it('deletes a product only after confirming', async () => {
    const { t, page, dialog } = await openProductDialog(
      'EcoTank',
      /^Delete Epson EcoTank/,
      'Delete product?',
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/^1–1 of 1 product$/).waitFor();

    await page.getByRole('button', { name: /^Delete Epson EcoTank/ }).click();
    await dialog.getByRole('button', { name: 'Delete product' }).click();
    await page.getByText('Deleted “Epson EcoTank ET-2850 inkjet printer”.').waitFor();
    await page.getByText('No product matches “EcoTank”.').waitFor();
    await page.goto('/?q=ecotank+printer');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('heading', { name: /EcoTank/ }).count()).toBe(0);
    expectNoErrors(t);
  });
});

describe('bad uploads', () => {
  it('refuses empty, binary and oversized files at the route, keeping nothing', async () => {
    const t = await merchantPage();
    await t.page.goto('/admin/demo/upload');
    const empty = await postUpload(t.page, 'demo', '', { fileName: 'empty.csv' });
    expect(empty).toEqual({
      status: 400,
      body: {
        error: {
          code: 'BAD_REQUEST',
          message: 'The file is empty (0 bytes); there is nothing to import.',
        },
      },
    });
    const big = await postUpload(t.page, 'demo', Buffer.alloc(UPLOAD_LIMIT_BYTES + 1, 'a'));
    expect(big.status).toBe(413);
    expect(big.body.error?.message).toMatch(/^The file is larger than the upload limit of 64 KB\./);
    const forged = await postUpload(t.page, 'demo', 'id,title\nx,y\n', { csrf: false });
    expect(forged.status).toBe(403);
  });

  it('explains a binary file, a file that is not UTF-8 and one over the limit in the upload form', async () => {
    const t = await merchantPage();
    const { page } = t;
    await page.goto('/admin/demo/upload');
    const chooser = page.getByLabel('Catalog file');
    const upload = page.getByRole('button', { name: 'Upload and preview' });

    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await chooser.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
    await upload.click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'photo.png cannot be imported: its extension ".png" is unknown' })
      .waitFor();
    expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0);

    await page.getByRole('button', { name: 'Choose another file' }).click();
    const latin1 = Buffer.concat([
      Buffer.from('id,title\nL0,Plain row\nL1,Caf'),
      Buffer.from([0xe9, 0x0a]),
    ]);
    await chooser.setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: latin1 });
    await upload.click();
    await page.getByText(/latin1\.csv is not valid UTF-8: the byte at offset 28/).waitFor();
    expect(await figure(page, 'Rows read').innerText()).toBe('1');
    expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    await screenshot(page, 'admin-upload-not-utf8');

    await page.getByRole('button', { name: 'Choose another file' }).click();
    const big = Buffer.alloc(UPLOAD_LIMIT_BYTES * 2, 'a');
    await chooser.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: big });
    await upload.click();
    await expect
      .poll(() => describedBy(chooser))
      .toMatch(/big\.csv is 128 KB, larger than the upload limit of 64 KB\.$/);

    await page.goto('/admin/demo/catalog');
    await findNothing(page, 'L1');
    expectOnlyRefusals(t, [/status of 400 .*catalog\.previewUpload/]);
  });
});

describe('narrow screens', () => {
  it('keeps the catalog, the upload form, its preview and the index usable at 768 px', async () => {
    const t = await merchantPage({ width: 768, height: 1024 });
    const { page } = t;
    for (const [path, name] of [
      ['/admin/demo/catalog', 'catalog'],
      ['/admin/demo/upload', 'upload'],
      ['/admin/demo/index', 'index'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      await screenshot(page, `admin-${name}-768`);
    }
    await page.goto('/admin/demo/upload');
    await page.getByLabel('Catalog file').setInputFiles(adminUploadFile);
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    await figure(page, 'Valid products').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      768,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'admin-upload-preview-768');
    expectNoErrors(t);
  });
});

async function findNothing(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Find products' }).fill(text);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByText(`No product matches “${text}”.`).waitFor();
}

/** The text of everything an input is described by (its hint and its error). */
async function describedBy(input: ReturnType<Page['getByLabel']>): Promise<string> {
  return input.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' '),
  );
}
