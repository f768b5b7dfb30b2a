// The raw Icecat records of data/icecat (the four zips, one JSON array each), for benchmarks that
// build queries or synthetic catalogs from the catalog's own text.
import { readZipEntryText } from '@shopsearch/catalog';
import { ICECAT_FILES } from './icecatPaths.ts';

export type IcecatRecord = Record<string, unknown> & {
  id: string;
  name?: string;
  title: string;
  supplier?: string;
  price: number;
};

/** Every record of the bundled Icecat files, in file order. */
export async function readIcecatRecords(files = ICECAT_FILES): Promise<IcecatRecord[]> {
  const records: IcecatRecord[] = [];
  for (const file of files)
    records.push(...(JSON.parse(await readZipEntryText(file)) as IcecatRecord[]));
  return records;
}
