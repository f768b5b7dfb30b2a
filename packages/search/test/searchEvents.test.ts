import { afterAll, describe, expect, it } from 'vitest';
import type { Database, PrismaClient } from '@shopsearch/db';
import { openTestDatabase, testDatabaseKind } from '@shopsearch/db/testing';
import { SearchEventRecorder, type SearchEventInput } from '../src/searchEvents.ts';

const db: Database = await openTestDatabase();
const prisma: PrismaClient = db.prisma;
afterAll(async () => db.close());

let stores = 0;
async function newStore(): Promise<number> {
  stores += 1;
  const store = await prisma.store.create({ data: { slug: `events-${stores}`, name: 'Events' } });
  return store.id;
}

const event = (storeId: number, query: string, i = 0): SearchEventInput => ({
  storeId,
  query,
  profile: i % 2 ? 'colbert' : 'hybrid',
  latencyMs: 1.5 + i,
  resultCount: 10 * i,
});

describe(`search events on ${testDatabaseKind()}`, () => {
  it('writes a burst of searches in one flush, every field in place', async () => {
    const storeId = await newStore();
    const recorder = new SearchEventRecorder(prisma, { flushDelayMs: 60_000 });
    for (let i = 0; i < 300; i++) recorder.record(event(storeId, `query ${i}`, i));
    expect(await prisma.searchEvent.count({ where: { storeId } })).toBe(0); // not yet flushed
    await recorder.drain();
    const rows = await prisma.searchEvent.findMany({ where: { storeId }, orderBy: { id: 'asc' } });
    expect(rows).toHaveLength(300);
    expect(rows[7]).toMatchObject({
      query: 'query 7',
      profile: 'colbert',
      latencyMs: 8.5,
      resultCount: 70,
    });
    expect(rows.every((r) => r.createdAt instanceof Date)).toBe(true);
  });

  it('keeps odd Unicode, drops NUL, cuts long queries, and loses no other event for them', async () => {
    const storeId = await newStore();
    const recorder = new SearchEventRecorder(prisma, { flushDelayMs: 60_000 });
    const queries = [
      '🎧 headphones',
      'ｗｉｒｅｌｅｓｓ',
      'e\u0301',
      '\u202emouse',
      'a\0b',
      'x'.repeat(10_000),
    ];
    queries.forEach((q) => recorder.record(event(storeId, q)));
    await recorder.drain();
    const stored = (
      await prisma.searchEvent.findMany({ where: { storeId }, orderBy: { id: 'asc' } })
    ).map((r) => r.query);
    expect(stored).toEqual([...queries.slice(0, 4), 'ab', 'x'.repeat(500)]);
  });

  it("skips a deleted store's events and writes the others' in the same flush", async () => {
    const [kept, deleted] = [await newStore(), await newStore()];
    const errors: unknown[] = [];
    const recorder = new SearchEventRecorder(prisma, {
      flushDelayMs: 60_000,
      onError: (e) => errors.push(e),
    });
    recorder.record(event(kept, 'before'));
    recorder.record(event(deleted, 'gone'));
    recorder.record(event(kept, 'after'));
    await prisma.store.delete({ where: { id: deleted } });
    await recorder.drain();
    expect(errors).toEqual([]);
    const rows = await prisma.searchEvent.findMany({
      where: { storeId: { in: [kept, deleted] } },
      orderBy: { id: 'asc' },
    });
    expect(rows.map((r) => [r.storeId, r.query])).toEqual([
      [kept, 'before'],
      [kept, 'after'],
    ]);
  });

  it('reports a failed write instead of throwing, and writes later events', async () => {
    const storeId = await newStore();
    const errors: unknown[] = [];
    const recorder = new SearchEventRecorder(prisma, {
      flushDelayMs: 60_000,
      onError: (e) => errors.push(e),
    });
    // An int column cannot hold this count, so the statement fails as a whole.
    recorder.record({ ...event(storeId, 'too many'), resultCount: 2 ** 40 });
    await recorder.drain();
    expect(errors).toHaveLength(1);
    recorder.record(event(storeId, 'next'));
    await recorder.drain();
    const rows = await prisma.searchEvent.findMany({ where: { storeId } });
    expect(rows.map((r) => r.query)).toEqual(['next']);
  });
});
