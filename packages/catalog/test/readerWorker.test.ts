// Reading in a worker thread (issue 17): the importing thread, a web server's, keeps answering
// while a hostile file is parsed or inflated, the report is the one reading in that thread gives,
// and stopping (the caller gone, the time up) ends the worker even in the middle of a chunk.
import { describe, expect, it } from 'vitest';
import {
  ImportCancelledError,
  ImportLimitError,
  importCatalog,
  MalformedFileError,
  type ImportOptions,
  type ImportReport,
} from '../src/index.ts';
import { fileOf, fixture } from './helpers/fixtures.ts';
import { useSharedDatabase } from './helpers/sharedDatabase.ts';
import { repetitiveCsv, zipArchive } from '../src/testing/zipArchive.ts';

const shared = useSharedDatabase();
const MiB = 1024 * 1024;

/**
 * A header of 100,000 columns (300,000 to be sure a stop comes while it is parsed): csv-parse spends
 * seconds in single calls looking for its line ending before the header is refused.
 */
const wideHeader = (columns = 100_000) =>
  `id,title,price,${Array.from({ length: columns }, (_, i) => `c${i}`).join(',')}\nW1,Wide,1.00\n`;

/** Runs `work` while a timer ticks every 5 ms on this thread; the longest gap between ticks. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const ticking = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    stallMs = Math.max(stallMs, performance.now() - last);
    return { result, stallMs };
  } finally {
    clearInterval(ticking);
  }
}

/** A report as data: its error by class and message. */
function comparable(report: ImportReport) {
  const { fileError, ...rest } = report;
  return { ...rest, fileError: fileError && [fileError.constructor.name, fileError.message] };
}

async function bothWays(options: Omit<ImportOptions, 'store'>) {
  const inThread = await importCatalog(shared.db(), { ...options, store: await shared.store() });
  const inWorker = await importCatalog(shared.db(), {
    ...options,
    store: await shared.store(),
    readInWorker: 'source',
  });
  return { inThread: comparable(inThread), inWorker: comparable(inWorker) };
}

describe('reading in a worker thread', () => {
  it('reports what reading in this thread reports, row errors and file errors included', async () => {
    const files = [
      fixture('bad-rows.csv'),
      fixture('icecat-sample.json'),
      await fileOf('truncated.json', '[{"id": "A1", "title": "One", "price": "1.00"}, {"id"'),
      await fileOf('lines.jsonl', '{"id":"J1","title":"Line","price":"2"}\nnot json\n'),
    ];
    for (const file of files) {
      const { inThread, inWorker } = await bothWays({ file, dryRun: true, sampleSize: 3 });
      expect(inWorker.store).not.toBe(inThread.store);
      expect({ ...inWorker, store: '' }).toEqual({ ...inThread, store: '' });
    }
  });

  it('refuses a broken file before reading with the same error', async () => {
    const empty = await fileOf('empty.csv', '');
    const refusal = importCatalog(shared.db(), {
      store: await shared.store(),
      file: empty,
      readInWorker: 'source',
    });
    await expect(refusal).rejects.toThrow('empty.csv is empty (0 bytes)');
    const many = zipArchive([
      { name: 'a.csv', content: Buffer.from('id\n') },
      { name: 'b.csv', content: Buffer.from('id\n') },
    ]);
    await expect(
      importCatalog(shared.db(), {
        store: await shared.store(),
        file: await fileOf('two.zip', many),
        readInWorker: 'source',
        limits: { maxZipEntries: 1 },
      }),
    ).rejects.toThrow(ImportLimitError);
  });

  it('keeps this thread answering while a 100,000-column header is refused', async () => {
    const file = await fileOf('wide.csv', wideHeader());
    const inThread = await importCatalog(shared.db(), {
      store: await shared.store(),
      file,
      dryRun: true,
    });
    const store = await shared.store();
    const { result, stallMs } = await longestStall(() =>
      importCatalog(shared.db(), { store, file, dryRun: true, readInWorker: 'source' }),
    );
    expect(result.fileError).toBeInstanceOf(MalformedFileError);
    expect(result.fileError?.message).toBe(
      'wide.csv is malformed: the header has 100,003 columns; at most 2,000 are read.',
    );
    expect(comparable({ ...result, store: inThread.store })).toEqual(comparable(inThread));
    expect(stallMs).toBeLessThan(250);
  });

  it('keeps this thread answering while a zip inflates to 3 MiB within the limits', async () => {
    const bomb = zipArchive([{ name: 'catalog.csv', content: repetitiveCsv(3 * MiB) }]);
    const file = await fileOf('inflating.zip', bomb);
    const store = await shared.store();
    const { result, stallMs } = await longestStall(() =>
      importCatalog(shared.db(), {
        store,
        file,
        dryRun: true,
        readInWorker: 'source',
        limits: { maxUnpackedBytes: 4 * MiB },
      }),
    );
    // One product repeated: the first row is valid, every other one repeats its id.
    expect(result.fileError).toBeUndefined();
    expect(result.inserted).toBe(1);
    expect(result.invalid).toBe(result.rowsRead - 1);
    expect(result.rowsRead).toBeGreaterThan(100_000);
    expect(stallMs).toBeLessThan(250);
  });

  it('ends the worker at once when the caller goes, even in the middle of one chunk', async () => {
    const file = await fileOf('wider.csv', wideHeader(300_000));
    const gone = new AbortController();
    const started = performance.now();
    setTimeout(() => gone.abort(), 100);
    const report = await importCatalog(shared.db(), {
      store: await shared.store(),
      file,
      dryRun: true,
      readInWorker: 'source',
      signal: gone.signal,
    });
    expect(report.fileError).toBeInstanceOf(ImportCancelledError);
    expect(report.fileError?.message).toBe('Reading wider.csv was cancelled.');
    expect(report.rowsRead).toBe(0);
    // Parsing that header takes far longer (13 s in one call of csv-parse on this machine under
    // load); starting the worker from TypeScript source takes a few.
    expect(performance.now() - started).toBeLessThan(8_000);
  });

  it('ends the worker when the time is up, with the time limit named', async () => {
    const file = await fileOf('wider.csv', wideHeader(300_000));
    const started = performance.now();
    const report = await importCatalog(shared.db(), {
      store: await shared.store(),
      file,
      dryRun: true,
      readInWorker: 'source',
      limits: { maxMilliseconds: 200 },
    });
    expect(report.fileError).toBeInstanceOf(ImportLimitError);
    expect(report.fileError?.message).toBe(
      'wider.csv is too big to import here: reading it took more than 0.2 s. Split the catalog into smaller files.',
    );
    expect(performance.now() - started).toBeLessThan(8_000);
  });
});
