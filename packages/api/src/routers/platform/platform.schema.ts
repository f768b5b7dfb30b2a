import { z } from 'zod';
import { ZRowId, ZStoreSlug } from '../shared.schema.ts';

export const ZCreateStoreInputSchema = z
  .object({
    slug: z.string().trim().min(1, 'enter a store name for addresses').max(64),
    name: z.string().trim().min(1, 'enter the store’s name').max(200),
    currency: z.string().trim().length(3, 'a currency is a 3-letter code like USD').default('USD'),
  })
  .strict();
export type TCreateStoreInputSchema = z.infer<typeof ZCreateStoreInputSchema>;

/** Passwords are set by an administrator here and never shown again; 10 characters at least. */
export const ZCreateUserInputSchema = z
  .object({
    email: z.string().trim().toLowerCase().email('enter an email address').max(320),
    name: z.string().trim().max(200).default(''),
    password: z.string().min(10, 'a password needs at least 10 characters').max(1000),
    isPlatformAdmin: z.boolean().default(false),
  })
  .strict();
export type TCreateUserInputSchema = z.infer<typeof ZCreateUserInputSchema>;

export const ZRoleInputSchema = z
  .object({
    userId: ZRowId,
    store: ZStoreSlug,
    role: z.enum(['merchant', 'analyst']),
  })
  .strict();
export type TRoleInputSchema = z.infer<typeof ZRoleInputSchema>;
