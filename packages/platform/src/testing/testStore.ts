// Test stores for the suites of every package above the platform (API, CLI): a small, realistic
// catalog indexed by the default model, on a fresh test database (PGlite or PostgreSQL, as
// TEST_DATABASE_URL says).
import { openTestDatabase } from '@shopsearch/db/testing';
import { createPlatform, type Platform, type PlatformConfig } from '../createPlatform.ts';
import { indexStore } from '../indexing/indexStore.ts';

export const products = [
  {
    id: 'm1',
    title: 'Logitech M185 Wireless Mouse, grey',
    brand: 'Logitech',
    priceMinor: 1499,
    attributes: { attr_t_product_colour: 'Grey', attr_n_weight: 75 },
  },
  {
    id: 'm2',
    title: 'Logitech G502 HERO gaming mouse',
    brand: 'Logitech',
    priceMinor: 4999,
    attributes: { attr_t_product_colour: 'Black', attr_n_weight: 121 },
  },
  {
    id: 'm3',
    title: 'Microsoft Bluetooth Mouse',
    brand: 'Microsoft',
    priceMinor: 2499,
    description: 'Wireless Bluetooth mouse for notebooks',
    attributes: { attr_t_product_colour: 'Black', attr_n_weight: 67 },
  },
  {
    id: 'k1',
    title: 'Logitech K380 multi-device Bluetooth keyboard',
    brand: 'Logitech',
    priceMinor: 3999,
    attributes: { attr_t_product_colour: 'Black' },
  },
  {
    id: 'h1',
    title: 'Sony WH-1000XM4 wireless noise cancelling headphones',
    brand: 'Sony',
    priceMinor: 34999,
    attributes: { attr_t_product_colour: 'Black' },
  },
  {
    id: 'h2',
    title: 'JBL Tune 510BT on-ear headphones',
    brand: 'JBL',
    priceMinor: 4999,
    attributes: { attr_t_product_colour: 'Blue' },
  },
  {
    id: 'p1',
    title: 'HP LaserJet Pro M404dn laser printer',
    brand: 'HP',
    priceMinor: 26900,
    attributes: { attr_t_print_technology: 'Laser printing' },
  },
  {
    id: 'p2',
    title: 'Epson EcoTank ET-2810 inkjet printer',
    brand: 'Epson',
    priceMinor: 19900,
    attributes: { attr_t_print_technology: 'Inkjet' },
  },
  {
    id: 'b1',
    title: 'Duracell Plus AA batteries, 8 pack',
    brand: 'Duracell',
    priceMinor: 899,
    attributes: {},
  },
  {
    id: 'b2',
    title: 'Panasonic eneloop rechargeable AAA batteries',
    brand: 'Panasonic',
    priceMinor: 1299,
    attributes: {},
  },
  {
    id: 'c1',
    title: 'Canon EOS 250D digital camera',
    brand: 'Canon',
    priceMinor: 54900,
    attributes: { attr_t_product_colour: 'Black' },
  },
  {
    id: 'c2',
    title: 'Lowepro camera bag for DSLR',
    brand: 'Lowepro',
    priceMinor: 3999,
    attributes: { attr_t_product_colour: 'Black' },
  },
];

/** A platform on a fresh, migrated test database; `close` drops the database too. */
export async function testPlatform(
  config: Omit<PlatformConfig, 'database'> = {},
): Promise<Platform> {
  return createPlatform({ ...config, database: await openTestDatabase() });
}

/** A store holding the test products, indexed with the default model; returns its id. */
export async function addIndexedStore(platform: Platform, slug: string): Promise<number> {
  const { prisma } = platform.db;
  const store = await prisma.store.create({
    data: {
      slug,
      name: 'Test shop',
      settings: { facetAttributes: ['attr_t_product_colour', 'attr_n_weight'] },
    },
  });
  await prisma.product.createMany({
    data: products.map((p) => ({ storeId: store.id, description: '', ...p, contentHash: p.id })),
  });
  await indexStore(platform, { storeId: store.id, kind: 'full' });
  return store.id;
}
