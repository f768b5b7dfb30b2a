// A store's synonyms, edited as text in the admin (one line each, see @shopsearch/search's
// synonymList.ts). Saving replaces the list whole, in one transaction, and applies it at once: the
// PostgreSQL stage expands queries from the table; Meilisearch gets its `synonyms` setting (a
// settings update, not a re-index).
import type { DatabaseDeps } from '../databaseDeps.ts';
import {
  describeSynonymError,
  formatSynonyms,
  loadIndexSettings,
  loadSynonymLines,
  parseSynonyms,
  type FirstStageIndex,
  type SynonymError,
} from '@shopsearch/search';
import { PlatformError } from '../errors.ts';

export interface SynonymDeps extends DatabaseDeps {
  firstStageIndex: FirstStageIndex;
  storeChanged(storeId: number): void;
}

export interface StoreSynonyms {
  /** The lines as the merchant edits them. */
  text: string;
  lines: number;
}

/** Synonyms the list's rules refuse; `errors` name each line. Nothing is saved. */
export class SynonymsRefusedError extends PlatformError {
  override name = 'SynonymsRefusedError';
  constructor(readonly errors: SynonymError[]) {
    super(`The synonyms were not saved. ${errors.map(describeSynonymError).join(' ')}`);
  }
}

export async function getSynonyms(
  { prisma }: DatabaseDeps,
  storeId: number,
): Promise<StoreSynonyms> {
  const lines = await loadSynonymLines(prisma, storeId);
  return { text: formatSynonyms(lines), lines: lines.length };
}

export async function saveSynonyms(
  deps: SynonymDeps,
  storeId: number,
  text: string,
): Promise<StoreSynonyms> {
  const parsed = parseSynonyms(text);
  if (!parsed.ok) throw new SynonymsRefusedError(parsed.errors);
  const { prisma } = deps;
  await prisma.$transaction(async (tx) => {
    await tx.storeSynonym.deleteMany({ where: { storeId } });
    await tx.storeSynonym.createMany({
      data: parsed.lines.map((line, position) => ({ storeId, position, ...line })),
    });
  });
  await applySynonyms(deps, storeId);
  return { text: formatSynonyms(parsed.lines), lines: parsed.lines.length };
}

/** Saved synonyms into the first stage (Meilisearch's setting) and out of this process's caches. */
export async function applySynonyms(deps: SynonymDeps, storeId: number): Promise<void> {
  const { prisma } = deps;
  // A store's first-stage index exists once it was indexed; its first re-index applies them.
  if (await prisma.indexVersion.findFirst({ where: { storeId }, select: { id: true } })) {
    await deps.firstStageIndex.prepare(storeId, await loadIndexSettings(prisma, storeId));
  }
  deps.storeChanged(storeId);
}
