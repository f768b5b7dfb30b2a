import { z } from 'zod';

export const ZSignInInputSchema = z
  .object({
    email: z.string().trim().toLowerCase().email('enter an email address').max(320),
    password: z.string().min(1, 'enter your password').max(1000),
  })
  .strict();

export type TSignInInputSchema = z.infer<typeof ZSignInInputSchema>;
