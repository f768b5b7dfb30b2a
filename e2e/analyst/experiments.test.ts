// Online evaluation by interleaving: an analyst starts an experiment between two rankings, scripted
// shoppers (each its own browser context, so its own visitor cookie) search the storefront and
// follow a result, and the experiment page counts the searches and names the winner; bad clicks
// are refused with 4xx; stopping ends it. The clicks then become proposed judgments that the
// analyst reviews and saves as a judgment set.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectOnlyRefusals } from '../admin/adminPages.ts';
import { ANALYST, signInThroughApi } from '../support/accounts.ts';
import { callOk, callProcedure } from '../support/api.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import type { TrackedPage } from '../support/browser.ts';
import { resultList, waitForSearch } from '../storefront/storefrontPage.ts';
import { sectionPath, STORE } from './analystPage.ts';

const session = useBrowser();
const SHOPPERS = 8;
const QUERIES = ['wireless mouse', 'laptop bag', 'usb cable', 'printer', 'headphones', 'camera'];
/** Ends an experiment a failed run left running, so later files see the plain storefront. */
async function stopRunning(page: Page): Promise<void> {
  const experiments = await callOk<{ id: number; running: boolean }[]>(
    page,
    'query',
    'experiments.list',
    { store: STORE },
  );
  for (const e of experiments.filter((e) => e.running))
    await callOk(page, 'mutation', 'experiments.stop', { store: STORE, experimentId: e.id });
}

/** The top hit of each configuration for `q` (the analyst's compare view, through the API). */
async function topHits(page: Page, q: string): Promise<[string, string]> {
  const { rankings } = await callOk<{ rankings: { hits: { product: { id: string } }[] }[] }>(
    page,
    'query',
    'compare.rankings',
    { store: STORE, q, configurations: [{ profile: 'hybrid' }, { profile: 'lexical' }] },
  );
  return [rankings[0]!.hits[0]!.product.id, rankings[1]!.hits[0]!.product.id];
}

/** The query the shoppers searched and the product they all followed. */
interface Clicked {
  q: string;
  favourite: string;
}

describe('interleaving experiments', () => {
  let clicked: Clicked | null = null;

  it('starts an experiment, counts shoppers’ clicks per search, names the winner, and stops', async () => {
    // Some storefront traffic first: a store nobody searches cannot start one.
    const first = await session.open();
    await first.page.goto('/?q=mouse');
    await waitForSearch(first.page);

    const analyst = await session.open();
    await signInThroughApi(analyst.page, ANALYST);
    try {
      clicked = await runExperiment(analyst);
    } finally {
      await stopRunning(analyst.page);
    }
  });

  it('proposes judgments from those clicks, which the analyst reviews and saves as a set', async () => {
    if (!clicked) throw new Error('the experiment test did not get as far as the clicks');
    const { q, favourite } = clicked;
    const analyst = await session.open();
    await signInThroughApi(analyst.page, ANALYST);
    await analyst.page.goto(sectionPath('judgments'));
    const section = analyst.page.getByRole('region', { name: 'Judgments from clicks' });
    await section.getByLabel(/^Shown at least/).fill(String(SHOPPERS));
    await section.getByRole('button', { name: 'Propose judgments from clicks' }).click();
    const table = section.getByRole('table', { name: 'Proposed judgments' });
    await table.waitFor();

    // Every shopper followed the favourite: more clicks than its positions draw on average (grade
    // 2 or 3); the products beside it on the same pages drew none (grade 0).
    const rowOf = (id: string) =>
      table
        .getByRole('row')
        .filter({ hasText: q })
        .filter({ hasText: `· ${id}` });
    const cells = rowOf(favourite).getByRole('cell');
    expect(await cells.nth(3).innerText()).toBe(String(SHOPPERS));
    const grade = section.getByLabel(`Grade of ${favourite} for “${q}”`);
    expect(['2', '3']).toContain(await grade.inputValue());
    const others = await table.getByRole('row').filter({ hasText: q }).count();
    expect(others).toBeGreaterThan(1);
    const zeros = await section
      .locator('select')
      .evaluateAll(
        (selects, wanted) =>
          selects.filter(
            (s) => (s as HTMLSelectElement).value === '0' && !s.ariaLabel?.includes(wanted),
          ).length,
        favourite,
      );
    expect(zeros).toBe(others - 1);

    // The analyst raises the favourite to 3 and saves the set under a new name.
    await grade.selectOption('3');
    await section.getByLabel(/^New set name/).fill('Clicks in the experiment');
    await section.getByRole('button', { name: 'Save as judgment set' }).click();
    await section
      .getByRole('status')
      .getByText(`Saved ${others} judgments as “Clicks in the experiment”.`)
      .waitFor();
    const sets = await callOk<{ id: number; name: string }[]>(
      analyst.page,
      'query',
      'judgments.listSets',
      {
        store: STORE,
      },
    );
    const set = sets.find((s) => s.name === 'Clicks in the experiment');
    expect(set).toBeDefined();
    const grades = await callOk<Record<string, number>>(analyst.page, 'query', 'judgments.grades', {
      store: STORE,
      setId: set!.id,
      query: q,
    });
    expect(grades[favourite]).toBe(3);

    // The same name again is refused: saving under it would replace the set.
    await section.getByRole('button', { name: 'Save as judgment set' }).click();
    await section
      .getByRole('alert')
      .getByText(/already exists/)
      .waitFor();
    await screenshot(analyst.page, 'analyst-click-judgments');
    expectOnlyRefusals(analyst, [/status of 409 .*judgments\.saveFromClicks/]);
  });
});

