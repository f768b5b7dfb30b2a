// Prices travel in minor units (cents); shoppers read and type major units (dollars). The number
// of decimals comes from the currency (JPY has none), and one fixed locale keeps the server's and
// the browser's rendering identical.
const LOCALE = 'en-US';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string): Intl.NumberFormat {
  let f = formatters.get(currency);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, { style: 'currency', currency });
    formatters.set(currency, f);
  }
  return f;
}

/** Decimal places of the currency's minor unit (2 for USD, 0 for JPY). */
export function currencyDigits(currency: string): number {
  return formatter(currency).resolvedOptions().maximumFractionDigits ?? 2;
}

export function minorToMajor(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}

export function majorToMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** currencyDigits(currency));
}

/** "$14.99" from 1499 USD; null prices are "Price on request". */
export function formatPrice(minor: number | null, currency: string): string {
  if (minor === null) return 'Price on request';
  return formatter(currency).format(minorToMajor(minor, currency));
}
