// The two first stages a platform suite runs on, for describe.each: PostgreSQL full-text, and
// Meilisearch through its HTTP double (started on first use, closed after the file's tests).
import { afterAll } from 'vitest';
import { startMeilisearchDouble, type MeilisearchDouble } from '@shopsearch/meilisearch-double';
import type { SearchRequest } from '@shopsearch/search';
import type { PlatformConfig } from '../../src/createPlatform.ts';

export function firstStages(): [string, () => Promise<PlatformConfig>][] {
  let double: MeilisearchDouble | undefined;
  afterAll(async () => double?.close());
  return [
    ['PostgreSQL full-text', async () => ({})],
    [
      'Meilisearch (its HTTP double)',
      async () => {
        double ??= await startMeilisearchDouble();
        return { meilisearch: { host: double.url } };
      },
    ],
  ];
}

/** The first page of a relevance search with no filters. */
export function firstPage(
  storeId: number,
  text: string,
  profile: SearchRequest['profile'],
  { pageSize, rerankDepth }: { pageSize: number; rerankDepth: number },
): SearchRequest {
  return { storeId, text, filters: {}, sort: 'relevance', page: 0, pageSize, profile, rerankDepth };
}
