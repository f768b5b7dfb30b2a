// A reading worker's entry: reads one file (catalogReading.ts) and posts its events in slices. At
// most READ_AHEAD slices wait unacknowledged, so a fast reader does not pile a file up in memory
// while the import is still writing.
import { parentPort, workerData } from 'node:worker_threads';
import { CatalogError } from '../errors/catalogError.ts';
import { transferError } from '../errors/transferredError.ts';
import { readCatalog, type ReadEvent, type ReadRequest } from './catalogReading.ts';
import { READ_AHEAD, SLICE_ROWS, type FromReader, type ReaderData } from './readerProtocol.ts';

const port = parentPort!;
const { request } = workerData as ReaderData;

let credits = READ_AHEAD;
let wake: (() => void) | undefined;
port.on('message', () => {
  credits += 1;
  wake?.();
});

function post(message: FromReader): void {
  port.postMessage(message);
}

async function send(events: ReadEvent[]): Promise<void> {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits -= 1;
  post({ kind: 'events', events });
}

async function read(readRequest: ReadRequest): Promise<void> {
  let slice: ReadEvent[] = [];
  try {
    for await (const event of readCatalog(readRequest)) {
      slice.push(event);
      // The first event answers at once: errors before it reject the whole import.
      if (event.kind === 'opened' || slice.length >= SLICE_ROWS) {
        await send(slice);
        slice = [];
      }
    }
    await send(slice);
    post({ kind: 'done' });
  } catch (error) {
    if (slice.length) await send(slice);
    post(
      error instanceof CatalogError
        ? { kind: 'failed', error: transferError(error) }
        : { kind: 'crashed', message: error instanceof Error ? error.message : String(error) },
    );
  }
}

void read(request);
