// One way to start a re-index for the admin's button and the CLI: settings left out follow the
// store's active version (the CLI once chose the codec afresh, so an incremental build after a
// float16 version quietly became a full one), and settings that cannot work are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_DIR } from '@shopsearch/colbert';
import { TINY_BERT, randomBertModelDir } from '@shopsearch/colbert/testing';
import type { Platform } from '../src/createPlatform.ts';
import { InvalidReindexSettingsError } from '../src/errors.ts';
import { startReindex } from '../src/indexing/startReindex.ts';
import { addIndexedStore, testPlatform } from '../src/testing/testStore.ts';

let platform: Platform;
let storeId: number;
beforeAll(async () => {
  platform = await testPlatform();
  storeId = await addIndexedStore(platform, 'shop');
});
afterAll(async () => platform?.close());

const deps = () => ({ prisma: platform.db.prisma, models: platform.models });
const version = (id: number) =>
  platform.db.prisma.indexVersion.findUniqueOrThrow({ where: { id } });

describe('startReindex', () => {
  it('keeps the active version’s codec when none is named, so an incremental build stays one', async () => {
    const first = await startReindex(deps(), { storeId, kind: 'full', codec: 'float16' });
    await platform.worker.runUntilIdle();
    expect((await version(first.indexVersionId)).codec).toBe('float16');

    await platform.db.prisma.product.update({
      where: { storeId_id: { storeId, id: 'm1' } },
      data: { title: 'Logitech M185 Wireless Mouse, blue', contentHash: 'm1-blue' },
    });
    const next = await startReindex(deps(), { storeId, kind: 'incremental' });
    await platform.worker.runUntilIdle();
    expect(next.kind).toBe('incremental');
    expect(next.total).toBe(1);
    expect((await version(next.indexVersionId)).codec).toBe('float16');
  });

  it('refuses a model it does not know and the token-id codec with a contextual model', async () => {
    await expect(
      startReindex(deps(), { storeId, kind: 'full', model: 'no-such-model' }),
    ).rejects.toThrow(new InvalidReindexSettingsError('There is no model called "no-such-model".'));

    const withBert = await testPlatform({
      modelDirectories: [DEFAULT_MODEL_DIR, randomBertModelDir(TINY_BERT)],
    });
    try {
      const shop = await addIndexedStore(withBert, 'bert-shop');
      const bert = withBert.models.names.find((n) => n !== withBert.models.defaultModel)!;
      await expect(
        startReindex(
          { prisma: withBert.db.prisma, models: withBert.models },
          { storeId: shop, kind: 'full', model: bert, codec: 'tokenid' },
        ),
      ).rejects.toThrow('The token-id codec only works with a static model.');
    } finally {
      await withBert.close();
    }
  });
});
