// Evaluation runs: run configurations against a judgment set, read the metric table and charts,
// sort the per-query breakdown, export it, and reopen the saved run.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANALYST, signInThroughApi } from '../support/accounts.ts';
import { callOk } from '../support/api.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import { STORE, chartBars, sectionPath, waitForComparison } from './analystPage.ts';

const session = useBrowser();
const SET_NAME = 'Icecat dev (bundled)';
let setId: number;

beforeAll(async () => {
  const t = await session.open();
  await signInThroughApi(t.page, ANALYST);
  ({ setId } = await callOk<{ setId: number }>(t.page, 'mutation', 'judgments.importBundled', {
    store: STORE,
  }));
  // An earlier run, so the saved runs have a history to chart.
  await callOk(t.page, 'mutation', 'evaluation.run', {
    store: STORE,
    setId,
    name: 'e2e earlier run',
    configurations: [{ profile: 'lexical' }],
  });
});

describe('evaluation runs', () => {
  it('runs configurations and shows metrics, charts and per-query changes', async () => {
    const t = await session.open();
    await signInThroughApi(t.page, ANALYST);
    await t.page.goto(sectionPath('evaluations'));
    const sets = t.page.getByLabel('Judgment set', { exact: true });
    await sets.selectOption(
      (await sets.locator('option', { hasText: SET_NAME }).getAttribute('value'))!,
    );
    // Lexical, ColBERT and hybrid are offered; two are enough here.
    await t.page.getByRole('button', { name: 'Remove Configuration 3' }).click();
    await t.page.getByLabel('Run name').fill('e2e lexical vs colbert');
    await t.page.getByRole('button', { name: 'Run evaluation' }).click();
    await t.page.getByRole('button', { name: 'Running…' }).waitFor();
    await t.page.waitForURL(/\/evaluations\/\d+$/, { timeout: 120_000 });
    const runPath = new URL(t.page.url()).pathname;

    await t.page.getByRole('heading', { level: 1, name: 'e2e lexical vs colbert' }).waitFor();
    const metrics = t.page.getByRole('region', { name: 'Metrics per configuration', exact: true });
    expect(await metrics.getByRole('columnheader').allInnerTexts()).toEqual([
      'Configuration',
      'nDCG@10 (exp gain)',
      'MRR@10 (grade >= 1)',
      'ERR@10 (gmax 3)',
      'P@10 (grade >= 1)',
      'Recall@100 (grade >= 1)',
      'Latency p50 / p95',
    ]);
    const rows = await metrics.getByRole('row').allInnerTexts();
    expect(rows.slice(1)).toEqual([
      expect.stringMatching(/^lexical\s+0\.\d{3}/),
      expect.stringMatching(/^colbert K=200\s+0\.\d{3}/),
      expect.stringMatching(/^Queries averaged(\s+\d+){5}\s*$/),
    ]);

    // Five metrics × two configurations as bars, and one bar per query whose nDCG changed.
    await chartBars(t.page, 'metrics').nth(9).waitFor();
    expect(await chartBars(t.page, 'metrics').count()).toBe(10);
    const changed = await chartBars(t.page, 'deltas').count();
    expect(changed).toBeGreaterThan(0);
    const breakdown = t.page.getByRole('region', { name: /^Per query/ });
    expect(await breakdown.getByRole('listitem').innerText()).toMatch(
      /colbert K=200: \d+ improved, \d+ regressed, \d+ unchanged/,
    );

    // Sorting by the change, largest gain first.
    const deltaHeader = breakdown.getByRole('columnheader', { name: /^Δ colbert/ });
    expect(await deltaHeader.getAttribute('aria-sort')).toBe('ascending');
    await deltaHeader.getByRole('button').click();
    expect(await deltaHeader.getAttribute('aria-sort')).toBe('descending');
    const deltas = await breakdown
      .getByRole('table')
      .locator('tbody tr td:last-child')
      .allInnerTexts();
    const values = deltas
      .filter((d) => d !== '—')
      .map((d) => Number(d.replace('−', '-').replace('±', '')));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await screenshot(t.page, 'analyst-evaluation-run');

    const download = t.page.waitForEvent('download');
    await t.page.getByRole('button', { name: 'Export per-query CSV' }).click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    // Comment lines first say what each metric measures.
    expect(csv).toMatch(/^# nDCG@10 \(exp gain\): .*higher is better\.$/m);
    expect(csv.split('\n').find((line) => !line.startsWith('#'))).toBe(
      'configuration,query,nDCG@10 (exp gain),MRR@10 (grade >= 1),ERR@10 (gmax 3),P@10 (grade >= 1),Recall@100 (grade >= 1)',
    );

    // The run is saved: listed on the runs page, and it reopens from there.
    await t.page.getByRole('link', { name: 'All evaluation runs' }).click();
    const saved = t.page.getByRole('region', { name: 'Saved runs' });
    // nDCG@10 over time: a line per configuration across the saved runs.
    // A flat line has no height, so it counts as hidden: wait for it to be drawn, not seen.
    await saved
      .locator('[data-chart="history"] .recharts-line-curve')
      .first()
      .waitFor({ state: 'attached' });
    expect(
      await saved.locator('[data-chart="history"] .recharts-line-curve').count(),
    ).toBeGreaterThanOrEqual(2);
    await saved.locator(`a[href="${runPath}"]`).click();
    await t.page.getByRole('heading', { level: 1, name: 'e2e lexical vs colbert' }).waitFor();
    await chartBars(t.page, 'metrics').nth(9).waitFor();
    expect(await chartBars(t.page, 'metrics').count()).toBe(10);
    expectNoErrors(t);
  });

  it('opens a query of a run in Compare, with the run’s configurations and judgment set', async () => {
    const t = await session.open();
    await signInThroughApi(t.page, ANALYST);
    const run = await callOk<{ id: number }>(t.page, 'mutation', 'evaluation.run', {
      store: STORE,
      setId,
      name: 'e2e drill-down',
      configurations: [{ profile: 'lexical' }, { profile: 'colbert', rerankDepth: 100 }],
    });
    await t.page.goto(`${sectionPath('evaluations')}/${run.id}`);
    const breakdown = t.page.getByRole('region', { name: /^Per query/ });
    const link = breakdown.getByRole('link', { name: /^Open “.+” in Compare$/ }).first();
    const query = /^Open “(.+)” in Compare$/.exec((await link.getAttribute('aria-label'))!)![1]!;
    await link.click();
    await t.page.waitForURL(
      (url) => url.pathname.endsWith('/compare') && url.searchParams.get('q') === query,
    );
    await waitForComparison(t.page);
    await t.page.getByRole('heading', { name: `Rankings for “${query}”` }).waitFor();
    expect(await t.page.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'A lexical',
      'B colbert K=100',
    ]);
    expect(await t.page.getByLabel('Judgment set', { exact: true }).inputValue()).toBe(
      String(setId),
    );
    expectNoErrors(t);
  });
});
