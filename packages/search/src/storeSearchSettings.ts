// A store's search settings: the attributes shown as facets (chosen by the merchant, or picked
// from the catalog) and synonyms (their own table, see synonyms/). The API filters by the facets;
// the first stage is configured by both.
import type { PrismaClient } from '@shopsearch/db';
import { describeAttributes, pickFacetAttributes, type AttributeInfo } from './attributeCatalog.ts';
import type { IndexSettings } from './firstStage.ts';
import { loadSynonymLines } from './synonyms/storeSynonyms.ts';
import { SynonymMap } from './synonyms/synonymMap.ts';

export interface StoreSearchSettings {
  facetAttributes: AttributeInfo[];
}

interface StoredSettings {
  facetAttributes?: unknown;
}

export async function loadStoreSearchSettings(
  prisma: PrismaClient,
  storeId: number,
): Promise<StoreSearchSettings> {
  const store = await prisma.store.findUniqueOrThrow({
    where: { id: storeId },
    select: { settings: true },
  });
  const stored = (store.settings ?? {}) as StoredSettings;
  const attributes = await describeAttributes(prisma, storeId);
  const chosen = stringArray(stored.facetAttributes);
  const facetAttributes = chosen
    ? chosen
        .map((name) => attributes.find((a) => a.name === name))
        .filter((a): a is AttributeInfo => !!a)
    : pickFacetAttributes(attributes);
  return { facetAttributes };
}

/** What the store's first-stage index is configured with: its facets, synonyms and size. */
export async function loadIndexSettings(
  prisma: PrismaClient,
  storeId: number,
): Promise<IndexSettings> {
  const settings = await loadStoreSearchSettings(prisma, storeId);
  const synonyms = new SynonymMap(await loadSynonymLines(prisma, storeId));
  return {
    attributes: settings.facetAttributes.map((a) => a.name),
    synonyms: synonyms.toRecord(),
    productCount: await prisma.product.count({ where: { storeId } }),
  };
}

function stringArray(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
}
