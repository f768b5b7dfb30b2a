// Judgment sets: importing a qrels file with bad rows (kept rows saved, bad ones reported with
// their reasons), importing the bundled Icecat set, and exporting a set as CSV.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ANALYST, signInThroughApi } from '../support/accounts.ts';
import { screenshot } from '../support/screenshot.ts';
import { expectNoErrors, useBrowser } from '../support/session.ts';
import { sectionPath, topLexicalHit } from './analystPage.ts';

const session = useBrowser();

/** One good row, then an unknown product, a duplicate and a rating that is not a number. */
function qrelsWithProblems(productId: string): Buffer {
  return Buffer.from(
    [
      'query,docid,rating',
      `wireless mouse,${productId},3`,
      'wireless mouse,no-such-product,2',
      `wireless mouse,${productId},1`,
      `printer,${productId},high`,
    ].join('\n'),
  );
}

describe('judgment sets', () => {
  it('imports a qrels file, saving the good rows and reporting each bad one', async () => {
    const t = await session.open();
    await signInThroughApi(t.page, ANALYST);
    const productId = await topLexicalHit(t.page, 'mouse');

    await t.page.goto(sectionPath('judgments'));
    await t.page.getByLabel(/^File/).setInputFiles({
      name: 'team-grades.csv',
      mimeType: 'text/csv',
      buffer: qrelsWithProblems(productId),
    });
    expect(await t.page.getByLabel(/^Set name/).inputValue()).toBe('team-grades');
    await t.page.getByRole('button', { name: 'Import', exact: true }).click();

    const report = t.page.getByRole('region', { name: 'Import report: team-grades' });
    await report.waitFor();
    expect(await report.getByRole('status').innerText()).toMatch(
      /Saved 1 judgment for 1 query\. 3 rows were skipped\./,
    );
    const skipped = report.getByRole('table', { name: 'Skipped rows' }).getByRole('row');
    expect(await skipped.allInnerTexts()).toEqual([
      expect.stringMatching(/Line\s+Reason\s+Row/),
      expect.stringMatching(/^3\s+.*unknown.*no-such-product/is),
      expect.stringMatching(/^4\s+.*duplicate/is),
      expect.stringMatching(/^5\s+rating "high" is not a number/),
    ]);
    const sets = t.page.getByRole('region', { name: 'Sets in this store' });
    await expect
      .poll(() => sets.getByRole('row', { name: /team-grades/ }).innerText())
      .toMatch(/team-grades\s+1\s+1\s/);
    await screenshot(t.page, 'analyst-judgments-import');
    expectNoErrors(t);
  });

  it('imports the bundled Icecat set and exports a set as CSV', async () => {
    const t = await session.open();
    await signInThroughApi(t.page, ANALYST);
    await t.page.goto(sectionPath('judgments'));
    await t.page.getByRole('button', { name: 'Import the Icecat dev set' }).click();
    const report = t.page.getByRole('region', { name: 'Import report: Icecat dev (bundled)' });
    await report.waitFor({ timeout: 60_000 });
    // The demo store holds the first of the four Icecat archives: judgments of the others are
    // reported as unknown products.
    expect(await report.getByRole('status').innerText()).toMatch(
      /Saved \d+ judgments for \d+ queries/,
    );
    expect(await report.locator('tr[data-reason="unknown-doc-id"]').count()).toBeGreaterThan(0);

    const row = t.page.getByRole('row', { name: /Icecat dev \(bundled\)/ });
    const download = t.page.waitForEvent('download');
    await row.getByRole('button', { name: 'Export Icecat dev (bundled) as CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('icecat-dev-bundled.csv');
    const csv = await readFile((await file.path())!, 'utf8');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('query,docid,rating');
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.slice(1).every((l) => /^.+,\d+,[0-3]$/.test(l))).toBe(true);
    expectNoErrors(t);
  });
});
