// The workbench on a tablet (768 px) and a phone (360 px): nothing pushes the page sideways (wide
// tables and charts scroll inside their own box), and the keyboard still reaches the sections.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ANALYST, signInThroughApi } from '../support/accounts.ts';
import { callOk } from '../support/api.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import { STORE, chartBars, sectionPath, waitForComparison } from './analystPage.ts';

const session = useBrowser();
let runId: number;

beforeAll(async () => {
  const t = await session.open();
  await signInThroughApi(t.page, ANALYST);
  const { setId } = await callOk<{ setId: number }>(t.page, 'mutation', 'judgments.importBundled', {
    store: STORE,
  });
  ({ id: runId } = await callOk<{ id: number }>(t.page, 'mutation', 'evaluation.run', {
    store: STORE,
    setId,
    name: 'e2e responsive',
    configurations: [{ profile: 'lexical' }, { profile: 'hybrid' }],
  }));
});

/** How far the page is wider than the screen, in CSS pixels (0 when it fits). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.each([
  { width: 768, height: 1024 },
  { width: 360, height: 740 },
])('the workbench at $width px', (viewport) => {
  it('fits compare, evaluation and analytics pages to the screen', async () => {
    const t = await session.open(viewport);
    await signInThroughApi(t.page, ANALYST);

    await t.page.goto(
      sectionPath('compare', 'q=wireless+mouse&c=lexical&c=colbert-k200&c=hybrid-rrf-k100'),
    );
    await waitForComparison(t.page);
    expect(await sidewaysOverflow(t.page)).toBeLessThanOrEqual(0);
    await screenshot(t.page, `analyst-compare-${viewport.width}`);

    await t.page.goto(`${sectionPath('evaluations')}/${runId}`);
    await chartBars(t.page, 'metrics').nth(9).waitFor();
    expect(await chartBars(t.page, 'metrics').count()).toBe(10);
    expect(await sidewaysOverflow(t.page)).toBeLessThanOrEqual(0);
    await screenshot(t.page, `analyst-evaluation-${viewport.width}`);

    await t.page.goto(sectionPath('analytics', 'period=30d'));
    await t.page.getByRole('table', { name: 'Top queries' }).waitFor();
    expect(await sidewaysOverflow(t.page)).toBeLessThanOrEqual(0);
    await screenshot(t.page, `analyst-analytics-${viewport.width}`);

    // The sections stay reachable from the keyboard.
    await t.page.getByRole('link', { name: 'Judgments' }).focus();
    await t.page.keyboard.press('Enter');
    await t.page.waitForURL((url) => url.pathname === sectionPath('judgments'));
    expectNoErrors(t);
  });
});
