// Believable variants of the Icecat products, for catalogs of any size: product i is record
// i mod R of the R Icecat records; its first copy is the record itself, later copies are variants
// of it with another model number, colour, capacity, price, release date and barcode, the title,
// description and attributes changed to match. Everything comes from a generator seeded by
// (seed, i), so a product does not depend on how many were generated before it, and the same seed
// gives the same bytes.
import type { IcecatRecord } from '../icecatRecords.ts';
import { seededRandom } from '@shopsearch/eval';

const COLOURS = [
  'Black',
  'White',
  'Silver',
  'Grey',
  'Blue',
  'Red',
  'Green',
  'Gold',
  'Pink',
  'Purple',
  'Yellow',
  'Orange',
  'Graphite',
  'Champagne',
];
const COLOUR_WORD = new RegExp(`\\b(${COLOURS.join('|')})\\b`, 'i');
const GB_LADDER = [2, 4, 8, 16, 32, 64, 128, 256, 512, 1000, 2000, 4000, 8000];
const CAPACITY = /\b(\d+(?:\.\d+)?) ?(GB|TB)\b/;
const DAY_MS = 86_400_000;

/** A product in the generic field names of the CSV / JSON Lines import (catalog's column mapping). */
export interface GenericProduct {
  id: string;
  sku?: string;
  title: string;
  description?: string;
  brand?: string;
  price: string;
  currency: string;
  gtin?: string[];
  released_at?: string;
  image_url?: string;
  attributes: Record<string, unknown>;
}

function attributesOf(record: IcecatRecord): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => key.startsWith('attr_')));
}

function original(record: IcecatRecord): GenericProduct {
  return {
    id: record.id,
    ...(record.name ? { sku: record.name } : {}),
    title: record.title,
    ...(typeof record.short_description === 'string'
      ? { description: record.short_description }
      : {}),
    ...(record.supplier ? { brand: record.supplier } : {}),
    price: (record.price / 100).toFixed(2),
    currency: 'USD',
    ...(Array.isArray(record.ean) ? { gtin: record.ean as string[] } : {}),
    ...(typeof record.date_released === 'string' ? { released_at: record.date_released } : {}),
    ...(typeof record.img_500x500 === 'string' ? { image_url: record.img_500x500 } : {}),
    attributes: attributesOf(record),
  };
}

/**
 * A sibling model code: in each word of the code with three digits or more, every digit redrawn
 * except the first of each run, which usually names the series or generation ("dv7-1211ea" →
 * "dv7-1584ea", "ProBook 4330s" → "ProBook 4917s"). Letters stay (series, regions), and so do
 * short numbers, which are more often standards and sizes than models ("RJ45", "Cat6").
 */
function newModelCode(random: () => number, code: string): string {
  return code.replace(/\S+/g, (word) =>
    (word.match(/\d/g) ?? []).length < 3
      ? word
      : word.replace(
          /(\d)(\d+)/g,
          (_, first: string, rest: string) =>
            first + rest.replace(/\d/g, () => String(Math.floor(random() * 10))),
        ),
  );
}

/** A valid EAN-13 (the 13th digit is the checksum of the first 12). */
function newEan(random: () => number): string {
  const digits = Array.from({ length: 12 }, (_, i) => (i === 0 ? 5 : Math.floor(random() * 10)));
  const sum = digits.reduce((s, d, i) => s + d * (i % 2 ? 3 : 1), 0);
  return [...digits, (10 - (sum % 10)) % 10].join('');
}

function gigabytes(amount: number, unit: string): number {
  return unit === 'TB' ? amount * 1000 : amount;
}

function capacityText(gb: number): string {
  return gb >= 1000 ? `${gb / 1000} TB` : `${gb} GB`;
}

type Replace = (text: string) => string;

function replaceEverywhere(product: GenericProduct, replace: Replace): void {
  product.title = replace(product.title);
  if (product.description) product.description = replace(product.description);
  for (const [key, value] of Object.entries(product.attributes))
    if (typeof value === 'string') product.attributes[key] = replace(value);
}

/** Copy `copy` (≥ 1) of `record`: a sibling model that could sit next to it on a shelf. */
function variant(record: IcecatRecord, copy: number, random: () => number): GenericProduct {
  const product = original(record);
  product.id = `${record.id}-v${copy}`;
  let priceFactor = 0.85 + random() * 0.35;

  if (record.name && record.name.length >= 3) {
    const code = newModelCode(random, record.name);
    replaceEverywhere(product, (text) => text.split(record.name!).join(code));
    product.sku = code;
  }

  const colour = COLOUR_WORD.exec(product.title)?.[1];
  const newColour = COLOURS[Math.floor(random() * COLOURS.length)]!;
  if (colour && newColour.toLowerCase() !== colour.toLowerCase()) {
    // Written as the title writes it: "Black" → "Blue", "blue" → "black".
    const word = new RegExp(`\\b${colour}\\b`, 'gi');
    replaceEverywhere(product, (text) =>
      text.replace(word, (found) =>
        found === found.toLowerCase() ? newColour.toLowerCase() : newColour,
      ),
    );
  } else if (!colour && random() < 0.3) {
    product.title = `${product.title} ${newColour}`;
    product.attributes.attr_t_colour = newColour;
  }

  const capacity = CAPACITY.exec(product.title);
  if (capacity) {
    const gb = gigabytes(Number(capacity[1]), capacity[2]!);
    const rung = GB_LADDER.findIndex((g) => g >= gb);
    if (rung >= 0) {
      const step = random() < 0.5 ? -1 : 1;
      const next = GB_LADDER[rung + step];
      if (next) {
        const from = capacity[0];
        replaceEverywhere(product, (text) => text.split(from).join(capacityText(next)));
        priceFactor *= step > 0 ? 1.25 : 0.8;
      }
    }
  }

  // Prices end in .99 as shops set them; never below 1.
  const price = Math.max(1, Math.round((record.price / 100) * priceFactor)) - 0.01;
  product.price = price.toFixed(2);
  if (product.gtin) product.gtin = [newEan(random)];
  if (product.released_at) {
    const released = Date.parse(product.released_at);
    if (Number.isFinite(released)) {
      // Later copies come out later: a refresh every few months, a few weeks either way.
      const days = copy * 120 + Math.round((random() - 0.5) * 60);
      product.released_at = new Date(released + days * DAY_MS).toISOString();
    }
  }
  return product;
}

/** Product `index` (0-based) of the catalog made from `records` with `seed`. */
export function catalogProduct(
  records: readonly IcecatRecord[],
  index: number,
  seed: number,
): GenericProduct {
  const record = records[index % records.length]!;
  const copy = Math.floor(index / records.length);
  if (copy === 0) return original(record);
  return variant(record, copy, seededRandom(Math.imul(seed, 0x9e3779b1) ^ index));
}

/** The catalog's JSON Lines, one product a line, from product `start` to `end` (exclusive). */
export function* catalogLines(
  records: readonly IcecatRecord[],
  seed: number,
  end: number,
  start = 0,
): Generator<string> {
  for (let i = start; i < end; i++) yield `${JSON.stringify(catalogProduct(records, i, seed))}\n`;
}
