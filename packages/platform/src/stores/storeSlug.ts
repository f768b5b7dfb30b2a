import { z } from 'zod';

/** How a request names a store (the catalog's rules for a new store's slug are stricter). */
export const ZStoreSlug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'store names are lowercase letters, digits and dashes');
