// A supplier's file whose headers are not ours ("SKU", "Product name", "Colour", "Weight"): the
// preview suggests the mapping instead of calling the file malformed, shows it as the default the
// merchant can change, reports a bad weight by row, and the committed products carry typed
// attributes.
import { describe, expect, it } from 'vitest';
import { MERCHANT, signInThroughApi } from '../support/accounts.ts';
import { supplierUploadFile } from '../support/paths.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import { figure, tableRows } from './adminPages.ts';
import { useAdminServer } from './adminServer.ts';

const server = useAdminServer();
const session = useBrowser(server.url);

describe('upload with a suggested mapping', () => {
  it('maps other header names, types extra columns and imports them as attributes', async () => {
    const t = await session.open();
    const { page } = t;
    await signInThroughApi(page, MERCHANT);
    await page.goto('/admin/demo/upload');
    await page.getByLabel('Catalog file').setInputFiles(supplierUploadFile);
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    await figure(page, 'Valid products').waitFor();
    expect(await figure(page, 'Valid products').innerText()).toBe('2');
    expect(await page.getByText(/cannot be imported as it is/).count()).toBe(0);

    const mapping = page.getByRole('form', { name: 'Column mapping' });
    await mapping.getByText(/Suggested from the column names/).waitFor();
    expect(await mapping.getByLabel('Product id (required)').inputValue()).toBe('SKU');
    expect(await mapping.getByLabel('Title (required)').inputValue()).toBe('Product name');
    expect(await mapping.getByLabel('Description', { exact: true }).inputValue()).toBe(
      'Description',
    );
    expect(await mapping.getByLabel('Price', { exact: true }).inputValue()).toBe('Price');
    expect(await mapping.getByLabel('Column “Colour”').inputValue()).toBe('text');
    expect(await mapping.getByLabel('Attribute name for “Colour”').inputValue()).toBe('colour');
    expect(await mapping.getByLabel('Column “Weight”').inputValue()).toBe('numeric');
    expect(await tableRows(page, /Rows that will not be imported/)).toEqual([
      ['3', '4', 's3', 'Weight', 'must be a number like "12" or "12 cm" (got "heavy")'],
    ]);
    await screenshot(page, 'admin-upload-suggested-mapping');

    // The merchant fixes the unit; the next preview reads every weight in kilograms.
    await mapping.getByLabel(/Unit for “Weight”/).fill('kg');
    await mapping.getByRole('button', { name: 'Preview with this mapping' }).click();
    await mapping.getByText(/As you chose it/).waitFor();
    expect(await mapping.getByLabel(/Unit for “Weight”/).inputValue()).toBe('kg');
    expect(await tableRows(page, /Rows that will not be imported/)).toEqual([
      ['3', '4', 's3', 'Weight', 'must be a number in kg like "12" or "12 kg" (got "heavy")'],
    ]);

    await page.getByRole('button', { name: 'Import 2 products' }).click();
    await page.getByRole('heading', { name: 'Imported supplier-upload.csv' }).waitFor();

    await page.goto('/p/s1');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Hario V60 kettle');
    const specifications = await page
      .locator('table tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.children].map((c) => (c as HTMLElement).innerText.trim())),
      );
    expect(specifications).toEqual(
      expect.arrayContaining([
        ['Colour', 'Silver'],
        ['Weight (kg)', '1.1'],
      ]),
    );
    expectNoErrors(t);
  });
});
