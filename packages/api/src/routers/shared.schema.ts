import { z } from 'zod';

export const ZStoreSlug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'store names are lowercase letters, digits and dashes');

/** A row's id (judgment set, run, user, job, index version): the id columns hold 32 bits. */
export const ZRowId = z
  .number()
  .int()
  .positive()
  .max(2_147_483_647, 'no record has an id this large');
