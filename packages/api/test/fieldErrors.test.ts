// Over HTTP, as the browser sees it: a refused edit names each field's problem by its path, so
// the product form can show the message beside the input; nothing is saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleTrpcRequest } from '../src/http/handleTrpcRequest.ts';
import { indexedTestPlatform, type TestPlatform } from './fixtures.ts';
import { addUser, signedIn } from './people.ts';

let t: TestPlatform;
let person: Awaited<ReturnType<typeof signedIn>>;

beforeAll(async () => {
  t = await indexedTestPlatform('shop');
  await addUser(t.db.prisma, 'merchant@shop.test', [{ storeId: t.storeId, role: 'merchant' }]);
  person = await signedIn(t.platform.services, 'merchant@shop.test');
});
afterAll(async () => t?.close());

function updateOverHttp(patch: Record<string, unknown>) {
  return mutateOverHttp({ store: 'shop', id: 'm1', patch });
}

async function mutateOverHttp(input: Record<string, unknown>) {
  const request = new Request('http://shop.example/api/trpc/catalog.updateProduct', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...person.headers },
    body: JSON.stringify({ json: input }),
  });
  const response = await handleTrpcRequest(t.platform.services, request);
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

interface ErrorBody {
  error: { json: { message: string; data: { fieldErrors: Record<string, string[]> | null } } };
}

describe('field errors over HTTP', () => {
  it('names a negative price and an empty title by field, and saves neither', async () => {
    const before = await t.db.prisma.product.findFirstOrThrow({ where: { id: 'm1' } });
    const { status, body } = await updateOverHttp({ title: ' ', priceMinor: -100, brand: 'New' });
    expect(status).toBe(400);
    expect(body.error.json.data.fieldErrors).toEqual({
      'patch.title': ['a product needs a title'],
      'patch.priceMinor': ['a price cannot be negative'],
    });
    expect(await t.db.prisma.product.findFirstOrThrow({ where: { id: 'm1' } })).toEqual(before);
  });

  it('names a price beyond the column’s limit in the units the merchant typed', async () => {
    const { status, body } = await updateOverHttp({ priceMinor: 2_147_483_648 });
    expect(status).toBe(400);
    expect(body.error.json.data.fieldErrors).toEqual({
      'patch.priceMinor': ['a price in USD can be at most 21,474,836.47'],
    });
  });

  it('names fields called like the properties every object has, rather than failing', async () => {
    // The fuzz suite's find: `constructor` was taken for an existing list of messages (a 500).
    for (const key of ['constructor', 'toString', '__proto__']) {
      const input = JSON.parse(`{"store":"shop","id":"m1","patch":{},"${key}":"a\\u0000b"}`);
      const { status, body } = await mutateOverHttp(input as Record<string, unknown>);
      expect(status, key).toBe(400);
      expect(Object.keys(body.error.json.data.fieldErrors ?? {}), key).toEqual([key]);
    }
  });
});
