// A merchant's edit of one product: validated by the import's own rules (an edit can never store
// what an import would refuse) and written with a new content hash. The first stage gets the new
// text at once (PostgreSQL reads the product table; Meilisearch is sent the document), so search
// matches and shows it before any re-index. What waits for the next re-index is the product's
// token vectors: until then the reranker scores it, and explains its matches, by its old text.
import {
  createProductSchema,
  LIMITS,
  maxPriceText,
  upsertProducts,
  type CatalogProduct,
  type ProductDraft,
} from '@shopsearch/catalog';
import type { PrismaClient, Product } from '@shopsearch/db';
import {
  recountBrands,
  toSearchDocument,
  type Availability,
  type FirstStageIndex,
} from '@shopsearch/search';
import { fixedMessage, PlatformError } from '../errors.ts';

/** The fields a merchant edits; absent fields keep their value. */
export interface ProductPatch {
  title?: string;
  sku?: string;
  brand?: string;
  description?: string;
  priceMinor?: number | null;
  availability?: Availability;
  imageUrl?: string | null;
}

export interface UpdateProductDeps {
  prisma: PrismaClient;
  firstStageIndex: FirstStageIndex;
  storeChanged(storeId: number): void;
}

export interface UpdatedProduct {
  id: string;
  /** Something changed: search has the new text now; the token vectors wait for a re-index. */
  contentHashChanged: boolean;
}

export class ProductNotFoundError extends fixedMessage('ProductNotFoundError') {}

/** An edit the catalog's rules refuse; `field` names the patch field when one is to blame. */
export class ProductEditRefusedError extends PlatformError {
  override name = 'ProductEditRefusedError';
  constructor(
    message: string,
    readonly field?: keyof ProductPatch,
  ) {
    super(message);
  }
}

export async function updateProduct(
  deps: UpdateProductDeps,
  store: { id: number; currency: string },
  id: string,
  patch: ProductPatch,
): Promise<UpdatedProduct> {
  const { prisma } = deps;
  const current = await findProduct(prisma, store.id, id);
  checkPrice(current.currency, patch.priceMinor);
  const edited = validate(store.currency, { ...draftOf(current), ...patch });
  await upsertProducts({ prisma }, store.id, [edited]);
  const saved = await findProduct(prisma, store.id, id);
  const contentHashChanged = saved.contentHash !== current.contentHash;
  if (saved.brand !== current.brand)
    await recountBrands(prisma, store.id, [current.brand, saved.brand]);
  if (contentHashChanged && (await hasFirstStageIndex(prisma, store.id))) {
    await deps.firstStageIndex.upsert(store.id, [toSearchDocument(saved)]);
  }
  deps.storeChanged(store.id);
  return { id: saved.id, contentHashChanged };
}

/**
 * A store's first-stage index is created, with its settings, by its first re-index; before that a
 * document sent alone would create a Meilisearch index without them.
 */
async function hasFirstStageIndex(prisma: PrismaClient, storeId: number): Promise<boolean> {
  return !!(await prisma.indexVersion.findFirst({ where: { storeId }, select: { id: true } }));
}

async function findProduct(prisma: PrismaClient, storeId: number, id: string): Promise<Product> {
  const product = await prisma.product.findUnique({ where: { storeId_id: { storeId, id } } });
  if (!product) throw new ProductNotFoundError();
  return product;
}

/** The limit is in minor units; the merchant typed major units and reads them in the refusal. */
function checkPrice(currency: string, priceMinor: number | null | undefined) {
  if ((priceMinor ?? 0) > LIMITS.priceMinor) {
    const max = maxPriceText(currency);
    throw new ProductEditRefusedError(`a price in ${currency} can be at most ${max}`, 'priceMinor');
  }
}

/** A stored product as the import reads a file's row: dates as ISO text, as a file holds them. */
function draftOf(p: Product): ProductDraft {
  return {
    id: p.id,
    sku: p.sku,
    title: p.title,
    description: p.description,
    brand: p.brand,
    categoryPath: p.categoryPath,
    priceMinor: p.priceMinor,
    currency: p.currency,
    imageUrl: p.imageUrl,
    availability: p.availability,
    gtins: p.gtins,
    releasedAt: p.releasedAt?.toISOString() ?? null,
    attributes: p.attributes,
  };
}

function validate(currency: string, draft: ProductDraft): CatalogProduct {
  const parsed = createProductSchema(currency).safeParse(draft);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .map((i) => `${i.path.join('.') || 'product'}: ${i.message}`)
    .join('; ');
  throw new ProductEditRefusedError(`The product was not saved: ${problems}`);
}
