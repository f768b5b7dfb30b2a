// What a merchant reads when a batch fails: a sentence, never the database client's internals.
// Prisma's messages name the source file and line of the call ("Invalid `prisma.x.deleteMany()`
// invocation in /srv/…/attributeCatalog.ts:52") and its query engine's state; they go to the
// worker's log, and the job records what happened in words.

const PRISMA_ERROR = /^PrismaClient|^DriverAdapterError$/;
const SOURCE_PATH = /(?:file:\/\/)?(?:\/[\w@.+-]+)+\.(?:ts|tsx|js|mjs|cjs)(?::\d+)*/g;

/** The reason recorded for a failed batch, from what was thrown. */
export function failureReason(error: unknown): string {
  if (!(error instanceof Error)) return 'an unexpected error';
  if (PRISMA_ERROR.test(error.name)) {
    const code = (error as { code?: unknown }).code;
    return `the database could not complete the batch${typeof code === 'string' ? ` (${code})` : ''}`;
  }
  const firstLine = error.message.split('\n').find((line) => line.trim()) ?? error.name;
  return firstLine.replace(SOURCE_PATH, '(source)').trim();
}
