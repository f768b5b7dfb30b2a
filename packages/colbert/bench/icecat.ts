// The Icecat demo catalog and its dev judgments, read straight from data/icecat/*.zip.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';

const DATA_DIR = fileURLToPath(new URL('../../../data/icecat/', import.meta.url));

export interface Product {
  id: string;
  title: string;
  supplier: string;
  short_description: string;
}

/** The text every experiment here encodes: title + supplier + short description. */
export function productText(p: Product): string {
  return [p.title, p.supplier, p.short_description].filter(Boolean).join(' ');
}

function readZipEntry(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.readEntry();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
          stream.on('error', reject);
        });
      });
      zip.on('error', reject);
    });
  });
}

export async function readCatalog(): Promise<Product[]> {
  const parts = await Promise.all(
    [1, 2, 3, 4].map((n) => readZipEntry(`${DATA_DIR}${n}.json.zip`)),
  );
  return parts.flatMap((json) =>
    (JSON.parse(json) as Record<string, unknown>[]).map((p) => ({
      id: String(p.id),
      title: String(p.title ?? ''),
      supplier: String(p.supplier ?? ''),
      short_description: String(p.short_description ?? ''),
    })),
  );
}

/** query → (product id → rating 0..3). */
export function readJudgments(): Map<string, Map<string, number>> {
  const lines = readFileSync(`${DATA_DIR}judgments-dev.csv`, 'utf8').trim().split('\n').slice(1);
  const judgments = new Map<string, Map<string, number>>();
  for (const line of lines) {
    const [query, docId, rating] = line.split(',');
    if (!judgments.has(query!)) judgments.set(query!, new Map());
    judgments.get(query!)!.set(docId!, Number(rating));
  }
  return judgments;
}
