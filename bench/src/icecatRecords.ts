// The raw Icecat records of data/icecat (the four zips, one JSON array each), for benchmarks that
// build queries or synthetic catalogs from the catalog's own text.
import yauzl from 'yauzl';
import { ICECAT_FILES } from './icecatPaths.ts';

export type IcecatRecord = Record<string, unknown> & {
  id: string;
  name?: string;
  title: string;
  supplier?: string;
  price: number;
};

function readFirstEntry(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.once('entry', (entry) =>
        zip.openReadStream(entry, async (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(chunk as Buffer);
          zip.close();
          resolve(Buffer.concat(chunks).toString('utf8'));
        }),
      );
      zip.readEntry();
    });
  });
}

/** Every record of the bundled Icecat files, in file order. */
export async function readIcecatRecords(files = ICECAT_FILES): Promise<IcecatRecord[]> {
  const records: IcecatRecord[] = [];
  for (const file of files)
    records.push(...(JSON.parse(await readFirstEntry(file)) as IcecatRecord[]));
  return records;
}
