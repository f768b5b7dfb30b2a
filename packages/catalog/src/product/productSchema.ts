// The one place where a draft becomes a product: every format's rows pass through this schema,
// which cleans text (see text-normalization.ts), applies the limits (limits.ts), maps
// availability spellings and converts prices. Issues carry the draft field as their path.
// The enums alone: a reading worker must not load the database client.
import { Availability } from '@shopsearch/db/enums';
import { z } from 'zod';
import { parseAttributeMap } from './attributeMap.ts';
import { AVAILABILITY_VALUES, parseAvailability } from './availability.ts';
import { isKnownCurrency } from './currency.ts';
import type { CatalogProduct } from './catalogProduct.ts';
import {
  asList,
  asText,
  describeValue,
  parseDate,
  parseGtins,
  parseImageUrl,
  tooLong,
  type Parsed,
} from './fieldParsers.ts';
import { LIMITS } from './limits.ts';
import { parseDecimalAmount, toMinorUnits, type DecimalAmount } from './price.ts';
import { normalizeIdentifier, normalizeLine, normalizeParagraphs } from './textNormalization.ts';

/** A zod field whose parsing is a plain function; runs even when the key is absent. */
function field<T>(parse: (value: unknown) => Parsed<T>) {
  return z.preprocess((value, ctx) => {
    const result = parse(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  }, z.custom<T>());
}

function text(normalize: (s: string) => string, limit: number, required = false) {
  return field((value) => {
    const raw = asText(value);
    if (!raw.ok) return raw;
    const clean = normalize(raw.value);
    if (required && clean === '') return { ok: false, reason: 'is required' };
    if (clean.length > limit) return { ok: false, reason: tooLong(clean.length, limit) };
    return { ok: true, value: clean };
  });
}

function optional<T>(parse: (text: string) => Parsed<T>) {
  return field((value): Parsed<T | null> => {
    const raw = asText(value);
    if (!raw.ok) return raw;
    const clean = normalizeIdentifier(raw.value);
    return clean === '' ? { ok: true, value: null } : parse(clean);
  });
}

function parseCategoryPath(value: unknown): Parsed<string[]> {
  const list = asList(value, />/);
  if (!list.ok) return list;
  const path: string[] = [];
  for (const item of list.value) {
    if (typeof item !== 'string')
      return { ok: false, reason: `must list names as text (got ${describeValue(item)})` };
    const name = normalizeLine(item);
    if (name.length > LIMITS.categoryName)
      return { ok: false, reason: `has a level that ${tooLong(name.length, LIMITS.categoryName)}` };
    if (name !== '') path.push(name);
  }
  return path.length > LIMITS.categoryLevels
    ? { ok: false, reason: `is deeper than ${LIMITS.categoryLevels} levels` }
    : { ok: true, value: path };
}

function parseCurrency(code: string): Parsed<string> {
  const upper = code.toUpperCase();
  return isKnownCurrency(upper)
    ? { ok: true, value: upper }
    : { ok: false, reason: `must be an ISO 4217 code like USD (got "${code}")` };
}

function parseAmount(value: unknown): Parsed<DecimalAmount | null> {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return { ok: true, value: null };
  }
  return typeof value === 'string' || typeof value === 'number'
    ? parseDecimalAmount(value)
    : { ok: false, reason: `must be a decimal number like 19.99 (got ${describeValue(value)})` };
}

function parseMinorAmount(value: unknown): Parsed<number | null> {
  if (value === undefined || value === null) return { ok: true, value: null };
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return { ok: false, reason: `must be a whole number of cents (got ${describeValue(value)})` };
  }
  if (value < 0) return { ok: false, reason: `must not be negative (got ${value})` };
  return value > LIMITS.priceMinor
    ? { ok: false, reason: `is too large (got ${value})` }
    : { ok: true, value };
}

function parseAvailabilityText(text: string): Parsed<Availability> {
  const availability = parseAvailability(text);
  return availability
    ? { ok: true, value: availability }
    : { ok: false, reason: `must be one of ${AVAILABILITY_VALUES.join(', ')} (got "${text}")` };
}

const attributes = z.preprocess((value, ctx) => {
  const result = parseAttributeMap(value);
  if (result.ok) return result.value;
  for (const issue of result.issues) {
    ctx.addIssue({ code: 'custom', message: issue.reason, path: issue.name ? [issue.name] : [] });
  }
  return z.NEVER;
}, z.custom<CatalogProduct['attributes']>());

/** Validates drafts into products; `defaultCurrency` (the store's) applies when a row names none. */
export function createProductSchema(defaultCurrency: string) {
  return z
    .object({
      id: text(normalizeIdentifier, LIMITS.id, true),
      sku: text(normalizeIdentifier, LIMITS.sku),
      title: text(normalizeLine, LIMITS.title, true),
      description: text(normalizeParagraphs, LIMITS.description),
      brand: text(normalizeLine, LIMITS.brand),
      categoryPath: field(parseCategoryPath),
      price: field(parseAmount),
      priceMinor: field(parseMinorAmount),
      currency: optional(parseCurrency),
      imageUrl: optional(parseImageUrl),
      availability: optional(parseAvailabilityText),
      gtins: field((value) => {
        const list = asList(value, /[\s,;|]+/);
        return list.ok ? parseGtins(list.value, normalizeIdentifier) : list;
      }),
      releasedAt: optional(parseDate),
      attributes,
    })
    .transform(({ price, priceMinor, ...product }, ctx): CatalogProduct => {
      const currency = product.currency ?? defaultCurrency;
      let minor = priceMinor;
      if (price) {
        const converted = toMinorUnits(price, currency);
        if (!converted.ok) {
          ctx.addIssue({ code: 'custom', message: converted.reason, path: ['price'] });
          return z.NEVER;
        }
        minor = converted.value;
      }
      return {
        ...product,
        currency,
        priceMinor: minor,
        availability: product.availability ?? Availability.in_stock,
      };
    });
}

export type ProductSchema = ReturnType<typeof createProductSchema>;
