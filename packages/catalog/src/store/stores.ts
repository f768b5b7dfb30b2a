// Stores own every product; imports name their store by slug.
import { Prisma, type Database, type Store } from '@shopsearch/db';
import { z } from 'zod';
import { InvalidStoreError } from '../errors/invalidStoreError.ts';
import { StoreExistsError } from '../errors/storeExistsError.ts';
import { UnknownStoreError } from '../errors/unknownStoreError.ts';
import { isKnownCurrency } from '../product/currency.ts';

type Db = Pick<Database, 'prisma'>;

export interface NewStore {
  slug: string;
  name: string;
  /** ISO 4217 code; USD when omitted. */
  currency?: string;
}

export interface StoreSummary {
  slug: string;
  name: string;
  currency: string;
  productCount: number;
  createdAt: Date;
}

// `/admin/platform` is the platform administrator's page, so no store may be addressed as `platform`.
const RESERVED_SLUGS = new Set(['platform']);

const newStoreSchema = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, {
      error:
        'must be 1 to 64 lowercase letters, digits or dashes, not starting or ending with a dash',
    })
    .refine((slug) => !RESERVED_SLUGS.has(slug), {
      error: 'is reserved for the platform’s own pages; choose another',
    }),
  name: z
    .string()
    .trim()
    .min(1, { error: 'is required' })
    .max(200, { error: 'must be at most 200 characters' }),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isKnownCurrency, {
      error: 'must be an ISO 4217 code like USD',
    })
    .default('USD'),
});

/** The store with this slug; throws UnknownStoreError. */
export async function findStore(db: Db, slug: string): Promise<Store> {
  const store = await db.prisma.store.findUnique({ where: { slug } });
  if (!store) throw new UnknownStoreError(slug);
  return store;
}

/** Creates a store; throws InvalidStoreError or StoreExistsError. */
export async function createStore(db: Db, input: NewStore): Promise<Store> {
  const parsed = newStoreSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InvalidStoreError(String(issue.path[0]), issue.message);
  }
  try {
    return await db.prisma.store.create({ data: parsed.data });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new StoreExistsError(parsed.data.slug);
    }
    throw error;
  }
}

/** The store with this slug, created from `input` when it does not exist yet. */
export async function ensureStore(
  db: Db,
  input: NewStore,
): Promise<{ store: Store; created: boolean }> {
  const existing = await db.prisma.store.findUnique({ where: { slug: input.slug } });
  if (existing) return { store: existing, created: false };
  try {
    return { store: await createStore(db, input), created: true };
  } catch (error) {
    // Another process created it between the lookup and the insert.
    if (error instanceof StoreExistsError)
      return { store: await findStore(db, input.slug), created: false };
    throw error;
  }
}

/** Every store with its product count, oldest first. */
export async function listStores(db: Db): Promise<StoreSummary[]> {
  const stores = await db.prisma.store.findMany({
    orderBy: { id: 'asc' },
    include: { _count: { select: { products: true } } },
  });
  return stores.map((s) => ({
    slug: s.slug,
    name: s.name,
    currency: s.currency,
    productCount: s._count.products,
    createdAt: s.createdAt,
  }));
}
