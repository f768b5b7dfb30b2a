// A refusal of one input field found after zod's input check (in a middleware or a handler),
// shaped as zod's own: clients get it in `fieldErrors` by its path, so a form shows it by the input.
import { TRPCError } from '@trpc/server';
import { ZodRealError } from 'zod';

export function fieldError(path: (string | number)[], message: string): TRPCError {
  // A ZodError that is an Error, as zod's parse throws it: tRPC keeps only Errors as causes.
  const cause = new ZodRealError([{ code: 'custom', path, message, input: undefined }]);
  return new TRPCError({ code: 'BAD_REQUEST', message, cause });
}
