import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabaseKind } from '../src/testing.ts';

const db = await openTestDatabase();
afterAll(async () => db.close());

describe(`the reader outside Prisma on ${testDatabaseKind()}`, () => {
  it('binds array parameters and parses the column types searches read alike on both databases', async () => {
    const rows = await db.reader.query<Record<string, unknown>>(
      `SELECT id, '{"colour": "red", "watts": 40}'::jsonb AS attributes, ARRAY[3, 1]::int[] AS ids,
         '\\x0102ff'::bytea AS bytes, 'in_stock'::availability AS availability, 'EUR'::char(3) AS currency,
         NULL::int AS price, '2026-12-07T10:00:00Z'::timestamptz AS at
       FROM unnest($1::text[]) AS id WHERE id = ANY($2)`,
      [
        ['a', 'b', 'c'],
        ['c', 'a'],
      ],
    );
    expect(rows.map((r) => r.id)).toEqual(['a', 'c']);
    const [row] = rows;
    expect(row!.attributes).toEqual({ colour: 'red', watts: 40 });
    expect(row!.ids).toEqual([3, 1]);
    expect(row!.bytes).toBeInstanceOf(Uint8Array);
    expect([...(row!.bytes as Uint8Array)]).toEqual([1, 2, 255]);
    expect(row!.availability).toBe('in_stock');
    expect(row!.currency).toBe('EUR');
    expect(row!.price).toBeNull();
    expect(row!.at).toEqual(new Date('2026-12-07T10:00:00Z'));
  });

  it('sees what Prisma wrote', async () => {
    const store = await db.prisma.store.create({ data: { slug: 'reader', name: 'Reader' } });
    const [row] = await db.reader.query<{ name: string }>('SELECT name FROM store WHERE id = $1', [
      store.id,
    ]);
    expect(row).toEqual({ name: 'Reader' });
  });
});
