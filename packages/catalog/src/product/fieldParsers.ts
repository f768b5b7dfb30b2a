// Field-level parsers used by the product schema. Each returns the cleaned value or a reason
// phrased to follow the field name ("price must not be negative").
import { LIMITS } from './limits.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

export function describeValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function tooLong(length: number, limit: number): string {
  return `is ${length.toLocaleString('en-US')} characters long; the limit is ${limit.toLocaleString('en-US')}`;
}

/** Absent, null and numbers (ids are often numeric in JSON) become text; anything else fails. */
export function asText(value: unknown): Parsed<string> {
  if (value === undefined || value === null) return ok('');
  if (typeof value === 'string') return ok(value);
  if (typeof value === 'number' && Number.isFinite(value)) return ok(String(value));
  return fail(`must be text (got ${describeValue(value)})`);
}

/** A list given as an array or as one delimited string. */
export function asList(value: unknown, separator: RegExp): Parsed<unknown[]> {
  if (value === undefined || value === null) return ok([]);
  if (Array.isArray(value)) return ok(value);
  if (typeof value === 'string') return ok(value.split(separator));
  return fail(`must be a list (got ${describeValue(value)})`);
}

const GTIN = /^\d{8,14}$/;

/** GTIN-8/12/13/14 as digits; the check digit is not verified. Duplicates collapse. */
export function parseGtins(items: unknown[], normalize: (s: string) => string): Parsed<string[]> {
  const gtins: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') {
      return fail(
        `must list GTINs as text, since numbers lose leading zeros (got ${describeValue(item)})`,
      );
    }
    const gtin = normalize(item);
    if (gtin === '') continue;
    if (!GTIN.test(gtin)) return fail(`has "${gtin}", which is not 8 to 14 digits`);
    if (!gtins.includes(gtin)) gtins.push(gtin);
  }
  return gtins.length > LIMITS.gtins ? fail(`has more than ${LIMITS.gtins} GTINs`) : ok(gtins);
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** ISO 8601 date or date-time; without a zone it is read as UTC. Impossible dates fail. */
export function parseDate(text: string): Parsed<Date> {
  const match = ISO_DATE.exec(text);
  if (!match) return fail(`must be an ISO 8601 date like 2020-01-31 (got "${text}")`);
  const [, year, month, day] = match.map(Number);
  // JavaScript rolls 2021-02-30 over to March 2nd; check the calendar first.
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth) {
    return fail(`is not a real date (got "${text}")`);
  }
  const iso = text.replace(' ', 'T');
  const hasTime = match[4] !== undefined;
  const hasZone = match[7] !== undefined;
  const date = new Date(!hasTime ? `${iso}T00:00:00Z` : hasZone ? iso : `${iso}Z`);
  return Number.isNaN(date.getTime()) ? fail(`is not a real date (got "${text}")`) : ok(date);
}

/** Absolute http(s) URL. */
export function parseImageUrl(text: string): Parsed<string> {
  if (text.length > LIMITS.imageUrl) return fail(tooLong(text.length, LIMITS.imageUrl));
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail(`must be an absolute http(s) URL (got "${text}")`);
  }
  return url.protocol === 'http:' || url.protocol === 'https:'
    ? ok(text)
    : fail(`must be an http(s) URL (got "${text}")`);
}
