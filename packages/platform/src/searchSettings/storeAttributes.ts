// The store's attributes with display labels: the storefront's facets, and what a merchant may
// filter a boost on. Labels are the catalog's (`attr_n_weight__kg_` → "Weight (kg)"), the same the
// product page shows.
import { humanizeAttributeName } from '@shopsearch/catalog';
import { describeAttributes, type AttributeInfo } from '@shopsearch/search';
import type { DatabaseDeps } from '../databaseDeps.ts';

export interface LabelledAttribute {
  name: string;
  label: string;
  kind: AttributeInfo['kind'];
}

/** The most widespread attributes a merchant is offered by name; rarer ones can still be typed. */
export const MAX_LISTED_ATTRIBUTES = 300;

export function labelAttribute({
  name,
  kind,
}: Pick<AttributeInfo, 'name' | 'kind'>): LabelledAttribute {
  return { name, label: humanizeAttributeName(name), kind };
}

/** The store's attributes, most widespread first, labelled, with how many products carry each. */
export async function storeAttributes(
  { prisma }: DatabaseDeps,
  storeId: number,
): Promise<(LabelledAttribute & { products: number })[]> {
  const attributes = await describeAttributes(prisma, storeId);
  return attributes
    .slice(0, MAX_LISTED_ATTRIBUTES)
    .map((a) => ({ ...labelAttribute(a), products: a.products }));
}
