// What a shopper must never see: markup from a query executed, a crash from a tampered link, or a
// blank page when the search request fails or hangs.
import { describe, expect, inject, it } from 'vitest';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import { resultTitles, resultsHeading, searchBox, waitForSearch } from './storefrontPage.ts';

const session = useBrowser();
const SEARCH_REQUEST = /\/api\/trpc\/[^?]*search\.query/;
const SUGGEST_REQUEST = /\/api\/trpc\/[^?]*search\.suggest/;

describe('storefront robustness', () => {
  it('shows a query holding HTML and script as literal text', async () => {
    const t = await session.open();
    const dialogs: string[] = [];
    t.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const attack = `<script>alert('xss')</script><img src=x onerror="alert('img')">`;
    await t.page.goto(`/?q=${encodeURIComponent(attack)}`);
    await waitForSearch(t.page);
    expect(await resultsHeading(t.page).innerText()).toContain(`“${attack}”`);
    expect(await searchBox(t.page).inputValue()).toBe(attack);

    const typed = `"><svg onload=alert('typed')>`;
    await searchBox(t.page).fill(typed);
    await searchBox(t.page).press('Enter');
    await t.page.waitForURL((url) => url.searchParams.get('q') === typed);
    await waitForSearch(t.page);
    expect(await resultsHeading(t.page).innerText()).toContain(`“${typed}”`);
    expect(await t.page.title()).toContain(typed.slice(0, 20));
    expect(await t.page.locator('main img[src="x"], main svg[onload]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await screenshot(t.page, 'xss-query-as-text');
    expectNoErrors(t);
  });

  it('turns a tampered link into a friendly page that says what it left out', async () => {
    const t = await session.open();
    const tampered =
      '/?q=wireless%00mouse&page=-3&sort=cheapest&price=0..1e308&availability=free' +
      '&f.attr_t_nope=x&f.attr_n_weight=%7B%22min%22%3A&f.%3Cb%3Ebold%3C%2Fb%3E=1';
    const response = await t.page.goto(tampered);
    expect(response?.status()).toBe(200);
    const note = t.page.getByRole('note');
    const text = await note.innerText();
    for (const part of [
      'NUL characters in the search text',
      'the page number',
      'the sort order',
      'the price range',
      'an unknown availability',
      '“attr_t_nope”',
      'the “Weight” filter',
      '“<b>bold</b>”',
    ]) {
      expect(text).toContain(part);
    }
    expect(await resultsHeading(t.page).innerText()).toMatch(
      /^\d[\d,]* results for “wireless mouse”/,
    );
    expect((await resultTitles(t.page)).length).toBeGreaterThan(0);
    await screenshot(t.page, 'tampered-link');

    await t.page.goto('/?q=mouse&page=900');
    expect(await t.page.getByText('There are no results on page 900.').isVisible()).toBe(true);
    await t.page.getByRole('link', { name: /Go to the last page/ }).click();
    await waitForSearch(t.page);
    expect((await resultTitles(t.page)).length).toBeGreaterThan(0);
    expectNoErrors(t);
  });

  it('answers an unknown store or product with a not-found page', async () => {
    const t = await session.open();
    for (const path of [
      '/s/no-such-store',
      '/s/NOT%20a%20slug',
      '/p/no-such-product',
      '/s/demo/p/%3Cscript%3E',
      // Not percent-decodable (Next alone answers these with a 500), and a NUL the API refuses.
      '/s/demo/p/%E0%A4%A',
      '/p/%ZZ',
      '/s/demo/p/a%00b',
    ]) {
      const response = await t.page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(await t.page.getByRole('heading', { level: 1 }).innerText()).toBe(
        'We could not find that page',
      );
    }
    // The browser logs the 404 responses themselves; nothing else may fail.
    expect(t.errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
  });

  it('shows a retry state when the search request fails, and recovers on retry', async () => {
    const t = await session.open();
    await t.page.goto('/?q=mouse');
    await waitForSearch(t.page);
    await t.page.route(SEARCH_REQUEST, (route) => route.abort('failed'));
    await t.page.getByLabel('Sort by').selectOption('price_asc');
    const alert = t.page.getByRole('alert').filter({ hasText: 'Search did not work' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('We could not load the results just now.');
    expect(await alert.innerText()).not.toMatch(/at \w+ \(|TypeError|fetch/i);
    await screenshot(t.page, 'search-failed');

    await t.page.unroute(SEARCH_REQUEST);
    await alert.getByRole('button', { name: 'Try again' }).click();
    // The failed search's section already reads as settled, so wait for the alert itself to go
    // (checking right after the click raced the retry's first render).
    await alert.waitFor({ state: 'detached' });
    await waitForSearch(t.page);
    expect((await resultTitles(t.page)).length).toBeGreaterThan(0);
    // The aborted requests are logged by the browser as failed loads; nothing else may fail.
    expect(t.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });

  it('keeps the previous results visible during a slow search, then offers a retry', async () => {
    const t = await session.open();
    await t.page.goto('/?q=mouse');
    await waitForSearch(t.page);
    const before = await resultTitles(t.page);
    // The search is held until released, not for a set time: the notice (after 6 s) is then
    // there to read however slowly this machine gets to it.
    let holding = true;
    const held: (() => void)[] = [];
    await t.page.route(SEARCH_REQUEST, async (route) => {
      if (holding) await new Promise<void>((resolve) => held.push(resolve));
      // A held request the retry cancelled is gone by the time it is let through.
      await route.continue().catch(() => {});
    });
    await t.page.getByLabel('Sort by').selectOption('newest');
    await t.page.getByText('Updating results…').waitFor();
    expect(await resultTitles(t.page)).toEqual(before);
    const stillSearching = t.page.getByRole('status').filter({ hasText: 'Still searching' });
    await stillSearching.waitFor({ timeout: 60_000 });
    expect(await resultTitles(t.page)).toEqual(before);
    await screenshot(t.page, 'search-slow');
    holding = false;
    await stillSearching.getByRole('button', { name: 'Try again' }).click();
    held.splice(0).forEach((release) => release());
    await stillSearching.waitFor({ state: 'detached' });
    await waitForSearch(t.page);
    expect(await resultTitles(t.page)).not.toEqual(before);
    expectNoErrors(t);
  });

  it('states no previous count for new words or filters while their results load', async () => {
    const t = await session.open();
    await t.page.goto('/');
    await waitForSearch(t.page);
    // Holds the search requests while `holding`, so the loading state can be read.
    let holding = false;
    const held: (() => void)[] = [];
    await t.page.route(SEARCH_REQUEST, async (route) => {
      if (holding) await new Promise<void>((resolve) => held.push(resolve));
      await route.continue();
    });
    const release = async () => {
      holding = false;
      held.splice(0).forEach((resolve) => resolve());
      await waitForSearch(t.page);
    };

    holding = true;
    await searchBox(t.page).fill('mouse');
    await searchBox(t.page).press('Enter');
    await t.page.getByText('Updating results…').waitFor();
    expect(await resultsHeading(t.page).innerText()).toBe('Searching for “mouse”');
    await release();
    expect(await resultsHeading(t.page).innerText()).toMatch(/^\d[\d,]* results for “mouse”/);

    await t.page.goto('/');
    await waitForSearch(t.page);
    holding = true;
    await t.page.getByRole('group', { name: 'Brand' }).getByRole('checkbox').first().click();
    await t.page.getByText('Updating results…').waitFor();
    expect(await resultsHeading(t.page).innerText()).toBe('Searching products');
    await release();
    expect(await resultsHeading(t.page).innerText()).toMatch(
      /^Products matching these filters \(\d[\d,]*\)$/,
    );
    expectNoErrors(t);
  });

  it('cuts a very long query before an emoji, and asks for suggestions only within their limit', async () => {
    const t = await session.open();
    await t.page.goto(`/?q=${'a'.repeat(511)}${encodeURIComponent('\u{1F600}')}`);
    // The search is not the address bar's (that keeps the emoji), so waitForSearch would wait on:
    // wait for React to own the box instead, which is when a hydration error is logged.
    await t.page.waitForFunction(() => {
      const box = document.querySelector('input[type="search"]');
      return !!box && Object.keys(box).some((k) => k.startsWith('__reactFiber$'));
    });
    expect(await searchBox(t.page).inputValue()).toBe('a'.repeat(511));
    expectNoErrors(t); // a split surrogate pair made the server's and browser's text differ (#418)

    const asked: string[] = [];
    t.page.on('request', (request) => {
      if (SUGGEST_REQUEST.test(request.url())) asked.push(decodeURIComponent(request.url()));
    });
    await t.page.goto(`/?q=${'a'.repeat(300)}`);
    await waitForSearch(t.page);
    // Shortened within the limit, the box asks again: by then any request for the long text is made.
    const shortened = t.page.waitForRequest(SUGGEST_REQUEST);
    await searchBox(t.page).fill('a'.repeat(150));
    await shortened;
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((url) => url.includes('a'.repeat(201)))).toEqual([]);
    expectNoErrors(t);
  });

  it('serves the search page with no query (browsing) and no errors', async () => {
    const t = await session.open();
    await t.page.goto('/');
    await waitForSearch(t.page);
    expect(await resultsHeading(t.page).innerText()).toBe(`All products (5,000)`);
    expect(inject('baseURL')).toMatch(/^http:/);
    expectNoErrors(t);
  });

  it('refuses an API request that batches more than 20 calls, and answers one within it', async () => {
    const batch = async (calls: number) => {
      const paths = Array.from({ length: calls }, () => 'search.suggest').join(',');
      const inputs = Object.fromEntries(
        Array.from({ length: calls }, (_, i) => [i, { json: { store: 'demo', prefix: 'mou' } }]),
      );
      const url = `${inject('baseURL')}/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`;
      return fetch(url);
    };
    const within = await batch(20);
    expect(within.status).toBe(200);
    expect(await within.json()).toHaveLength(20);
    const over = await batch(21);
    expect(over.status).toBe(400);
    expect(JSON.stringify(await over.json())).toContain('Batch call exceeds maximum size');
  });

  it('sends security headers with every page and API answer; personal answers are not cached', async () => {
    const base = inject('baseURL');
    const answers = {
      front: await fetch(`${base}/?q=mouse`),
      admin: await fetch(`${base}/admin`),
      missing: await fetch(`${base}/p/demo/no-such-product`),
      me: await fetch(`${base}/api/trpc/auth.me`),
      badJson: await fetch(`${base}/api/trpc/auth.signIn`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      }),
    };
    for (const [name, response] of Object.entries(answers)) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, name).toContain("frame-ancestors 'none'");
      expect(csp, name).toContain("default-src 'self'");
      expect(response.headers.get('x-frame-options'), name).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), name).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), name).toBe('strict-origin-when-cross-origin');
    }
    expect(answers.me.headers.get('cache-control')).toBe('no-store');
    expect(answers.badJson.status).toBe(400);
    // The repro requests: each a 4xx saying what was wrong, none a 500.
    const repro = async (path: string, init?: RequestInit) => {
      const response = await fetch(`${base}/api/trpc/${path}`, init);
      const body = (await response.json()) as { error: { json: { message: string } } };
      return { status: response.status, message: body.error.json.message };
    };
    expect(await repro('store.info?input=%7B')).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^The input is not valid JSON/) as unknown,
    });
    expect(
      await repro('auth.signIn', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'x',
      }),
    ).toMatchObject({ status: 415 });
    expect(await repro('auth.signOut', { method: 'POST' })).toEqual({
      status: 401,
      message: 'Please sign in.',
    });
  });
});
