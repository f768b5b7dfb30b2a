// A store's search settings: the attributes shown as facets (chosen by the merchant, or picked
// from the catalog) and synonyms. The API filters by them; the first stage is configured by them.
import type { PrismaClient } from '@shopsearch/db';
import { describeAttributes, pickFacetAttributes, type AttributeInfo } from './attributeCatalog.ts';
import type { IndexSettings } from './firstStage.ts';

export interface StoreSearchSettings {
  facetAttributes: AttributeInfo[];
  synonyms: Record<string, string[]>;
}

interface StoredSettings {
  facetAttributes?: unknown;
  synonyms?: unknown;
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
  return { facetAttributes, synonyms: synonymsOf(stored.synonyms) };
}

/** What the store's first-stage index is configured with: its facets, synonyms and size. */
export async function loadIndexSettings(
  prisma: PrismaClient,
  storeId: number,
): Promise<IndexSettings> {
  const settings = await loadStoreSearchSettings(prisma, storeId);
  return {
    attributes: settings.facetAttributes.map((a) => a.name),
    synonyms: settings.synonyms,
    productCount: await prisma.product.count({ where: { storeId } }),
  };
}

function stringArray(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
}

function synonymsOf(value: unknown): Record<string, string[]> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, string[]> = {};
  for (const [word, list] of Object.entries(value)) {
    const words = stringArray(list);
    if (words) out[word] = words;
  }
  return out;
}
