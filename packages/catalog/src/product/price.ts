// Prices arrive as decimals in major units ("19.99" dollars) and are stored as integers in minor
// units (1999 cents). The conversion works on the digits, never through floating point, so "0.29"
// is 29 and not 28.999999999999996.
import type { Parsed } from './fieldParsers.ts';
import { LIMITS } from './limits.ts';

/** A non-negative decimal split at the dot, trailing fraction zeros removed. */
export interface DecimalAmount {
  text: string;
  whole: string;
  fraction: string;
}

const DECIMAL = /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/;

/**
 * Reads "19.99", "20", "0.5", ".5" or a JSON number (through its shortest decimal form). Signs,
 * thousands separators, exponents and currency symbols are rejected.
 */
export function parseDecimalAmount(value: string | number): Parsed<DecimalAmount> {
  const text = String(value).trim();
  if (/^-\d*\.?\d/.test(text)) return { ok: false, reason: `must not be negative (got "${text}")` };
  const match = DECIMAL.exec(text);
  if (!match) return { ok: false, reason: `must be a decimal number like 19.99 (got "${text}")` };
  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? match[3] ?? '').replace(/0+$/, '');
  return { ok: true, value: { text, whole, fraction } };
}

/** Decimal places of a currency's minor unit (USD 2, JPY 0, BHD 3), from the runtime's ICU data. */
export function minorUnitDigits(currency: string): number {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  return format.resolvedOptions().maximumFractionDigits ?? 2;
}

/** 19.99 USD → 1999; more decimal places than the currency has is an error, not a rounding. */
export function toMinorUnits(amount: DecimalAmount, currency: string): Parsed<number> {
  const digits = minorUnitDigits(currency);
  if (amount.fraction.length > digits) {
    return {
      ok: false,
      reason: `has more decimal places than ${currency} allows (${digits}) (got "${amount.text}")`,
    };
  }
  const minor = Number(amount.whole + amount.fraction.padEnd(digits, '0'));
  return minor <= LIMITS.priceMinor
    ? { ok: true, value: minor }
    : { ok: false, reason: `is too large (got "${amount.text}")` };
}

/** The largest price a product can have, as people write it: "21,474,836.47" for USD. */
export function maxPriceText(currency: string): string {
  const digits = minorUnitDigits(currency);
  const text = String(LIMITS.priceMinor);
  const whole = Number(text.slice(0, text.length - digits)).toLocaleString('en');
  return digits ? `${whole}.${text.slice(-digits)}` : whole;
}
