// Prices are typed in major units ("19.99") and stored in minor units (1999), with as many
// decimals as the currency has (JPY none, BHD three). Converted digit by digit, never through
// floating point. A sign is let through: the API refuses negative prices and says so by the field.
// A price beyond what the database holds is stopped here, with the limit in the units typed.
import { LIMITS, maxPriceText } from '@shopsearch/catalog/browser';
import { currencyDigits } from '../storefront/money';

export type PriceInput = { ok: true; minor: number | null } | { ok: false; message: string };

const DECIMAL = /^(-?)(\d*)(?:\.(\d*))?$/;

/** "19.99" → 1999 (USD); "" → null (price on request). */
export function parsePriceInput(text: string, currency: string): PriceInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, minor: null };
  const match = DECIMAL.exec(trimmed);
  const [, sign = '', whole = '', fraction = ''] = match ?? [];
  if (!match || (whole === '' && fraction === '')) {
    return { ok: false, message: 'Enter a price like 19.99, or leave it empty.' };
  }
  const digits = currencyDigits(currency);
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `${currency} prices have no decimals.`
          : `${currency} prices have at most ${digits} decimal${digits === 1 ? '' : 's'}.`,
    };
  }
  const minor = Number(`${whole || '0'}${significant.padEnd(digits, '0')}`);
  if (minor > LIMITS.priceMinor) {
    return {
      ok: false,
      message: `A price in ${currency} can be at most ${maxPriceText(currency)}.`,
    };
  }
  return { ok: true, minor: sign && minor !== 0 ? -minor : minor };
}

/** 1999 → "19.99" (USD), 1500 → "1500" (JPY), null → "". */
export function formatPriceInput(minor: number | null, currency: string): string {
  if (minor === null) return '';
  const digits = currencyDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const padded = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0
    ? `${sign}${padded}`
    : `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}
