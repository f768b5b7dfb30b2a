import { describe, expect, it } from 'vitest';
import {
  maxPriceText,
  minorUnitDigits,
  parseDecimalAmount,
  toMinorUnits,
} from '../src/product/price.ts';

function minor(text: string | number, currency = 'USD') {
  const amount = parseDecimalAmount(text);
  if (!amount.ok) return amount.reason;
  const result = toMinorUnits(amount.value, currency);
  return result.ok ? result.value : result.reason;
}

describe('prices in major units become exact minor units', () => {
  it('converts decimals without floating-point error', () => {
    expect(minor('19.99')).toBe(1999);
    expect(minor('0.29')).toBe(29); // 0.29 * 100 is 28.999999999999996 in floating point
    expect(minor('1.005')).toMatch(/more decimal places than USD allows \(2\)/);
    expect(minor('20')).toBe(2000);
    expect(minor('.5')).toBe(50);
    expect(minor('19.990')).toBe(1999);
    expect(minor(' 7 ')).toBe(700);
    expect(minor(19.99)).toBe(1999);
  });

  it('follows the currency: no decimals for JPY, three for BHD', () => {
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minor('1500', 'JPY')).toBe(1500);
    expect(minor('1500.5', 'JPY')).toMatch(/JPY allows \(0\)/);
    expect(minor('1.234', 'BHD')).toBe(1234);
  });

  it('rejects text, signs, separators and amounts beyond the column', () => {
    expect(minor('abc')).toMatch(/must be a decimal number like 19.99 \(got "abc"\)/);
    expect(minor('-5.00')).toMatch(/must not be negative/);
    expect(minor('1,299.00')).toMatch(/must be a decimal number/);
    expect(minor('$5')).toMatch(/must be a decimal number/);
    expect(minor('1e3')).toMatch(/must be a decimal number/);
    expect(minor('21474836.47')).toBe(2_147_483_647);
    expect(minor('21474836.48')).toMatch(/too large/);
  });
});

describe('the largest price, for people', () => {
  it('is written in major units with the currency’s decimals', () => {
    expect(maxPriceText('USD')).toBe('21,474,836.47');
    expect(maxPriceText('JPY')).toBe('2,147,483,647');
    expect(maxPriceText('BHD')).toBe('2,147,483.647');
    expect(minor(maxPriceText('USD').replaceAll(',', ''))).toBe(2_147_483_647);
  });
});
