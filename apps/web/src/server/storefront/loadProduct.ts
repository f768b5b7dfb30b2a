import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import type { ProductDetails } from '~/lib/storefront/apiTypes';
import { errorCode } from '~/lib/storefront/displayError';
import { serverCaller } from '~/trpc/server';

/** One product of a store; an unknown id is a 404. */
export const loadProduct = cache(async (store: string, id: string): Promise<ProductDetails> => {
  const api = await serverCaller();
  try {
    return await api.product.byId({ store, id });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') notFound();
    throw error;
  }
});
