// Who may do what: a wrong password is refused; an analyst of the store cannot open the merchant
// pages, call merchant procedures or upload; the platform administrator creates a store and an
// account, gives it the merchant role, and that merchant finds the store in the admin.
import { describe, expect, it } from 'vitest';
import { ANALYST, MERCHANT, signInThroughApi } from '../support/accounts.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import { expectOnlyRefusals, postUpload, signInWithForm } from './adminPages.ts';
import { PLATFORM_ADMIN, useAdminServer } from './adminServer.ts';

const server = useAdminServer();
const session = useBrowser(server.url);

describe('signing in', () => {
  it('refuses a wrong password with a message, and lets the right one in', async () => {
    const t = await session.open();
    const { page } = t;
    await page.goto('/admin/demo/index');
    await page.waitForURL((url) => url.pathname === '/signin');
    await page.getByLabel('Email').fill(MERCHANT.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'The email or password is not right.' })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin');
    await screenshot(page, 'admin-signin-wrong-password');

    await page.getByLabel('Password').fill(MERCHANT.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/demo/index');
    await page.getByRole('heading', { name: 'Search index' }).waitFor();
    expectOnlyRefusals(t, [/status of 401 .*auth\.signIn/]);
  });
});

describe('an analyst of the store', () => {
  it('is told there is no merchant access, on every merchant page', async () => {
    const t = await session.open();
    const { page } = t;
    await signInThroughApi(page, ANALYST);
    await page.goto('/admin');
    await page.getByText('Your account does not manage any store yet.').waitFor();
    for (const section of ['catalog', 'upload', 'index']) {
      await page.goto(`/admin/demo/${section}`);
      await page.getByRole('heading', { name: 'No merchant access' }).waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
    }
    await screenshot(page, 'admin-no-access');
    await page.goto('/admin/platform');
    await page.getByText('Only platform administrators can manage stores and accounts.').waitFor();
    expectNoErrors(t);
  });

  it('cannot call merchant procedures or upload, even with a valid session and CSRF token', async () => {
    const t = await session.open();
    const { page } = t;
    await signInThroughApi(page, ANALYST);
    await page.goto('/');
    const csrf = (await page.context().cookies()).find((c) => c.name === 'ss_csrf')!.value;
    const request = page.context().request;
    const list = await request.get(
      `/api/trpc/catalog.listProducts?input=${encodeURIComponent(JSON.stringify({ json: { store: 'demo' } }))}`,
    );
    expect(list.status()).toBe(403);
    const start = await request.post('/api/trpc/reindex.start', {
      data: { json: { store: 'demo', kind: 'full' } },
      headers: { 'x-csrf-token': csrf },
    });
    expect(start.status()).toBe(403);
    const users = await request.get('/api/trpc/platform.users');
    expect(users.status()).toBe(403);

    const upload = await postUpload(page, 'demo', 'id,title\nx1,Sneaky product\n');
    expect(upload).toEqual({
      status: 403,
      body: {
        error: { code: 'FORBIDDEN', message: 'You do not have merchant access to this store.' },
      },
    });
    await page.context().clearCookies();
    const anonymous = await postUpload(page, 'demo', 'id,title\nx1,Sneaky product\n');
    expect(anonymous.status).toBe(401);
  });
});

describe('platform administration', () => {
  it('creates a store and an account, gives it the merchant role, and the merchant finds the store', async () => {
    const t = await session.open();
    const { page } = t;
    await signInWithForm(page, PLATFORM_ADMIN, '/admin');
    await page.getByRole('link', { name: 'manage stores, accounts and roles' }).click();
    await page.getByRole('heading', { name: 'Platform administration' }).waitFor();

    const stores = page.getByRole('region', { name: 'Stores' });
    await stores.getByLabel('Name', { exact: true }).fill('Garden tools');
    await stores.getByLabel('Address name').fill('Garden Tools');
    await stores.getByRole('button', { name: 'Create store' }).click();
    await stores
      .getByRole('alert')
      .filter({ hasText: /slug must be 1 to 64 lowercase/ })
      .waitFor();
    await stores.getByLabel('Address name').fill('garden-tools');
    await stores.getByLabel('Currency').fill('EUR');
    await stores.getByRole('button', { name: 'Create store' }).click();
    await stores.getByText('Store “garden-tools” created.').waitFor();
    await stores.getByRole('cell', { name: 'garden-tools' }).waitFor();

    const people = page.getByRole('region', { name: 'Accounts and roles' });
    await people.getByLabel('Email', { exact: true }).fill('gardener@example.test');
    await people.getByLabel('First password').fill('short');
    await people.getByRole('button', { name: 'Create account' }).click();
    await expect
      .poll(() => people.getByLabel('First password').getAttribute('aria-invalid'))
      .toBe('true');
    await people.getByText('a password needs at least 10 characters').waitFor();
    await people.getByLabel('First password').fill('a garden of passwords');
    await people.getByRole('button', { name: 'Create account' }).click();
    await people.getByText('Account gardener@example.test created.', { exact: false }).waitFor();

    await people
      .getByLabel('Account', { exact: true })
      .selectOption({ label: 'gardener@example.test' });
    await people.getByLabel('Store', { exact: true }).selectOption({ label: 'Garden tools' });
    await people.getByLabel('Role', { exact: true }).selectOption('merchant');
    await people.getByRole('button', { name: 'Give role' }).click();
    await people.getByText('gardener@example.test is now a merchant of Garden tools.').waitFor();
    await people
      .getByRole('row', { name: /gardener@example\.test/ })
      .getByText('merchant of Garden tools')
      .waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'admin-platform');
    expectOnlyRefusals(t, [/status of 400 .*platform\.create(Store|User)/]);

    const merchant = await session.open();
    await signInWithForm(
      merchant.page,
      { email: 'gardener@example.test', password: 'a garden of passwords' },
      '/admin',
    );
    await merchant.page.getByRole('link', { name: 'Garden tools' }).click();
    await merchant.page
      .getByText('This store has no products yet. Upload a catalog to add some.')
      .waitFor();
    expectNoErrors(merchant);
  });
});
