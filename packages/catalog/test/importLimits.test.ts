// The limits on one import (issue 17): a zip that unpacks to far more than it weighs, a listing
// of many entries, too many rows or columns, too much time, and a caller who went away each stop
// the reading early with a message that says which limit, instead of keeping a core busy.
import { describe, expect, it } from 'vitest';
import {
  ImportCancelledError,
  ImportLimitError,
  importCatalog,
  UnreadableFileError,
} from '../src/index.ts';
import { fileOf } from './helpers/fixtures.ts';
import { useSharedDatabase } from './helpers/sharedDatabase.ts';
import { repetitiveCsv, zipArchive } from '../src/testing/zipArchive.ts';

const shared = useSharedDatabase();
const MiB = 1024 * 1024;

describe('import limits', () => {
  it('refuses a zip bomb by its declared size before unpacking a byte', async () => {
    const bomb = zipArchive([{ name: 'catalog.csv', content: repetitiveCsv(16 * MiB) }]);
    expect(bomb.length).toBeLessThan(MiB);
    const file = await fileOf('bomb.zip', bomb);
    const store = await shared.store();
    const started = performance.now();
    const refusal = importCatalog(shared.db(), {
      store,
      file,
      dryRun: true,
      limits: { maxUnpackedBytes: 4 * MiB },
    });
    await expect(refusal).rejects.toThrow(ImportLimitError);
    await expect(refusal).rejects.toThrow(
      'bomb.zip is too big to import here: it unpacks to more than 4,194,304 bytes. Split the catalog into smaller files.',
    );
    // No unpacking: well under the time 16 MiB of rows take to read.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('stops a zip that understates its size as soon as it unpacks past what it declared', async () => {
    const liar = zipArchive([
      { name: 'catalog.csv', content: repetitiveCsv(16 * MiB), declaredSize: MiB },
    ]);
    const file = await fileOf('liar.zip', liar);
    const report = await importCatalog(shared.db(), {
      store: await shared.store(),
      file,
      dryRun: true,
      limits: { maxUnpackedBytes: 4 * MiB },
    });
    expect(report.fileError).toBeInstanceOf(UnreadableFileError);
    expect(report.rowsRead).toBeLessThan((2 * MiB) / 27);
  });

  it('counts unpacked bytes as they arrive, whatever the headers say', async () => {
    const file = await fileOf('plain.csv', repetitiveCsv(2 * MiB));
    const report = await importCatalog(shared.db(), {
      store: await shared.store(),
      file,
      dryRun: true,
      limits: { maxUnpackedBytes: MiB },
    });
    expect(report.fileError).toBeInstanceOf(ImportLimitError);
    expect(report.fileError?.message).toMatch(/unpacks to more than 1,048,576 bytes/);
    expect(report.rowsRead).toBeLessThan(MiB / 27 + 1);
  });

  it('refuses a zip listing more entries than allowed without listing them', async () => {
    const entries = Array.from({ length: 50 }, (_, i) => ({
      name: `part-${i}.csv`,
      content: Buffer.from('id,title,price\n'),
    }));
    const file = await fileOf('many.zip', zipArchive(entries));
    await expect(
      importCatalog(shared.db(), {
        store: await shared.store(),
        file,
        dryRun: true,
        limits: { maxZipEntries: 10 },
      }),
    ).rejects.toThrow('the zip archive lists 50 entries (at most 10)');
  });

  it('stops at the row and column limits', async () => {
    const store = await shared.store();
    const rows = ['id,title,price', ...Array.from({ length: 30 }, (_, i) => `R${i},Row ${i},1.00`)];
    const tooManyRows = await importCatalog(shared.db(), {
      store,
      file: await fileOf('rows.csv', rows.join('\n')),
      dryRun: true,
      limits: { maxRows: 20 },
    });
    expect(tooManyRows.fileError?.message).toBe(
      'rows.csv is too big to import here: it has more than 20 rows. Split the catalog into smaller files.',
    );
    expect(tooManyRows.rowsRead).toBe(20);

    const wide = ['id', 'title', 'price', ...Array.from({ length: 100 }, (_, i) => `c${i}`)];
    const tooWide = await importCatalog(shared.db(), {
      store,
      file: await fileOf('wide.csv', `${wide.join(',')}\nW1,Wide,1.00${',x'.repeat(100)}\n`),
      dryRun: true,
      limits: { maxColumns: 50 },
    });
    expect(tooWide.fileError?.message).toMatch(/a row has 103 columns \(at most 50\)/);
    expect(tooWide.rowsRead).toBe(0);

    const jsonl = await importCatalog(shared.db(), {
      store,
      file: await fileOf(
        'wide.jsonl',
        JSON.stringify(Object.fromEntries(wide.map((name) => [name, '1']))),
      ),
      dryRun: true,
      limits: { maxColumns: 50 },
    });
    expect(jsonl.fileError).toBeInstanceOf(ImportLimitError);
  });

  it('stops when its time is up, and when its caller has gone', async () => {
    const store = await shared.store();
    const file = await fileOf('slow.csv', repetitiveCsv(4 * MiB));
    const late = await importCatalog(shared.db(), {
      store,
      file,
      dryRun: true,
      limits: { maxMilliseconds: 0 },
    });
    expect(late.fileError?.message).toMatch(/reading it took more than 0 s/);

    const rows = Array.from({ length: 2_000 }, (_, i) => `R${i},Product ${i},1.00`);
    const gone = new AbortController();
    const report = await importCatalog(shared.db(), {
      store,
      file: await fileOf('gone.csv', ['id,title,price', ...rows].join('\n')),
      dryRun: true,
      signal: gone.signal,
      onProgress: () => gone.abort(),
      batchSize: 10,
    });
    expect(report.fileError).toBeInstanceOf(ImportCancelledError);
    expect(report.rowsRead).toBeLessThan(100);
  });
});
