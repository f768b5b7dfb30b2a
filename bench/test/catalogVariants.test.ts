import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogLines, catalogProduct } from '../src/catalog/catalogVariants.ts';
import { readIcecatRecords, type IcecatRecord } from '../src/icecatRecords.ts';

let records: IcecatRecord[];
beforeAll(async () => {
  records = await readIcecatRecords();
});

/** SHA-256 of products [start, end) of the catalog with `seed`. */
function digest(seed: number, end: number, start = 0): string {
  const hash = createHash('sha256');
  for (const line of catalogLines(records, seed, end, start)) hash.update(line);
  return hash.digest('hex');
}

describe('synthetic catalog from the Icecat records', () => {
  it('writes the same bytes for the same seed, other bytes for another seed', () => {
    // Products of the second and third copies: variants, not the records themselves.
    const start = records.length;
    const end = start + 3000;
    expect(digest(7, end, start)).toBe(digest(7, end, start));
    expect(digest(8, end, start)).not.toBe(digest(7, end, start));
  });

  it('makes a product independent of how many came before it', () => {
    const index = records.length * 3 + 123;
    expect(catalogProduct(records, index, 7)).toEqual(catalogProduct(records, index, 7));
    const [line] = catalogLines(records, 7, index + 1, index);
    expect(JSON.parse(line!)).toEqual(catalogProduct(records, index, 7));
  });

  it('keeps the records as the first copy and gives variants new ids, codes and barcodes', () => {
    const record = records.find(
      (r) => r.name && /\d{3}/.test(r.name) && r.title.includes(r.name) && Array.isArray(r.ean),
    )!;
    const at = records.indexOf(record);
    const first = catalogProduct(records, at, 7);
    expect(first).toMatchObject({ id: record.id, title: record.title, sku: record.name });
    const ids = new Set<string>();
    for (let copy = 1; copy <= 5; copy++) {
      const v = catalogProduct(records, at + copy * records.length, 7);
      ids.add(v.id);
      expect(v.sku).not.toBe(record.name);
      expect(v.title).toContain(v.sku);
      expect(v.gtin![0]).toMatch(/^\d{13}$/);
      expect(Number(v.price)).toBeGreaterThan(0);
    }
    expect(ids.size).toBe(5);
  });
});
