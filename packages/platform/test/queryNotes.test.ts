import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../src/createPlatform.ts';
import { JudgmentSetNotFoundError } from '../src/errors.ts';
import { queryNotes, saveQueryNote } from '../src/judgments/queryNotes.ts';
import { testPlatform } from '../src/testing/testStore.ts';

let platform: Platform;
let ids: { shop: number; other: number; set: number; otherSet: number };
beforeAll(async () => {
  platform = await testPlatform();
  const { prisma } = platform.db;
  const shop = await prisma.store.create({ data: { slug: 'shop', name: 'Shop' } });
  const other = await prisma.store.create({ data: { slug: 'other', name: 'Other' } });
  const set = await prisma.judgmentSet.create({ data: { storeId: shop.id, name: 'team' } });
  const otherSet = await prisma.judgmentSet.create({ data: { storeId: other.id, name: 'theirs' } });
  ids = { shop: shop.id, other: other.id, set: set.id, otherSet: otherSet.id };
});
afterAll(async () => platform?.close());

describe('query notes', () => {
  it('keeps one note per query of a set, replaces it, and removes it when emptied', async () => {
    const { db } = platform;
    expect(await saveQueryNote(db, ids.shop, ids.set, ' mouse ', ' brand or device? ')).toBe(
      'brand or device?',
    );
    await saveQueryNote(db, ids.shop, ids.set, 'printer', 'laser only');
    await saveQueryNote(db, ids.shop, ids.set, 'mouse', 'device; Logitech graded 3');
    expect(await queryNotes(db, ids.shop, ids.set)).toEqual({
      mouse: 'device; Logitech graded 3',
      printer: 'laser only',
    });
    expect(await queryNotes(db, ids.shop, ids.set, ['printer', 'camera'])).toEqual({
      printer: 'laser only',
    });
    expect(await saveQueryNote(db, ids.shop, ids.set, 'printer', '   ')).toBeNull();
    expect(Object.keys(await queryNotes(db, ids.shop, ids.set))).toEqual(['mouse']);
  });

  it('never reads or writes another store’s set, and goes when its set goes', async () => {
    const { db } = platform;
    const { prisma } = db;
    await expect(saveQueryNote(db, ids.shop, ids.otherSet, 'q', 'x')).rejects.toBeInstanceOf(
      JudgmentSetNotFoundError,
    );
    await expect(queryNotes(db, ids.other, ids.set)).rejects.toBeInstanceOf(
      JudgmentSetNotFoundError,
    );
    await prisma.judgmentSet.delete({ where: { id: ids.set } });
    expect(await prisma.queryNote.count()).toBe(0);
  });
});
