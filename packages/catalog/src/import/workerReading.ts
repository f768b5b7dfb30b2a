// Reads a file in a worker thread (readerWorker.ts), so the thread that imports, a web server's,
// only takes in parsed and validated rows: a wide header, a zip to inflate or a long line costs the
// worker's time, not its requests'. Stopping (the caller gone, the time up) ends the worker at
// once, even in the middle of parsing one chunk.
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CatalogError } from '../errors/catalogError.ts';
import { ImportLimitError } from '../errors/importLimitError.ts';
import { reviveError } from '../errors/transferredError.ts';
import type { ReadEvent, ReadRequest } from './catalogReading.ts';
import type { ImportGuard } from './importLimits.ts';
import type { FromReader, ReaderData } from './readerProtocol.ts';

/** The worker's heap; more is refused as a limit of the file rather than the process's memory. */
export const READER_HEAP_MB = 384;

/**
 * Where the worker's code comes from. From TypeScript source (`'source'`: tsx, Vitest) Node cannot
 * load the worker's .ts file by itself: tsx's loader is registered in the worker first. The web
 * app's bundler (Next.js) makes the worker its own chunk and rewrites `new Worker(new URL(…))` to
 * name it (`'bundled'`). The app says which: `import.meta.url` cannot tell the two apart, the
 * bundle keeps the source file's name.
 */
export type ReaderWorkerCode = 'source' | 'bundled';

const TSX_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then(({ register }) => { register(); return import(workerData.entry); });`;

function startReader(request: ReadRequest, code: ReaderWorkerCode): Worker {
  const data: ReaderData = { request };
  const options = { resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB } };
  if (code === 'source') {
    const entry = new URL('./readerWorker.ts', import.meta.url).href;
    return new Worker(TSX_BOOTSTRAP, { ...options, eval: true, workerData: { ...data, entry } });
  }
  return new Worker(new URL('./readerWorker.ts', import.meta.url), {
    ...options,
    workerData: data,
  });
}

/** The worker's messages in order; a failure (the worker's, or a stop) ends the wait for the next. */
class Inbox {
  #messages: FromReader[] = [];
  #failure: Error | undefined;
  #wake: (() => void) | undefined;

  push(message: FromReader): void {
    this.#messages.push(message);
    this.#wake?.();
  }

  fail(error: Error): void {
    this.#failure ??= error;
    this.#wake?.();
  }

  async next(): Promise<FromReader> {
    for (;;) {
      if (this.#failure) throw this.#failure;
      const message = this.#messages.shift();
      if (message) return message;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }
}

/** readCatalog(request), run in a worker; `guard` stops it (its signal and time limit). */
export async function* readCatalogInWorker(
  request: ReadRequest,
  guard: ImportGuard,
  code: ReaderWorkerCode,
): AsyncGenerator<ReadEvent> {
  const file = basename(request.file);
  const inbox = new Inbox();
  const worker = startReader(request, code);
  worker.on('message', (message: FromReader) => inbox.push(message));
  worker.on('error', (error: Error & { code?: string }) =>
    inbox.fail(
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new ImportLimitError(file, 'memory', `reading it needs more than ${READER_HEAP_MB} MB`)
        : error,
    ),
  );
  worker.on('exit', (code) => inbox.fail(new Error(`the reading worker stopped (exit ${code})`)));
  let stopListening = () => {};
  const listenForStop = () =>
    guard.onStop((error: CatalogError) => {
      inbox.fail(error);
      void worker.terminate();
    });
  try {
    for (;;) {
      const message = await inbox.next();
      switch (message.kind) {
        case 'events':
          // Opening is short work, and a stop during it must still find a report to put itself in
          // (as reading in this thread does): the stop is listened for once the file is open.
          if (message.events[0]?.kind === 'opened') stopListening = listenForStop();
          worker.postMessage('more');
          yield* message.events;
          break;
        case 'done':
          return;
        case 'failed':
          throw reviveError(message.error);
        case 'crashed':
          throw new Error(`reading ${file} failed: ${message.message}`);
      }
    }
  } finally {
    stopListening();
    await worker.terminate();
  }
}
