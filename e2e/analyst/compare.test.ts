// Comparing rankings: two profiles side by side with movement and agreement measures, and rating
// hits from the keyboard into a judgment set, the grade kept across a reload.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANALYST, signInThroughApi } from '../support/accounts.ts';
import { callOk } from '../support/api.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import {
  STORE,
  rankingHits,
  sectionPath,
  topLexicalHit,
  waitForComparison,
} from './analystPage.ts';

const session = useBrowser();
let setId: number;

beforeAll(async () => {
  // A judgment set of its own (one judgment of another query), so the ratings below start clean.
  const t = await session.open();
  await signInThroughApi(t.page, ANALYST);
  const csv = `query,docid,rating\nkeyboard,${await topLexicalHit(t.page, 'keyboard')},3\n`;
  ({ setId } = await callOk<{ setId: number }>(t.page, 'mutation', 'judgments.importCsv', {
    store: STORE,
    name: 'e2e keyboard ratings',
    csv,
  }));
});

/** The compare section, signed in as the analyst, with `query` typed in. */
async function openCompareForm(query: string) {
  const t = await session.open();
  await signInThroughApi(t.page, ANALYST);
  await t.page.goto(sectionPath('compare'));
  await t.page.getByLabel('Query').fill(query);
  return t;
}

const rankingFields = (page: Page, name: 'A' | 'B') =>
  page.getByRole('group', { name: new RegExp(`^Ranking ${name}`) });

/** Submits the form; the configuration tokens the URL then holds. */
async function submitComparison(page: Page, query: string): Promise<string[]> {
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === query);
  return new URL(page.url()).searchParams.getAll('c');
}

describe('compare rankings', () => {
  it('puts two profiles side by side, with movement, only-here hits and agreement', async () => {
    const t = await openCompareForm('wireless mouse');
    await rankingFields(t.page, 'B').getByLabel('Profile').selectOption('colbert');
    expect(await submitComparison(t.page, 'wireless mouse')).toEqual(['lexical', 'colbert-k200']);
    await waitForComparison(t.page);

    expect(await t.page.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'A lexical',
      'B colbert K=200',
    ]);
    const pair = t.page.getByRole('table').getByRole('row').nth(1);
    const cells = await pair.getByRole('cell').allInnerTexts();
    expect(cells).toHaveLength(4);
    for (const value of cells.slice(0, 3)) expect(Number(value)).toBeGreaterThanOrEqual(0);
    expect(await t.page.getByRole('columnheader', { name: 'RBO_ext (p=0.9)' }).count()).toBe(1);

    // The reranked list moves hits against the lexical one, and marks what only it found.
    const marks = await rankingHits(t.page, 'B')
      .locator('[data-movement]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-movement')));
    expect(marks.length).toBe(await rankingHits(t.page, 'B').count());
    expect(marks.some((m) => m === 'up' || m === 'down' || m === 'new')).toBe(true);
    expect(await rankingHits(t.page, 'A').locator('[data-movement]').count()).toBe(0);
    await screenshot(t.page, 'analyst-compare');
    expectNoErrors(t);
  });
});

describe('one setting changed', () => {
  it.each([
    {
      field: 'Title-length prior',
      value: '0',
      token: 'hybrid-w0.7-p0-k200',
      label: 'B hybrid (w=0.7, prior 0) K=200',
    },
    {
      field: 'Candidates by meaning',
      value: '100',
      token: 'hybrid-w0.7-k200-m100',
      label: 'B hybrid (w=0.7) K=200 +100 by meaning',
    },
  ])(
    'compares the default hybrid with the same fusion and $field $value',
    async ({ field, value, token, label }) => {
      const t = await openCompareForm('keyboard');
      for (const name of ['A', 'B'] as const) {
        await rankingFields(t.page, name).getByLabel('Profile').selectOption('hybrid');
      }
      await rankingFields(t.page, 'B').getByLabel(field).fill(value);
      expect(await submitComparison(t.page, 'keyboard')).toEqual(['hybrid-w0.7-k200', token]);
      await waitForComparison(t.page);
      expect(await t.page.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
        'A hybrid (w=0.7) K=200',
        label,
      ]);
      expectNoErrors(t);
    },
  );
});

describe('rating with the keyboard', () => {
  it('moves between hits with j/k and arrows, rates with 0–3, and the grade persists', async () => {
    const t = await session.open();
    await signInThroughApi(t.page, ANALYST);
    const url = sectionPath('compare', `q=wireless+mouse&c=lexical&c=colbert-k200&set=${setId}`);
    await t.page.goto(url);
    await waitForComparison(t.page);
    expect(await t.page.getByLabel('Judgment set', { exact: true }).inputValue()).toBe(
      String(setId),
    );

    const hitsB = rankingHits(t.page, 'B');
    await hitsB.first().focus();
    await t.page.keyboard.press('j');
    await t.page.keyboard.press('ArrowDown');
    await t.page.keyboard.press('k');
    const focused = hitsB.nth(1);
    expect(await focused.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await focused.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    const productId = (await focused.getAttribute('data-product-id'))!;

    await t.page.keyboard.press('2');
    await focused.locator('[data-save-state="saved"]').waitFor();
    expect(await focused.innerText()).toContain('2 · Relevant');
    // The same product in the other ranking shows the grade too.
    const twin = rankingHits(t.page, 'A').and(t.page.locator(`[data-product-id="${productId}"]`));
    if ((await twin.count()) > 0) expect(await twin.innerText()).toContain('2 · Relevant');
    await screenshot(t.page, 'analyst-compare-rated');

    await t.page.reload();
    await waitForComparison(t.page);
    const again = hitsB.and(t.page.locator(`[data-product-id="${productId}"]`));
    expect(await again.innerText()).toContain('2 · Relevant');
    const grades = await callOk<Record<string, number>>(t.page, 'query', 'judgments.grades', {
      store: STORE,
      setId,
      query: 'wireless mouse',
    });
    expect(grades).toEqual({ [productId]: 2 });

    // Delete removes the grade again.
    await again.focus();
    await t.page.keyboard.press('Delete');
    await again.locator('[data-save-state="saved"]').waitFor();
    expect(await again.innerText()).toContain('Not judged');
    expectNoErrors(t);
  });
});

describe('a query’s judgments', () => {
  it('lists every judged product of the query with its place in each ranking', async () => {
    const t = await session.open();
    await signInThroughApi(t.page, ANALYST);
    const top = await topLexicalHit(t.page, 'keyboard');
    await t.page.goto(sectionPath('compare', `q=keyboard&c=lexical&c=colbert-k200&set=${setId}`));
    await waitForComparison(t.page);
    await t.page.getByText('Judgments of “keyboard” in e2e keyboard ratings (1)').click();
    const table = t.page.getByRole('table', { name: 'Judgments of “keyboard”' });
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      'Product',
      'Grade',
      'Place in A',
      'Place in B',
    ]);
    const cells = await table.getByRole('row').nth(1).getByRole('cell').allInnerTexts();
    expect(cells.slice(0, 2)).toEqual(['3 Highly relevant', '#1']);
    expect(await rankingHits(t.page, 'A').first().getAttribute('data-product-id')).toBe(top);
    expectNoErrors(t);
  });
});