async function runExperiment(analyst: TrackedPage): Promise<Clicked> {
  await analyst.page.goto(sectionPath('experiments'));
  const form = analyst.page.getByRole('form', { name: 'New experiment' });
  // The same ranking on both sides is refused with the reason.
  const rankingB = form.getByRole('group', { name: 'Ranking B' });
  await rankingB.getByLabel('Profile').selectOption('hybrid');
  await form.getByRole('button', { name: 'Start experiment' }).click();
  await form
    .getByRole('alert')
    .getByText(/rank alike/)
    .waitFor();
  await rankingB.getByLabel('Profile').selectOption('lexical');
  await form.getByLabel('Share of traffic').fill('100');
  // The first search's event is written in the background: retry while the store has none.
  const running = analyst.page.getByRole('region', { name: /^Running: / });
  await expect
    .poll(
      async () => {
        if (await running.isVisible()) return true;
        await form.getByRole('button', { name: 'Start experiment' }).click();
        await analyst.page.waitForTimeout(1_000);
        return running.isVisible();
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  expect(await running.getByRole('heading').innerText()).toMatch(/\(A\) against lexical \(B\)/);

  // A query whose top product differs between the rankings: that product is always B's pick.
  let q = '';
  let favourite = '';
  for (const candidate of QUERIES) {
    const [hybridTop, lexicalTop] = await topHits(analyst.page, candidate);
    if (hybridTop !== lexicalTop) {
      q = candidate;
      favourite = lexicalTop;
      break;
    }
  }
  expect(favourite).not.toBe('');

  // Scripted shoppers, each in its own context (its own visitor id), prefer lexical's top hit.
  for (let i = 0; i < SHOPPERS; i++) {
    const shopper = await session.open();
    await shopper.page.goto(`/?q=${encodeURIComponent(q)}`);
    await waitForSearch(shopper.page);
    const link = resultList(shopper.page)
      .locator(`a[href="/p/${encodeURIComponent(favourite)}"]`)
      .last();
    const click = shopper.page.waitForResponse((r) => r.url().includes('experiments.click'));
    await link.click();
    expect((await click).status()).toBe(200);
    await shopper.page.waitForURL(`**/p/${encodeURIComponent(favourite)}`);
    if (i === 0) {
      // A click for an impression that does not exist, or in another store: 404, not counted.
      const bogus = {
        store: STORE,
        impressionId: 'A'.repeat(22),
        position: 0,
        productId: favourite,
      };
      expect(
        (await callProcedure(shopper.page, 'mutation', 'experiments.click', bogus)).status,
      ).toBe(404);
      const elsewhere = { ...bogus, store: 'corner-shop' };
      expect(
        (await callProcedure(shopper.page, 'mutation', 'experiments.click', elsewhere)).status,
      ).toBe(404);
    }
    expectNoErrors(shopper);
    await shopper.page.context().close();
  }

  const outcome = running.getByRole('table', { name: 'Outcome per search' });
  const count = async (label: string) =>
    Number(
      (await outcome.getByRole('row', { name: label }).getByRole('cell').innerText()).replace(
        /,/g,
        '',
      ),
    );
  await expect.poll(() => count('Won by B'), { timeout: 15_000 }).toBe(SHOPPERS);
  expect(await count('Won by A')).toBe(0);
  expect(await count('Searches with a click')).toBe(SHOPPERS);
  expect(await count('Searches shown (impressions)')).toBeGreaterThanOrEqual(SHOPPERS);
  expect(await running.getByRole('status', { name: 'Winner' }).innerText()).toMatch(
    /^Winner: B \(lexical\)\. Sign test p = 0\.0078/,
  );
  await screenshot(analyst.page, 'analyst-experiments');

  await running.getByRole('button', { name: 'Stop experiment' }).click();
  await form.waitFor();
  const earlier = analyst.page.getByRole('region', { name: 'Earlier experiments' });
  expect(await earlier.getByRole('row').nth(1).innerText()).toMatch(/lexical\s+100 %/);
  expectOnlyRefusals(analyst, [/status of 400 .*experiments\.start/]);
  return { q, favourite };
}
