// The shared contract against a real Meilisearch, when one is configured. Indexes get a prefix
// unique to this run and are deleted afterwards; without MEILISEARCH_URL the suite is skipped
// and says so.
import { randomBytes } from 'node:crypto';
import { afterAll, describe } from 'vitest';
import { Meilisearch } from 'meilisearch';
import { describeLimitsContract } from './contract/limitsContract.ts';
import { describeRetrieverContract, type ContractHarness } from './contract/retrieverContract.ts';
import { meilisearchHarness } from './meilisearch/contractHarness.ts';
import { describeSettingsChangeUnderLoad } from './meilisearch/settingsChangeContract.ts';

const host = process.env.MEILISEARCH_URL;
const apiKey = process.env.MEILISEARCH_API_KEY || undefined;

if (!host) {
  console.info(
    'Meilisearch live contract SKIPPED: set MEILISEARCH_URL (and MEILISEARCH_API_KEY if the server has a master key) to run it against a real server.',
  );
}

describe.skipIf(!host)('Meilisearch live server', () => {
  const indexPrefix = `shopsearch_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}_`;

  afterAll(async () => {
    const client = new Meilisearch({ host: host!, apiKey });
    const { results } = await client.getIndexes({ limit: 1_000 });
    for (const index of results.filter((i) => i.uid.startsWith(indexPrefix))) {
      await client.deleteIndex(index.uid).waitTask({ timeout: 60_000 });
    }
  });

  let harness: ContractHarness | undefined;
  const setup = async () =>
    (harness ??= meilisearchHarness({ host: host!, apiKey, indexPrefix, taskTimeoutMs: 60_000 }));
  describeRetrieverContract(`Meilisearch at ${host}`, setup);
  describeLimitsContract(`Meilisearch at ${host}`, setup);
  describeSettingsChangeUnderLoad(`Meilisearch at ${host}`, async () => ({
    ...meilisearchHarness({
      host: host!,
      apiKey,
      indexPrefix: `${indexPrefix}settings_`,
      taskTimeoutMs: 120_000,
    }),
    holdsForSure: false,
    // A large batch for another index ahead in the engine's one queue delays the settings task.
    async holdQueue() {
      const client = new Meilisearch({ host: host!, apiKey });
      const documents = Array.from({ length: 50_000 }, (_, i) => ({
        id: `b${i}`,
        text: `item ${i}`,
      }));
      await client.index(`${indexPrefix}busy`).addDocuments(documents, { primaryKey: 'id' });
      return () => {};
    },
  }));
});
