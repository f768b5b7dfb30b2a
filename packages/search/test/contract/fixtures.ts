// A small catalog that exercises every part of the retriever contract.
import type { SearchDocument } from '../../src/documents.ts';

const base = {
  sku: '',
  description: '',
  availability: 'in_stock',
  releasedAt: null,
  attributes: {},
} as const;

export const TRICKY_BRAND = 'Acme" OR brand = "Logitech';
export const BACKSLASH_BRAND = 'Back\\slash (NOT) [AND]';

export const catalogA: SearchDocument[] = [
  {
    ...base,
    id: 'a1',
    title: 'Logitech M185 wireless mouse',
    brand: 'Logitech',
    description: 'Compact wireless mouse with USB receiver',
    priceMinor: 1999,
    releasedAt: 1_500_000_000,
    attributes: { attr_t_product_colour: 'Grey', attr_n_weight: 75.5, attr_b_plug_and_play: true },
  },
  {
    ...base,
    id: 'a2',
    title: 'Logitech G502 gaming mouse',
    brand: 'Logitech',
    description: 'Wired gaming mouse, adjustable weights',
    priceMinor: 4999,
    releasedAt: 1_600_000_000,
    attributes: { attr_t_product_colour: 'Black', attr_n_weight: 121, attr_b_plug_and_play: true },
  },
  {
    ...base,
    id: 'a3',
    title: 'Microsoft Bluetooth mouse',
    brand: 'Microsoft',
    description: 'Wireless Bluetooth mouse for laptops',
    priceMinor: 2499,
    availability: 'out_of_stock',
    releasedAt: 1_550_000_000,
    attributes: { attr_t_product_colour: 'Black', attr_n_weight: 67 },
  },
  {
    ...base,
    id: 'a4',
    title: 'Sony WH-1000XM4 wireless headphones',
    brand: 'Sony',
    description: 'Noise cancelling over-ear headphones',
    priceMinor: 34999,
    releasedAt: 1_650_000_000,
    attributes: { attr_t_product_colour: 'Black', attr_n_weight: 254, attr_b_plug_and_play: false },
  },
  {
    ...base,
    id: 'a5',
    title: 'HP LaserJet Pro printer',
    brand: 'HP',
    description: 'Monochrome laser printer',
    priceMinor: 19900,
    availability: 'preorder',
    releasedAt: 1_450_000_000,
    attributes: { attr_t_print_technology: 'Laser printing', attr_n_weight: 5600 },
  },
  {
    ...base,
    id: 'a6',
    title: 'Acme quoted mouse mat',
    brand: TRICKY_BRAND,
    description: 'A brand name full of filter syntax',
    priceMinor: 500,
    attributes: { attr_t_product_colour: 'Red "ruby" \\ red' },
  },
  {
    ...base,
    id: 'a7',
    title: 'Backslash mouse pad',
    brand: BACKSLASH_BRAND,
    description: 'Another brand with metacharacters',
    priceMinor: null,
    attributes: {},
  },
];

/** Another store with overlapping words: nothing of it may ever show up in store A. */
export const catalogB: SearchDocument[] = [
  {
    ...base,
    id: 'b1',
    title: 'Logitech MX Master wireless mouse',
    brand: 'Logitech',
    description: 'Store B only',
    priceMinor: 9999,
    attributes: { attr_t_product_colour: 'Graphite' },
  },
  {
    ...base,
    id: 'b2',
    title: 'Zebra wireless headphones',
    brand: 'Zebra',
    description: 'Store B only',
    priceMinor: 100,
    attributes: {},
  },
];
