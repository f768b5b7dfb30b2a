// The catalog upload: POST /api/admin/upload stages a file for a merchant of the store (the same
// checks as a tRPC mutation), catalog.previewUpload dry-runs it, catalog.commitUpload imports it.
// Bad files get clear refusals and leave the catalog as it was.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleUploadRequest } from '../src/uploads/handleUploadRequest.ts';
import { indexedTestPlatform, type TestPlatform } from './fixtures.ts';
import { addUser, errorCode, signedIn } from './people.ts';
import { hashToken, UploadStaging } from '@shopsearch/platform';

const BAD_ROWS_CSV = [
  'id,title,price,availability',
  'N1,Anker USB-C charger 65 W,39.99,in stock',
  ',Row without an id,5.00,',
  'N2,,5.00,',
  'N3,Negative price,-5.00,',
  'N4,Ugreen USB-C hub 7-in-1,29.50,preorder',
  'm1,Logitech M185 Wireless Mouse (renamed),14.99,',
].join('\n');

type Body = string | Uint8Array | ReadableStream<Uint8Array>;

let t: TestPlatform;
type Person = Awaited<ReturnType<typeof signedIn>>;
let merchant: Person;
let otherMerchant: Person;
let analyst: Person;
let stagingDir: string;

beforeAll(async () => {
  t = await indexedTestPlatform('shop');
  const { prisma } = t.db;
  const other = await prisma.store.create({ data: { slug: 'other-shop', name: 'Other shop' } });
  await addUser(prisma, 'merchant@shop.test', [
    { storeId: t.storeId, role: 'merchant' },
    { storeId: other.id, role: 'merchant' },
  ]);
  await addUser(prisma, 'second@shop.test', [{ storeId: t.storeId, role: 'merchant' }]);
  await addUser(prisma, 'analyst@shop.test', [{ storeId: t.storeId, role: 'analyst' }]);
  merchant = await signedIn(t.platform.services, 'merchant@shop.test');
  otherMerchant = await signedIn(t.platform.services, 'second@shop.test');
  analyst = await signedIn(t.platform.services, 'analyst@shop.test');
  stagingDir = await mkdtemp(join(tmpdir(), 'uploads-test-'));
  // Small limits make "too large" cheap to test; everything else behaves as configured.
  t.platform.services.uploads = new UploadStaging({ dir: stagingDir, limitBytes: 4096 });
});
afterAll(async () => t?.close());

