import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexedTestPlatform, type TestPlatform } from './fixtures.ts';
import { addUser, signedIn } from './people.ts';

let t: TestPlatform;
let analyst: Awaited<ReturnType<typeof signedIn>>['caller'];
const store = 'shop';

beforeAll(async () => {
  t = await indexedTestPlatform(store);
  await addUser(t.db.prisma, 'analyst@shop.test', [{ storeId: t.storeId, role: 'analyst' }]);
  analyst = (await signedIn(t.platform.services, 'analyst@shop.test')).caller;
});
afterAll(async () => t?.close());

describe('compare.versions', () => {
  it('lists the store’s index versions an analyst can rank against, newest first, without failed ones', async () => {
    const { prisma } = t.db;
    const [active] = await prisma.indexVersion.findMany({ where: { storeId: t.storeId } });
    const base = { storeId: t.storeId, model: 'other-model', modelDim: 8 };
    const failed = await prisma.indexVersion.create({
      data: { ...base, codec: 'int8', state: 'failed' },
    });
    const building = await prisma.indexVersion.create({
      data: { ...base, codec: 'float16', state: 'building' },
    });
    const other = await prisma.store.create({ data: { slug: 'elsewhere', name: 'Elsewhere' } });
    await prisma.indexVersion.create({
      data: { ...base, storeId: other.id, codec: 'float32', state: 'active' },
    });

    const versions = await analyst.compare.versions({ store });
    expect(versions.map((v) => [v.id, v.codec, v.state])).toEqual([
      [building.id, 'float16', 'building'],
      [active!.id, 'tokenid', 'active'],
    ]);
    expect(versions.map((v) => v.id)).not.toContain(failed.id);
  });
});
