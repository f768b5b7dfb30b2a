// An upload whose header names differ from ours ("Product name", "Cost", "Colour"): the preview
// suggests a mapping instead of calling the file malformed, extra columns become typed attributes,
// bad cells are row errors, and the commit stores what the preview showed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStore, findStore } from '@shopsearch/catalog';
import type { Platform } from '../src/createPlatform.ts';
import { commitUpload, previewUpload } from '../src/uploads/stagedImport.ts';
import { UploadStaging } from '../src/uploads/uploadStaging.ts';
import { testPlatform } from '../src/testing/testStore.ts';

const CSV = [
  'Product ID,Product name,Description,Cost,Colour,Weight (kg),Waterproof',
  'P1,Steel kettle,"Boils 1.7 litres",24.99,Red,1.2,yes',
  'P2,Toaster,,19.50,Black,2 kg,No',
  'P3,Heavy lamp,,5.00,Blue,heavy,maybe',
].join('\n');

let platform: Platform;
let staging: UploadStaging;
let dir: string;
let store: { id: number; slug: string };
const owner = { userId: 7 };

beforeAll(async () => {
  platform = await testPlatform();
  await ensureStore(platform.db, { slug: 'mapped', name: 'Mapped', currency: 'GBP' });
  store = await findStore(platform.db, 'mapped');
  dir = await mkdtemp(join(tmpdir(), 'mapped-upload-'));
  staging = new UploadStaging({ dir, limitBytes: 64 * 1024 });
}, 120_000);
afterAll(async () => {
  await platform?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const deps = () => ({ prisma: platform.db.prisma, uploads: staging, storeChanged: () => {} });

async function stage(text: string) {
  const upload = await staging.receive({ storeId: store.id, ...owner }, 'supplier.csv', [
    new TextEncoder().encode(text),
  ]);
  return { store, ...owner, uploadId: upload.id };
}

describe('an upload with a suggested mapping and typed attributes', () => {
  it('previews with the suggestion, reporting bad cells per row', async () => {
    const preview = await previewUpload(deps(), await stage(CSV));
    expect(preview.suggested).toBe(true);
    expect(preview.fileError).toBeNull();
    expect(preview.mapping).toMatchObject({
      id: 'Product ID',
      title: 'Product name',
      description: 'Description',
      price: 'Cost',
      sku: 'sku',
      attr_t_colour: 'Colour',
      attr_n_weight__kg_: 'Weight (kg)',
      attr_b_waterproof: 'Waterproof',
    });
    expect(preview.ignoredColumns).toEqual([]);
    expect(preview.counts).toMatchObject({ rows: 3, valid: 2, invalid: 1, inserted: 2 });
    expect(preview.errors.map((e) => [e.row, e.field, e.reason])).toEqual([
      [3, 'Weight (kg)', 'must be a number in kg like "12" or "12 kg" (got "heavy")'],
      [3, 'Waterproof', expect.stringMatching(/^must be yes or no .*got "maybe"\)$/)],
    ]);
    expect(preview.sample[1]?.attributes).toEqual({
      attr_t_colour: 'Black',
      attr_n_weight__kg_: 2,
      attr_b_waterproof: false,
    });
  });

  it('calls the file malformed when the merchant asks for our own names only', async () => {
    const preview = await previewUpload(deps(), { ...(await stage(CSV)), mapping: {} });
    expect(preview.suggested).toBe(false);
    expect(preview.fileError).toMatch(/no "id" column/);
    expect(preview.canCommit).toBe(false);
  });

  it('reads a column as the type the merchant chose instead', async () => {
    const mapping = { id: 'Product ID', title: 'Product name', attr_t_weight: 'Weight (kg)' };
    const preview = await previewUpload(deps(), { ...(await stage(CSV)), mapping });
    expect(preview.counts).toMatchObject({ valid: 3, invalid: 0 });
    expect(preview.sample[2]?.attributes).toEqual({ attr_t_weight: 'heavy' });
    expect(preview.ignoredColumns).toEqual(['Description', 'Cost', 'Colour', 'Waterproof']);
  });

  it('commits what the preview showed, typed attributes included', async () => {
    const result = await commitUpload(deps(), await stage(CSV));
    expect(result).toMatchObject({ rows: 3, inserted: 2, invalid: 1 });
    const stored = await platform.db.prisma.product.findMany({
      where: { storeId: store.id },
      orderBy: { id: 'asc' },
      select: { id: true, title: true, priceMinor: true, attributes: true },
    });
    expect(stored).toEqual([
      {
        id: 'P1',
        title: 'Steel kettle',
        priceMinor: 2499,
        attributes: { attr_t_colour: 'Red', attr_n_weight__kg_: 1.2, attr_b_waterproof: true },
      },
      {
        id: 'P2',
        title: 'Toaster',
        priceMinor: 1950,
        attributes: { attr_t_colour: 'Black', attr_n_weight__kg_: 2, attr_b_waterproof: false },
      },
    ]);
    const kinds = await platform.db.prisma.storeAttribute.findMany({
      where: { storeId: store.id },
      orderBy: { name: 'asc' },
      select: { name: true, kind: true },
    });
    expect(kinds).toEqual([
      { name: 'attr_b_waterproof', kind: 'boolean' },
      { name: 'attr_n_weight__kg_', kind: 'numeric' },
      { name: 'attr_t_colour', kind: 'text' },
    ]);
  });
});
