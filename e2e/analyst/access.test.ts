// Who may open the workbench: the signed-out are sent to sign in and brought back, an analyst gets
// in, a merchant of the same store is told there is no access, and the API refuses them too.
import { describe, expect, it } from 'vitest';
import { ANALYST, MERCHANT, signInThroughApi } from '../support/accounts.ts';
import { callProcedure } from '../support/api.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import { STORE, sectionPath, signInWithForm, waitForComparison } from './analystPage.ts';

const session = useBrowser();

describe('analyst access', () => {
  it('sends an anonymous visitor to sign in, then back to the page they asked for', async () => {
    const t = await session.open();
    const wanted = sectionPath('compare', 'q=wireless+mouse&c=lexical&c=colbert-k200');
    await t.page.goto(wanted);
    const signIn = new URL(t.page.url());
    expect(signIn.pathname).toBe('/signin');
    expect(signIn.searchParams.get('next')).toBe(wanted);
    await screenshot(t.page, 'analyst-sign-in');

    await signInWithForm(t.page, ANALYST);
    await t.page.waitForURL((url) => url.pathname === `/analyst/${STORE}/compare`);
    expect(new URL(t.page.url()).search).toBe('?q=wireless+mouse&c=lexical&c=colbert-k200');
    await waitForComparison(t.page);
    expect(await t.page.getByText(`Signed in as ${ANALYST.email}`).isVisible()).toBe(true);
    expectNoErrors(t);
  });

  it('lists the analyst’s stores and signs out', async () => {
    const t = await session.open();
    await signInThroughApi(t.page, ANALYST);
    await t.page.goto('/analyst');
    await t.page.getByRole('link', { name: 'Demo electronics' }).click();
    await t.page.waitForURL((url) => url.pathname === sectionPath('compare'));
    expect(await t.page.getByRole('link', { name: 'Compare' }).getAttribute('aria-current')).toBe(
      'page',
    );

    await t.page.getByRole('button', { name: 'Sign out' }).click();
    await t.page.waitForURL((url) => url.pathname === '/signin');
    await t.page.goto(sectionPath('judgments'));
    expect(new URL(t.page.url()).pathname).toBe('/signin');
    expectNoErrors(t);
  });

  it('tells a merchant there is no analyst access, and the API refuses them', async () => {
    const t = await session.open();
    await signInThroughApi(t.page, MERCHANT);
    for (const section of ['compare', 'judgments', 'evaluations', 'analytics']) {
      await t.page.goto(sectionPath(section));
      expect(await t.page.getByRole('heading', { level: 1 }).innerText()).toBe('No analyst access');
    }
    expect(await t.page.getByRole('navigation').count()).toBe(0);
    await screenshot(t.page, 'analyst-no-access');

    const compare = await callProcedure(t.page, 'query', 'compare.rankings', {
      store: STORE,
      q: 'mouse',
      configurations: [{ profile: 'lexical' }, { profile: 'colbert' }],
    });
    expect([compare.status, compare.body.error?.json.data.code]).toEqual([403, 'FORBIDDEN']);
    const rate = await callProcedure(t.page, 'mutation', 'judgments.importBundled', {
      store: STORE,
    });
    expect([rate.status, rate.body.error?.json.data.code]).toEqual([403, 'FORBIDDEN']);
    expectNoErrors(t);
  });
});
