// The mapping suggested from a file's header names, and what importing with it reads.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog, type ReadEvent, type ReadRequest } from '../src/import/catalogReading.ts';
import { normalizeHeader, resolveColumnMapping, suggestColumnMapping } from '../src/index.ts';
import { missingRequiredColumn } from '../src/mapping/columnMapping.ts';
import { tabularRecordToDraft } from '../src/mapping/tabularRecord.ts';

describe('header matching', () => {
  it('normalises case, accents, punctuation and a trailing unit', () => {
    expect(normalizeHeader('  Product_Name ')).toEqual({ name: 'product name' });
    expect(normalizeHeader('Déscription')).toEqual({ name: 'description' });
    expect(normalizeHeader('Weight (kg)')).toEqual({ name: 'weight', unit: 'kg' });
    expect(normalizeHeader('Length [cm]')).toEqual({ name: 'length', unit: 'cm' });
    expect(normalizeHeader('Price (incl. VAT)')).toEqual({ name: 'price' });
    expect(normalizeHeader('Price (USD)')).toEqual({ name: 'price', unit: 'USD' });
  });

  it('maps synonyms and British spellings onto our fields and typed attributes', () => {
    const header = ['Product ID', 'Product name', 'Description', 'Cost', 'Manufacturer', 'Colour'];
    expect(suggestColumnMapping(header)).toEqual({
      id: 'Product ID',
      title: 'Product name',
      description: 'Description',
      price: 'Cost',
      brand: 'Manufacturer',
      attr_t_colour: 'Colour',
    });
    expect(
      suggestColumnMapping(['SKU', 'Name', 'Desc', 'Color', 'Weight (g)', 'Waterproof']),
    ).toEqual({
      id: 'SKU',
      sku: 'SKU',
      title: 'Name',
      description: 'Desc',
      attr_t_colour: 'Color',
      attr_n_weight__g_: 'Weight (g)',
      attr_b_waterproof: 'Waterproof',
    });
  });

  it('keeps our own names, prefers the earlier synonym and leaves unknown columns alone', () => {
    expect(suggestColumnMapping(['id', 'title', 'price', 'attr.colour', 'Notes'])).toEqual({});
    expect(suggestColumnMapping(['Name', 'Title', 'ID'])).toEqual({ id: 'ID', title: 'Title' });
  });

  it('makes a file with other header names readable without a hand-made mapping', () => {
    const header = ['Product name', 'Item ID', 'Colour'];
    expect(missingRequiredColumn(resolveColumnMapping(), header)).toMatch(/no "id" column/);
    const mapping = resolveColumnMapping(suggestColumnMapping(header));
    expect(missingRequiredColumn(mapping, header)).toBeUndefined();
    const { draft, issues } = tabularRecordToDraft(
      { 'Product name': 'Kettle', 'Item ID': 'K1', Colour: 'Red' },
      mapping,
    );
    expect(issues).toEqual([]);
    expect(draft).toMatchObject({
      id: 'K1',
      title: 'Kettle',
      attributes: { attr_t_colour: 'Red' },
    });
  });
});

describe('reading with a suggested mapping', () => {
  async function read(name: string, text: string, request: Partial<ReadRequest> = {}) {
    const file = join(await mkdtemp(join(tmpdir(), 'suggest-')), name);
    await writeFile(file, text);
    const events = [];
    for await (const event of readCatalog({ file, currency: 'USD', ...request })) {
      events.push(event);
    }
    return events;
  }
  const productsOf = (events: ReadEvent[]) =>
    events.flatMap((e) => (e.kind === 'row' && e.outcome.ok ? [e.outcome.product] : []));

  it('suggests from a CSV header and reports the mapping used', async () => {
    const events = await read('a.csv', 'SKU,Name,Colour\nA1,Lamp,Green\n', {
      suggestMapping: true,
    });
    expect(events.find((e) => e.kind === 'columns')).toMatchObject({
      mapping: { id: 'SKU', sku: 'SKU', title: 'Name', attr_t_colour: 'Colour' },
      ignoredColumns: [],
    });
    expect(productsOf(events)).toMatchObject([
      { id: 'A1', sku: 'A1', title: 'Lamp', attributes: { attr_t_colour: 'Green' } },
    ]);
  });

  it('suggests from the first JSON Lines record, and not when a mapping is given', async () => {
    const jsonl = '{"Product ID":"J1","Product name":"Mug","Weight (g)":"350 g"}\n';
    const suggested = await read('a.jsonl', jsonl, { suggestMapping: true });
    expect(productsOf(suggested)).toMatchObject([
      { id: 'J1', title: 'Mug', attributes: { attr_n_weight__g_: 350 } },
    ]);
    const given = await read('a.jsonl', jsonl, { suggestMapping: true, mapping: {} });
    expect(productsOf(given)).toEqual([]);
  });
});
