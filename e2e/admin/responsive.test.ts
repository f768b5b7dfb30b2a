// Every admin page on a phone (360 × 740): nothing pushes the page sideways, and each page's main
// actions (edit, delete, save, preview, upload, import, re-index, create) are on screen and tappable.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MERCHANT, signInThroughApi, type TestAccount } from '../support/accounts.ts';
import { elementsPastTheEdge, expectTappable, sidewaysOverflow } from '../support/layout.ts';
import { supplierUploadFile } from '../support/paths.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import { figure } from './adminPages.ts';
import { PLATFORM_ADMIN, useAdminServer } from './adminServer.ts';

const server = useAdminServer();
const session = useBrowser(server.url);
const PHONE = { width: 360, height: 740 };

/** A phone-sized page signed in as `account`. */
async function phone(account: TestAccount) {
  const t = await session.open(PHONE);
  await signInThroughApi(t.page, account);
  return t;
}

async function openPage(page: Page, path: string, name: string) {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await expectFits(page, name);
}

async function expectFits(page: Page, name: string) {
  const overflow = await sidewaysOverflow(page);
  if (overflow > 0) expect(await elementsPastTheEdge(page), `${name} scrolls sideways`).toEqual([]);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await screenshot(page, `admin-${name}-360`);
}

describe('the admin at 360 px', () => {
  it('fits the catalog, its editor and delete confirmation, and keeps their actions tappable', async () => {
    const t = await phone(MERCHANT);
    const { page } = t;
    await openPage(page, '/admin', 'stores');
    await openPage(page, '/admin/demo/catalog', 'catalog');
    const product = 'Logitech MX Master 3S wireless mouse';
    await expectTappable(page.getByRole('button', { name: `Edit ${product}` }), 'Edit');
    await expectTappable(page.getByRole('button', { name: `Delete ${product}` }), 'Delete');
    await expectTappable(page.getByRole('button', { name: 'Search', exact: true }), 'Search');

    await page.getByRole('button', { name: `Edit ${product}` }).click();
    const editor = page.getByRole('dialog', { name: 'Edit product' });
    await editor.getByLabel('Title').waitFor();
    await expectFits(page, 'catalog-edit');
    await expectTappable(editor.getByRole('button', { name: 'Save' }), 'Save');
    await editor.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: `Delete ${product}` }).click();
    const confirm = page.getByRole('dialog');
    await expectFits(page, 'catalog-delete');
    await expectTappable(confirm.getByRole('button', { name: /Delete/ }), 'confirm Delete');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expectNoErrors(t);
  });

  it('fits the upload, its preview with the mapping, and the import button', async () => {
    const t = await phone(MERCHANT);
    const { page } = t;
    await openPage(page, '/admin/demo/upload', 'upload');
    await expectTappable(page.getByLabel('Catalog file'), 'Catalog file');
    await page.getByLabel('Catalog file').setInputFiles(supplierUploadFile);
    const upload = page.getByRole('button', { name: 'Upload and preview' });
    await expectTappable(upload, 'Upload and preview');
    await upload.click();
    await figure(page, 'Valid products').waitFor();
    await page.getByRole('form', { name: 'Column mapping' }).waitFor();
    await expectFits(page, 'upload-preview');
    await page.getByLabel('Column “Weight”').selectOption('text');
    await expectTappable(
      page.getByRole('button', { name: 'Preview with this mapping' }),
      'Preview with this mapping',
    );
    await expectTappable(page.getByRole('button', { name: /^Import \d+ products?$/ }), 'Import');
    expectNoErrors(t);
  });

  it('fits the index, rules and synonyms pages with their actions', async () => {
    const t = await phone(MERCHANT);
    const { page } = t;
    await openPage(page, '/admin/demo/index', 'index');
    await expectTappable(page.getByRole('button', { name: 'Start re-index' }), 'Start re-index');

    await openPage(page, '/admin/demo/rules', 'rules');
    const form = page.getByRole('form', { name: 'Add a rule' });
    await form.getByLabel('Query').fill('bluetooth');
    await form.getByLabel('Action').selectOption('pin');
    await form.getByLabel('Product id').fill('e6');
    await form.getByLabel('Position').fill('1');
    await expectTappable(form.getByRole('button', { name: 'Preview' }), 'rule Preview');
    await form.getByRole('button', { name: 'Add rule' }).click();
    await page.getByText('Added: pin e6 for “bluetooth”.').waitFor();
    await expectFits(page, 'rules-added');
    await expectTappable(page.getByRole('button', { name: /^Turn off: pin/ }), 'Turn off');
    await expectTappable(page.getByRole('button', { name: /^Delete: pin/ }), 'rule Delete');

    await openPage(page, '/admin/demo/synonyms', 'synonyms');
    await expectTappable(page.getByRole('button', { name: 'Save synonyms' }), 'Save synonyms');
    expectNoErrors(t);
  });

  it('fits platform administration with its create buttons', async () => {
    const t = await phone(PLATFORM_ADMIN);
    const { page } = t;
    await openPage(page, '/admin/platform', 'platform');
    for (const name of ['Create store', 'Create account']) {
      await expectTappable(page.getByRole('button', { name }), name);
    }
    expectNoErrors(t);
  });
});
