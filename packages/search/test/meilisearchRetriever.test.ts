import { afterAll } from 'vitest';
import { startMeilisearchDouble, type MeilisearchDouble } from '@shopsearch/meilisearch-double';
import { describeRetrieverContract } from './contract/retrieverContract.ts';
import { meilisearchHarness } from './meilisearch/contractHarness.ts';

const API_KEY = 'contract-master-key';
let double: MeilisearchDouble | undefined;
afterAll(async () => double?.close());

describeRetrieverContract('Meilisearch through its HTTP double', async () => {
  double = await startMeilisearchDouble({ apiKey: API_KEY });
  return meilisearchHarness({ host: double.url, apiKey: API_KEY, indexPrefix: 'contract_' });
});
