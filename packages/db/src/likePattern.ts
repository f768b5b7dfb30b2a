// LIKE and ILIKE read % and _ as wildcards and a backslash as their escape character (PostgreSQL's
// default). Prisma's `contains`, `startsWith` and `endsWith` put their text into such a pattern as
// it is (prisma/prisma#19506), so text people type is escaped before it gets there or into a raw
// LIKE.

/** `100%_\` → `100\%\_\\`: the text as a LIKE pattern that matches it literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
