// Reads the one file inside a zip archive as a stream, without unpacking it to disk (or whole, as
// text, for tools that load a bundled catalog such as data/icecat).
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { EmptyFileError } from '../errors/emptyFileError.ts';
import type { ImportGuard } from '../import/importLimits.ts';
import { MalformedFileError } from '../errors/malformedFileError.ts';
import { UnsupportedFileError } from '../errors/unsupportedFileError.ts';

export interface ZipEntrySource {
  entryName: string;
  uncompressedSize: number;
  stream: Readable;
  close(): void;
}

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    ),
  );
}

/** Files only: directories and the metadata macOS adds (__MACOSX/, ._name) do not count. */
function isContentFile(entry: Entry): boolean {
  const name = entry.fileName;
  return !name.endsWith('/') && !name.startsWith('__MACOSX/') && !/(^|\/)\._/.test(name);
}

function listFiles(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const files: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      if (isContentFile(entry)) files.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(files));
    zip.once('error', reject);
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))),
  );
}

/** Opens the single file inside `path`; throws when the archive is broken or holds another count. */
export async function openSingleZipEntry(
  path: string,
  displayName: string,
  guard: ImportGuard,
): Promise<ZipEntrySource> {
  let zip: ZipFile;
  let files: Entry[];
  const unreadable = (error: unknown) =>
    new MalformedFileError({
      file: displayName,
      reason: `it is not a readable zip archive (${(error as Error).message})`,
    });
  try {
    zip = await openZip(path);
  } catch (error) {
    throw unreadable(error);
  }
  try {
    // The directory's count is read first: listing a million entries is work of its own.
    guard.checkZipEntries(zip.entryCount);
    files = await listFiles(zip).catch((error: unknown) => {
      throw unreadable(error);
    });
    if (files.length !== 1) {
      throw new UnsupportedFileError(
        displayName,
        `the zip archive holds ${files.length} files, but it must hold exactly one`,
      );
    }
    const entry = files[0]!;
    if (entry.uncompressedSize === 0)
      throw new EmptyFileError(`${displayName} (${entry.fileName})`);
    // The declared size refuses an honest bomb at once; a lying one is counted as it unpacks.
    guard.checkUnpackedBytes(entry.uncompressedSize);
    const stream = await openEntry(zip, entry);
    return {
      entryName: entry.fileName,
      uncompressedSize: entry.uncompressedSize,
      stream,
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

/** The single file inside `path`, whole, as UTF-8 text; throws when the archive holds another count. */
export async function readZipEntryText(path: string): Promise<string> {
  const zip = await openZip(path);
  try {
    const files = await listFiles(zip);
    if (files.length !== 1) throw new Error(`${path} holds ${files.length} files, not one`);
    const chunks: Buffer[] = [];
    for await (const chunk of await openEntry(zip, files[0]!)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    zip.close();
  }
}
