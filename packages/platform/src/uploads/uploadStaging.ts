// Catalog files between upload and commit. Each upload gets a random id, a directory holding the
// file under its own (cleaned) name, so the catalog's messages name the merchant's file, and a
// record of who staged it for which store. Only that user, in that store, finds it again, and
// only until it expires; a file over the limit or empty is never kept.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportLimits, ReaderWorkerCode } from '@shopsearch/catalog';
import { EmptyUploadError, UploadNotFoundError, UploadTooLargeError } from './uploadErrors.ts';
import { safeFileName } from './safeFileName.ts';

export interface UploadOwner {
  storeId: number;
  userId: number;
}

export interface StagedUpload extends UploadOwner {
  id: string;
  /** The merchant's file name, cleaned for the file system. */
  fileName: string;
  bytes: number;
  createdAt: Date;
  expiresAt: Date;
  /** Where the file is, for the catalog import to read. */
  path: string;
}

type UploadRecord = Omit<StagedUpload, 'path' | 'createdAt' | 'expiresAt'> & { createdAt: string };

export interface UploadStagingOptions {
  /** A directory only this platform writes to; created on first use. */
  dir: string;
  /** The largest file accepted, in bytes. */
  limitBytes: number;
  /** How long a staged file can be previewed and committed; default one hour. */
  ttlMs?: number;
  /** Bounds on reading a staged file (preview, commit); default UPLOAD_IMPORT_LIMITS. */
  importLimits?: ImportLimits;
  /** How the app runs the file-reading worker's code; default 'source' (tsx, the tests). */
  readerWorker?: ReaderWorkerCode;
}

/**
 * What reading one upload may cost. A zip of 50 KB can unpack to gigabytes (once, minutes of a
 * core); these keep a preview to seconds of work for files a merchant means to send.
 */
export const UPLOAD_IMPORT_LIMITS: Required<ImportLimits> = {
  maxUnpackedBytes: 256 * 1024 * 1024,
  maxZipEntries: 1_000,
  maxRows: 1_000_000,
  maxColumns: 2_000,
  maxMilliseconds: 300_000,
};

const UPLOAD_ID = /^[0-9a-f]{32}$/;
/** How often receiving an upload also sweeps expired ones (a sweep reads every record). */
const SWEEP_INTERVAL_MS = 60_000;
const RECORD_SUFFIX = '.json';

export class UploadStaging {
  readonly #dir: string;
  readonly #ttlMs: number;
  readonly limitBytes: number;
  readonly importLimits: ImportLimits;
  readonly readerWorker: ReaderWorkerCode;
  #lastSweep = -Infinity;

  constructor(options: UploadStagingOptions) {
    this.#dir = options.dir;
    this.#ttlMs = options.ttlMs ?? 3600_000;
    this.limitBytes = options.limitBytes;
    this.importLimits = options.importLimits ?? UPLOAD_IMPORT_LIMITS;
    this.readerWorker = options.readerWorker ?? 'source';
  }

  /**
   * Writes `body` to a new staging file while counting bytes. Throws UploadTooLargeError as soon
   * as the limit is passed and EmptyUploadError for no bytes; either way nothing stays behind.
   */
  async receive(
    owner: UploadOwner,
    fileName: string | null,
    body: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | null,
    now = new Date(),
  ): Promise<StagedUpload> {
    // Not on every upload: with many staged files each upload would read them all.
    if (now.getTime() - this.#lastSweep >= SWEEP_INTERVAL_MS) {
      this.#lastSweep = now.getTime();
      await this.sweep(now);
    }
    const id = randomBytes(16).toString('hex');
    const name = safeFileName(fileName);
    const folder = join(this.#dir, id);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const record: UploadRecord = {
      id,
      ...owner,
      fileName: name,
      bytes: 0,
      createdAt: now.toISOString(),
    };
    try {
      const file = await open(join(folder, name), 'wx', 0o600);
      try {
        for await (const chunk of body ?? []) {
          record.bytes += chunk.byteLength;
          if (record.bytes > this.limitBytes) throw new UploadTooLargeError(this.limitBytes);
          await file.write(chunk);
        }
      } finally {
        await file.close();
      }
      if (record.bytes === 0) throw new EmptyUploadError();
      await writeFile(this.#recordPath(id), JSON.stringify(record), { mode: 0o600 });
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
    return this.#staged(record);
  }

  /** The upload `id` of this owner, unexpired; UploadNotFoundError for anything else. */
  async find(id: string, owner: UploadOwner, now = new Date()): Promise<StagedUpload> {
    const record = UPLOAD_ID.test(id) ? await this.#readRecord(id) : null;
    if (!record || record.storeId !== owner.storeId || record.userId !== owner.userId) {
      throw new UploadNotFoundError();
    }
    const upload = this.#staged(record);
    if (upload.expiresAt <= now) {
      await this.discard(id);
      throw new UploadNotFoundError();
    }
    return upload;
  }

  /** Deletes an upload's file and record (after a commit, or when it expired). */
  async discard(id: string): Promise<void> {
    if (!UPLOAD_ID.test(id)) return;
    await rm(this.#recordPath(id), { force: true });
    await rm(join(this.#dir, id), { recursive: true, force: true });
  }

  /** Deletes expired uploads and leftovers of interrupted ones; returns how many went. */
  async sweep(now = new Date()): Promise<number> {
    const names = await readdir(this.#dir).catch(() => [] as string[]);
    const ids = new Set(
      names.map((n) => n.replace(RECORD_SUFFIX, '')).filter((n) => UPLOAD_ID.test(n)),
    );
    let removed = 0;
    for (const id of ids) {
      const record = await this.#readRecord(id);
      // Without a record it is an upload still arriving, or one cut off: judged by its folder's age.
      const createdAt = record ? new Date(record.createdAt) : await this.#folderTime(id);
      if (createdAt && now.getTime() - createdAt.getTime() >= this.#ttlMs) {
        await this.discard(id);
        removed += 1;
      }
    }
    return removed;
  }

  #recordPath(id: string): string {
    return join(this.#dir, `${id}${RECORD_SUFFIX}`);
  }

  async #readRecord(id: string): Promise<UploadRecord | null> {
    try {
      return JSON.parse(await readFile(this.#recordPath(id), 'utf8')) as UploadRecord;
    } catch {
      return null;
    }
  }

  #folderTime(id: string): Promise<Date | null> {
    return stat(join(this.#dir, id)).then(
      (info) => info.mtime,
      () => null,
    );
  }

  #staged(record: UploadRecord): StagedUpload {
    const createdAt = new Date(record.createdAt);
    return {
      id: record.id,
      storeId: record.storeId,
      userId: record.userId,
      fileName: record.fileName,
      bytes: record.bytes,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + this.#ttlMs),
      path: join(this.#dir, record.id, record.fileName),
    };
  }
}
