import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import type { StoreInfo } from '~/lib/storefront/apiTypes';
import { errorCode } from '~/lib/storefront/displayError';
import { serverCaller } from '~/trpc/server';

/** The store a URL names; an unknown or malformed store name is a 404, not an error page. */
export const loadStore = cache(async (slug: string): Promise<StoreInfo> => {
  const api = await serverCaller();
  try {
    return await api.store.info({ store: slug });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') notFound();
    throw error;
  }
});
