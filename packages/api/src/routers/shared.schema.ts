import { z } from 'zod';

export { ZStoreSlug } from '@shopsearch/platform';

/** A row's id (judgment set, run, user, job, index version): the id columns hold 32 bits. */
export const ZRowId = z
  .number()
  .int()
  .positive()
  .max(2_147_483_647, 'no record has an id this large');
