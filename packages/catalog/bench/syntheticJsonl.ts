// Writes a large JSON Lines catalog for the memory benchmark: the Icecat products in our generic
// field names, repeated with fresh ids until the file reaches the requested size.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readZipEntryText } from '../src/source/zipEntry.ts';

type IcecatRecord = Record<string, unknown> & { id: string; price: number };

function toGeneric(record: IcecatRecord, copy: number): Record<string, unknown> {
  const attributes = Object.fromEntries(
    Object.entries(record).filter(([key]) => key.startsWith('attr_')),
  );
  return {
    id: `${record.id}-${copy}`,
    sku: record.name,
    title: record.title,
    description: record.short_description,
    brand: record.supplier,
    price: (record.price / 100).toFixed(2),
    currency: 'USD',
    gtin: record.ean,
    released_at: record.date_released,
    image_url: record.img_500x500,
    attributes,
  };
}

/** Writes at least `targetBytes` to `path`; returns what it wrote. */
export async function writeSyntheticJsonLines(
  icecatZips: string[],
  path: string,
  targetBytes: number,
): Promise<{ bytes: number; rows: number }> {
  const records: IcecatRecord[] = [];
  for (const zip of icecatZips)
    records.push(...(JSON.parse(await readZipEntryText(zip)) as IcecatRecord[]));
  const out = createWriteStream(path);
  let bytes = 0;
  let rows = 0;
  for (let copy = 0; bytes < targetBytes; copy++) {
    for (const record of records) {
      const line = `${JSON.stringify(toGeneric(record, copy))}\n`;
      bytes += Buffer.byteLength(line);
      rows += 1;
      if (!out.write(line)) await once(out, 'drain');
      if (bytes >= targetBytes) break;
    }
  }
  out.end();
  await once(out, 'finish');
  return { bytes, rows };
}
