// Judgment sets as qrels files: import a CSV (or the bundled one) against the store's products,
// saving what is valid and reporting every skipped row with its reason; export a set as CSV.
import { readFile } from 'node:fs/promises';
import { parseQrelsCsv, serializeQrelsCsv, type QrelsParseReport } from '@shopsearch/eval';
import type { DatabaseDeps } from '../databaseDeps.ts';
import { BundledJudgmentsMissingError, JudgmentsFileRefusedError } from '../errors.ts';
import { loadQrels, requireSet, saveQrels } from './judgmentSets.ts';

export interface ImportJudgmentsResult {
  setId: number;
  name: string;
  queries: number;
  judgments: number;
  report: QrelsParseReport;
}

/** The name the bundled judgment set is imported under. */
export const BUNDLED_SET_NAME = 'Icecat dev (bundled)';

/** Replaces the set called `name` with the file's usable rows; refuses a file with none. */
export async function importJudgments(
  deps: DatabaseDeps,
  storeId: number,
  name: string,
  csv: string,
): Promise<ImportJudgmentsResult> {
  const products = await deps.prisma.product.findMany({
    where: { storeId },
    select: { id: true },
  });
  const { qrels, report } = parseQrelsCsv(csv, { knownDocIds: new Set(products.map((p) => p.id)) });
  if (report.emptyFile) {
    throw new JudgmentsFileRefusedError(
      'The file holds no judgments (expected rows of query,docid,rating).',
    );
  }
  if (qrels.size === 0) {
    const reasons = [...new Set(report.skipped.map((s) => s.reason))].join(', ');
    throw new JudgmentsFileRefusedError(`No row could be used (${reasons}); nothing was saved.`);
  }
  const set = await saveQrels(deps, storeId, name, qrels);
  const judgments = [...qrels.values()].reduce((n, j) => n + j.size, 0);
  return { setId: set.id, name: set.name, queries: qrels.size, judgments, report };
}

/** The deployment's bundled qrels file as BUNDLED_SET_NAME; BundledJudgmentsMissingError without one. */
export async function importBundledJudgments(
  deps: DatabaseDeps & { bundledJudgmentsFile?: string | undefined },
  storeId: number,
): Promise<ImportJudgmentsResult> {
  const file = deps.bundledJudgmentsFile;
  if (!file) throw new BundledJudgmentsMissingError();
  return importJudgments(deps, storeId, BUNDLED_SET_NAME, await readFile(file, 'utf8'));
}

/** One set of the store's as a qrels CSV. */
export async function exportJudgmentSet(
  deps: DatabaseDeps,
  storeId: number,
  setId: number,
): Promise<{ name: string; csv: string }> {
  const set = await requireSet(deps, storeId, setId);
  return { name: set.name, csv: serializeQrelsCsv(await loadQrels(deps, set.id)) };
}
