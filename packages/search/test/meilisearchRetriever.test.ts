import { afterAll } from 'vitest';
import { startMeilisearchDouble, type MeilisearchDouble } from '@shopsearch/meilisearch-double';
import { describeLimitsContract } from './contract/limitsContract.ts';
import { describeRetrieverContract, type ContractHarness } from './contract/retrieverContract.ts';
import { meilisearchHarness } from './meilisearch/contractHarness.ts';

const API_KEY = 'contract-master-key';
let double: MeilisearchDouble | undefined;
afterAll(async () => double?.close());

let harness: Promise<ContractHarness> | undefined;
const setup = () =>
  (harness ??= startMeilisearchDouble({ apiKey: API_KEY }).then((started) => {
    double = started;
    return meilisearchHarness({ host: started.url, apiKey: API_KEY, indexPrefix: 'contract_' });
  }));

describeRetrieverContract('Meilisearch through its HTTP double', setup);
describeLimitsContract('Meilisearch through its HTTP double', setup);
