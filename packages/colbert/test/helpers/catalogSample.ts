import { readCatalog, productText } from '../../bench/icecat.ts';

let sample: Promise<string[]> | null = null;

/** Every 40th Icecat product as title + supplier + short description (~485 texts). */
export function catalogSample(): Promise<string[]> {
  sample ??= readCatalog().then((products) =>
    products.filter((_, i) => i % 40 === 0).map(productText),
  );
  return sample;
}