function post(
  body: Body | null,
  options: {
    person?: Person;
    csrf?: boolean;
    store?: string;
    fileName?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Response> {
  const headers = new Headers(options.headers);
  if (options.person) {
    headers.set('cookie', `ss_session=${options.person.session}; ss_csrf=${options.person.csrf}`);
    if (options.csrf !== false) headers.set('x-csrf-token', options.person.csrf);
  }
  if (options.fileName) headers.set('x-file-name', encodeURIComponent(options.fileName));
  const url = `http://shop.example/api/admin/upload?store=${options.store ?? 'shop'}`;
  return handleUploadRequest(
    t.platform.services,
    new Request(url, { method: 'POST', headers, body, duplex: 'half' } as RequestInit),
  );
}

async function upload(body: Body, fileName: string, person = merchant): Promise<string> {
  const response = await post(body, { person, fileName });
  expect(response.status).toBe(201);
  return ((await response.json()) as { upload: { id: string } }).upload.id;
}

const stagedFiles = async () => (await readdir(stagingDir)).length;
const productCount = () => t.db.prisma.product.count({ where: { storeId: t.storeId } });

describe('POST /api/admin/upload', () => {
  it('stages a merchant’s file under its own name and answers its id', async () => {
    const response = await post(BAD_ROWS_CSV, { person: merchant, fileName: 'new products.csv' });
    expect(response.status).toBe(201);
    const { upload: staged } = (await response.json()) as {
      upload: { id: string; fileName: string; bytes: number };
    };
    expect(staged).toMatchObject({
      fileName: 'new products.csv',
      bytes: Buffer.byteLength(BAD_ROWS_CSV),
    });
    expect(staged.id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses callers who are not signed-in merchants of the store, keeping nothing', async () => {
    const before = await stagedFiles();
    const expired = await signedIn(t.platform.services, 'merchant@shop.test');
    await t.db.prisma.session.update({
      where: { tokenHash: hashToken(expired.session) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const forged = { ...merchant, session: `${merchant.session.slice(0, -2)}xx` };
    const refusals = await Promise.all([
      post(BAD_ROWS_CSV),
      post(BAD_ROWS_CSV, { person: forged }),
      post(BAD_ROWS_CSV, { person: expired }),
      post(BAD_ROWS_CSV, { person: merchant, csrf: false }),
      post(BAD_ROWS_CSV, { person: analyst }),
      post(BAD_ROWS_CSV, { person: analyst, store: 'other-shop' }),
      post(BAD_ROWS_CSV, { person: merchant, store: 'no-such-shop' }),
      post(BAD_ROWS_CSV, {
        person: merchant,
        headers: { origin: 'https://evil.example', host: 'shop.example' },
      }),
    ]);
    expect(refusals.map((r) => r.status)).toEqual([401, 401, 401, 403, 403, 403, 403, 403]);
    expect(await refusals[4]!.json()).toEqual({
      error: { code: 'FORBIDDEN', message: 'You do not have merchant access to this store.' },
    });
    expect(await stagedFiles()).toBe(before);
  });

  it('refuses an empty file and one over the limit, and keeps neither', async () => {
    const before = await stagedFiles();
    const empty = await post('', { person: merchant, fileName: 'empty.csv' });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({
      error: { message: 'The file is empty (0 bytes); there is nothing to import.' },
    });
    // Streamed without a declared length: counted while written, cut off past the limit.
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(1000).fill(65));
        controller.close();
      },
    });
    const streamed = await post(chunks, { person: merchant, fileName: 'big.csv' });
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({
      error: {
        code: 'PAYLOAD_TOO_LARGE',
        message: expect.stringMatching(/larger than the upload limit of 4 KB/),
      },
    });
    const declared = await post('x', {
      person: merchant,
      headers: { 'content-length': String(10_000_000) },
    });
    expect(declared.status).toBe(413);
    expect(await stagedFiles()).toBe(before);
  });
});

describe('catalog.previewUpload', () => {
  it('reports format, columns, mapping, sample, counts and row errors, writing nothing', async () => {
    const before = await productCount();
    const uploadId = await upload(BAD_ROWS_CSV, 'new.csv');
    const preview = await merchant.caller.catalog.previewUpload({ store: 'shop', uploadId });
    expect(preview).toMatchObject({
      format: 'csv',
      mappable: true,
      columns: ['id', 'title', 'price', 'availability'],
      counts: { rows: 6, valid: 3, invalid: 3, inserted: 2, updated: 1, unchanged: 0 },
      errorCount: 3,
      fileError: null,
      canCommit: true,
    });
    expect(preview.mapping).toMatchObject({ id: 'id', title: 'title', price: 'price' });
    expect(preview.sample.map((p) => [p.id, p.priceMinor, p.availability])).toEqual([
      ['N1', 3999, 'in_stock'],
      ['N4', 2950, 'preorder'],
      ['m1', 1499, 'in_stock'],
    ]);
    expect(preview.errors).toEqual([
      { row: 2, line: 3, field: 'id', reason: 'is required' },
      { row: 3, line: 4, productId: 'N2', field: 'title', reason: 'is required' },
      {
        row: 4,
        line: 5,
        productId: 'N3',
        field: 'price',
        reason: 'must not be negative (got "-5.00")',
      },
    ]);
    expect(await productCount()).toBe(before);
  });

  it('reads other column names through a suggested or given mapping, and refuses an unknown field', async () => {
    const csv = 'Product ID,Name,Price (USD)\nX1,Belkin surge protector,19.00\n';
    const uploadId = await upload(csv, 'theirs.csv');
    const suggested = await merchant.caller.catalog.previewUpload({ store: 'shop', uploadId });
    expect(suggested).toMatchObject({
      suggested: true,
      fileError: null,
      counts: { valid: 1 },
      mapping: { id: 'Product ID', title: 'Name', price: 'Price (USD)' },
    });
    const unmapped = await merchant.caller.catalog.previewUpload({
      store: 'shop',
      uploadId,
      mapping: {},
    });
    expect(unmapped.fileError).toMatch(/the header has no "id" column/);
    expect(unmapped.canCommit).toBe(false);
    const mapped = await merchant.caller.catalog.previewUpload({
      store: 'shop',
      uploadId,
      mapping: { id: 'Product ID', title: 'Name', price: 'Price (USD)' },
    });
    expect(mapped).toMatchObject({ counts: { valid: 1 }, mapping: { id: 'Product ID' } });
    expect(mapped.sample[0]).toMatchObject({ title: 'Belkin surge protector', priceMinor: 1900 });
    await expect(
      merchant.caller.catalog.previewUpload({
        store: 'shop',
        uploadId,
        mapping: { colour: 'Name' },
      }),
    ).rejects.toThrow(/The column mapping is invalid: unknown field "colour"/);
  });

  it('explains binary, non-UTF-8 and truncated files, and commits none of them', async () => {
    const before = await productCount();
    const search = () => t.caller.search.query({ store: 'shop', q: 'wireless mouse' });
    const served = await search();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const image = await upload(png, 'photo.png');
    const imagePreview = merchant.caller.catalog.previewUpload({ store: 'shop', uploadId: image });
    await expect(imagePreview).rejects.toThrow(
      /photo\.png cannot be imported: its extension "\.png" is unknown and its content is not JSON/,
    );

    const latin1 = Buffer.concat([
      Buffer.from('id,title\nL1,Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' cr\u00e8me\n'),
    ]);
    const notUtf8 = await upload(latin1, 'latin1.csv');
    const encoding = await merchant.caller.catalog.previewUpload({
      store: 'shop',
      uploadId: notUtf8,
    });
    expect(encoding.fileError).toMatch(/latin1\.csv is not valid UTF-8/);
    expect(encoding.canCommit).toBe(false);
    await expect(
      merchant.caller.catalog.commitUpload({ store: 'shop', uploadId: notUtf8 }),
    ).rejects.toThrow(/^Nothing was imported: latin1\.csv is not valid UTF-8/);

    const cut = await upload(
      '[{"id": "T1", "title": "Whole product"}, {"id": "T2", "tit',
      'cut.json',
    );
    const truncated = await merchant.caller.catalog.previewUpload({ store: 'shop', uploadId: cut });
    expect(truncated.fileError).toMatch(/cut\.json is malformed: the JSON ends unexpectedly/);
    expect(
      await errorCode(merchant.caller.catalog.commitUpload({ store: 'shop', uploadId: cut })),
    ).toBe('BAD_REQUEST');
    expect(await productCount()).toBe(before);
    // The active index keeps serving the same answers.
    const after = await search();
    expect(after.indexVersion!.id).toBe(served.indexVersion!.id);
    expect(after.hits.map((h) => h.product.id)).toEqual(served.hits.map((h) => h.product.id));
  });

  it('finds an upload only for the user who staged it, in the store it was staged for', async () => {
    const uploadId = await upload(BAD_ROWS_CSV, 'mine.csv');
    const attempts = [
      () => otherMerchant.caller.catalog.previewUpload({ store: 'shop', uploadId }),
      () => merchant.caller.catalog.previewUpload({ store: 'other-shop', uploadId }),
      () => merchant.caller.catalog.commitUpload({ store: 'other-shop', uploadId }),
      () => merchant.caller.catalog.previewUpload({ store: 'shop', uploadId }),
    ];
    const codes: string[] = [];
    for (const attempt of attempts) codes.push(await errorCode(attempt()));
    expect(codes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'OK']);
  });
});

describe('catalog.commitUpload', () => {
  it('imports the valid rows, drops the staged file, and the next incremental re-index picks them up', async () => {
    const uploadId = await upload(BAD_ROWS_CSV, 'commit.csv');
    const result = await merchant.caller.catalog.commitUpload({ store: 'shop', uploadId });
    expect(result).toEqual({
      fileName: 'commit.csv',
      rows: 6,
      inserted: 2,
      updated: 1,
      unchanged: 0,
      invalid: 3,
      errorCount: 3,
    });
    expect(await errorCode(merchant.caller.catalog.commitUpload({ store: 'shop', uploadId }))).toBe(
      'NOT_FOUND',
    );
    const listed = await merchant.caller.catalog.listProducts({ store: 'shop', q: 'Anker' });
    expect(listed.items).toEqual([
      expect.objectContaining({ id: 'N1', priceMinor: 3999, indexStatus: 'not-indexed' }),
    ]);
    const { pendingProducts } = await merchant.caller.reindex.status({ store: 'shop' });
    expect(pendingProducts).toBe(3);

    const job = await merchant.caller.reindex.start({ store: 'shop', kind: 'incremental' });
    expect(job.total).toBe(3);
    await t.platform.worker.runUntilIdle();
    const found = await t.caller.search.query({ store: 'shop', q: 'usb-c charger' });
    expect(found.hits[0]!.product.id).toBe('N1');
  });
  it('keeps the store’s attribute summary in step, so new attributes can become facets', async () => {
    const uploadId = await upload(
      'id,title,attr.material\nA1,Oak desk,Oak\nA2,Pine shelf,Pine\n',
      'desks.csv',
    );
    await merchant.caller.catalog.commitUpload({ store: 'shop', uploadId });
    const material = await t.db.prisma.storeAttribute.findMany({
      where: { storeId: t.storeId, name: 'material' },
    });
    expect(material).toEqual([expect.objectContaining({ products: 2, distinctValues: 2 })]);
  });
});

describe('staging', () => {
  it('forgets an upload after its time, and sweeps it from disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'staging-'));
    const staging = new UploadStaging({
      dir,
      limitBytes: 100,
      ttlMs: 60_000,
    });
    const owner = { storeId: 1, userId: 2 };
    const start = new Date('2030-01-01T00:00:00Z');
    const staged = await staging.receive(
      owner,
      '../../etc/passwd',
      [Buffer.from('id,title\n')],
      start,
    );
    expect(staged.fileName).toBe('passwd');
    expect(staged.path).toBe(join(dir, staged.id, 'passwd'));
    const later = new Date(start.getTime() + 59_000);
    expect((await staging.find(staged.id, owner, later)).bytes).toBe(9);
    expect(await staging.sweep(new Date(start.getTime() + 61_000))).toBe(1);
    await expect(staging.find(staged.id, owner, later)).rejects.toThrow(
      /expired or does not exist/,
    );
  });

  it('sweeps expired uploads while receiving at most once a minute, not on every upload', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'staging-'));
    const staging = new UploadStaging({ dir, limitBytes: 100, ttlMs: 60_000 });
    const owner = { storeId: 1, userId: 2 };
    const receiveAt = (seconds: number) =>
      staging.receive(
        owner,
        'a.csv',
        [Buffer.from('id,title\n')],
        new Date(start + seconds * 1000),
      );
    const start = Date.parse('2030-01-01T00:00:00Z');
    const first = await receiveAt(0); // sweeps
    const second = await receiveAt(59);
    await receiveAt(61); // sweeps: the first expired at 60 s
    expect(await readdir(dir)).not.toContain(first.id);
    await receiveAt(120); // the second expired at 119 s, but the last sweep was 59 s ago
    expect(await readdir(dir)).toContain(second.id);
    await receiveAt(121);
    expect(await readdir(dir)).not.toContain(second.id);
  });
});
