// Notes on queries, kept with a judgment set: why a query is hard, what a grade assumed, what to
// check next. Shown in compare (one query) and in evaluation runs (every query of the run's set).
import type { DatabaseDeps } from '../databaseDeps.ts';
import { requireSet } from './judgmentSets.ts';

/** Longest note kept; a note is a remark, not a document. */
export const MAX_NOTE_LENGTH = 2000;

/** Saves the note on `query` (trimmed); an empty text removes it. Returns the note kept, or null. */
export async function saveQueryNote(
  deps: DatabaseDeps,
  storeId: number,
  setId: number,
  query: string,
  text: string,
): Promise<string | null> {
  await requireSet(deps, storeId, setId);
  const { prisma } = deps;
  const note = text.trim();
  const key = { judgmentSetId: setId, query: query.trim() };
  if (note === '') {
    await prisma.queryNote.deleteMany({ where: key });
    return null;
  }
  await prisma.queryNote.upsert({
    where: { judgmentSetId_query: key },
    create: { ...key, text: note },
    update: { text: note },
  });
  return note;
}

/** The set's notes by query; only those of `queries` when given (a run's or a compare's). */
export async function queryNotes(
  deps: DatabaseDeps,
  storeId: number,
  setId: number,
  queries?: readonly string[],
): Promise<Record<string, string>> {
  await requireSet(deps, storeId, setId);
  const { prisma } = deps;
  const rows = await prisma.queryNote.findMany({
    where: {
      judgmentSetId: setId,
      ...(queries ? { query: { in: queries.map((q) => q.trim()) } } : {}),
    },
    select: { query: true, text: true },
  });
  return Object.fromEntries(rows.map((r) => [r.query, r.text]));
}
