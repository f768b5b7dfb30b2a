// Opens an import file as a stream of bytes and settles its format: plain files are read from
// disk, zip archives through their single entry, both without loading the file into memory.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { CatalogError } from '../errors/catalogError.ts';
import { EmptyFileError } from '../errors/emptyFileError.ts';
import { UnreadableFileError } from '../errors/unreadableFileError.ts';
import { ImportGuard } from '../import/importLimits.ts';
import { detectFormat, type CatalogFormat } from './catalogFormat.ts';
import { openSingleZipEntry } from './zipEntry.ts';

export interface CatalogSource {
  /** The file's name as messages show it. */
  displayName: string;
  format: CatalogFormat;
  /** Bytes of content (uncompressed for a zip); progress is measured against it. */
  totalBytes: number;
  /** The content; can be iterated once. */
  bytes: AsyncIterable<Uint8Array>;
  close(): void;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

async function startsWithZipSignature(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && ZIP_SIGNATURE.every((byte, i) => buffer[i] === byte);
  } finally {
    await handle.close();
  }
}

async function sizeOf(path: string, displayName: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UnreadableFileError(displayName, 'it is a directory');
    return info.size;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableFileError(
      displayName,
      code === 'ENOENT' ? 'there is no such file' : (error as Error).message,
    );
  }
}

/** Peeks at the first chunk to detect the format, then hands the whole stream on. */
async function fromStream(
  displayName: string,
  innerName: string,
  totalBytes: number,
  stream: Readable,
  release: () => void,
  requested: CatalogFormat | undefined,
  guard: ImportGuard,
): Promise<CatalogSource> {
  const close = () => {
    stream.destroy();
    release();
  };
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  let first: IteratorResult<Uint8Array>;
  let format: CatalogFormat;
  try {
    first = await chunks.next();
    format = detectFormat(
      displayName,
      innerName,
      first.done ? new Uint8Array(0) : first.value,
      requested,
    );
  } catch (error) {
    close();
    throw error;
  }
  async function* bytes(): AsyncGenerator<Uint8Array> {
    let read = 0;
    try {
      for (let next = first; !next.done; next = await chunks.next()) {
        read += next.value.length;
        guard.checkUnpackedBytes(read);
        guard.checkRunning();
        yield next.value;
      }
    } catch (error) {
      if (error instanceof CatalogError) throw error;
      throw new UnreadableFileError(
        displayName,
        `reading stopped after ${read.toLocaleString('en-US')} bytes (${(error as Error).message})`,
      );
    }
  }
  return { displayName, format, totalBytes, bytes: bytes(), close };
}

/**
 * Opens `path` for import. Throws UnreadableFileError, EmptyFileError, UnsupportedFileError,
 * MalformedFileError (a broken zip) or ImportLimitError before anything is read past the first
 * chunk; reading the bytes throws ImportLimitError or ImportCancelledError when `guard` says so.
 */
export async function openCatalogSource(
  path: string,
  requested?: CatalogFormat,
  guard = new ImportGuard(basename(path)),
): Promise<CatalogSource> {
  const displayName = basename(path);
  const size = await sizeOf(path, displayName);
  if (size === 0) throw new EmptyFileError(displayName);
  if ((await startsWithZipSignature(path)) || displayName.toLowerCase().endsWith('.zip')) {
    const entry = await openSingleZipEntry(path, displayName, guard);
    return fromStream(
      displayName,
      entry.entryName,
      entry.uncompressedSize,
      entry.stream,
      entry.close,
      requested,
      guard,
    );
  }
  const stream = createReadStream(path);
  return fromStream(displayName, displayName, size, stream, () => {}, requested, guard);
}
