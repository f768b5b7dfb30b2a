// Reading an upload is bounded (issue 17): a small zip that unpacks to far more than the limit is
// refused at once with a message saying so, and a preview whose client went away stops reading.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleUploadRequest } from '../src/uploads/handleUploadRequest.ts';
import { repetitiveCsv, zipArchive } from '@shopsearch/catalog/testing';
import { handleTrpcRequest } from '../src/http/handleTrpcRequest.ts';
import { indexedTestPlatform, type TestPlatform } from './fixtures.ts';
import { addUser, signedIn } from './people.ts';
import { UPLOAD_IMPORT_LIMITS, UploadStaging } from '@shopsearch/platform';

const MiB = 1024 * 1024;
let t: TestPlatform;
let headers: Record<string, string>;

beforeAll(async () => {
  t = await indexedTestPlatform('shop');
  await addUser(t.db.prisma, 'merchant@shop.test', [{ storeId: t.storeId, role: 'merchant' }]);
  ({ headers } = await signedIn(t.platform.services, 'merchant@shop.test'));
  t.platform.services.uploads = new UploadStaging({
    dir: await mkdtemp(join(tmpdir(), 'upload-limits-')),
    limitBytes: 4 * MiB,
    importLimits: { ...UPLOAD_IMPORT_LIMITS, maxUnpackedBytes: 4 * MiB },
  });
});
afterAll(async () => t?.close());

async function upload(fileName: string, body: Uint8Array): Promise<string> {
  const request = new Request('http://shop.example/api/admin/upload?store=shop', {
    method: 'POST',
    headers: { ...headers, 'x-file-name': fileName },
    body,
  });
  const response = await handleUploadRequest(t.platform.services, request);
  expect(response.status).toBe(201);
  return ((await response.json()) as { upload: { id: string } }).upload.id;
}

function preview(uploadId: string, signal?: AbortSignal): Promise<Response> {
  const input = encodeURIComponent(JSON.stringify({ json: { store: 'shop', uploadId } }));
  const request = new Request(`http://shop.example/api/trpc/catalog.previewUpload?input=${input}`, {
    headers,
    ...(signal ? { signal } : {}),
  });
  return handleTrpcRequest(t.platform.services, request);
}

describe('reading uploads within limits', () => {
  it('refuses a zip bomb with a 400 that names the limit, without unpacking it', async () => {
    const bomb = zipArchive([{ name: 'catalog.csv', content: repetitiveCsv(16 * MiB) }]);
    const id = await upload('bomb.zip', bomb);
    const response = await preview(id);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { json: { message: string } } };
    expect(body.error.json.message).toBe(
      'bomb.zip is too big to import here: it unpacks to more than 4,194,304 bytes. Split the catalog into smaller files.',
    );
  });

  it('stops reading a file when the client that asked for its preview goes away', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `R${i},Product ${i},1.00`);
    const id = await upload('big.csv', Buffer.from(['id,title,price', ...rows].join('\n')));
    const client = new AbortController();
    const answer = preview(id, client.signal);
    setTimeout(() => client.abort(), 100);
    const body = await (await answer).text();
    // The answer nobody reads says where reading stopped: cancelled, long before row 20,000.
    expect(body).toContain('Reading big.csv was cancelled.');
    const rowsRead = Number(/"rows":(\d+)/.exec(body)?.[1]);
    expect(rowsRead).toBeLessThan(20_000);
  });
});
