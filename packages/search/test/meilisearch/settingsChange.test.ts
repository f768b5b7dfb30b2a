import { afterAll } from 'vitest';
import { startMeilisearchDouble, type MeilisearchDouble } from '@shopsearch/meilisearch-double';
import { meilisearchHarness } from './contractHarness.ts';
import { describeSettingsChangeUnderLoad } from './settingsChangeContract.ts';

let double: MeilisearchDouble | undefined;
afterAll(async () => double?.close());

describeSettingsChangeUnderLoad('Meilisearch through its HTTP double', async () => {
  double = await startMeilisearchDouble();
  const held = double;
  return {
    ...meilisearchHarness({ host: held.url, indexPrefix: 'settings_' }),
    holdsForSure: true,
    async holdQueue() {
      held.pauseTasks();
      return () => held.resumeTasks();
    },
  };
});
