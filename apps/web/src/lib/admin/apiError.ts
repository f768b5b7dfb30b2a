// What an admin page is told when a call fails. The API's refusals are sentences written for
// people and shown as they are, with field errors when a form can place them; anything else gets
// one calm sentence.
import { errorCode } from '../storefront/displayError';

const SHOWN_AS_IS = new Set([
  'BAD_REQUEST',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'TOO_MANY_REQUESTS',
]);

export function adminErrorMessage(error: unknown): string {
  const code = errorCode(error);
  if (code && SHOWN_AS_IS.has(code) && error instanceof Error) return error.message;
  return 'This did not work just now. Please try again.';
}

/** The API's field errors by path (`patch.title`), when the failure was a validation error. */
export function apiFieldErrors(error: unknown): Record<string, string[]> | null {
  if (typeof error !== 'object' || error === null) return null;
  const data = (error as { data?: { fieldErrors?: unknown } | null }).data;
  const fields = data?.fieldErrors;
  return fields && typeof fields === 'object' ? (fields as Record<string, string[]>) : null;
}

/** Refusals will be refused again; anything else gets one more try. */
export function retryUnlessRefused(failureCount: number, error: unknown): boolean {
  const code = errorCode(error);
  return failureCount < 1 && !(code && SHOWN_AS_IS.has(code));
}

/** The API's message for each of a form's fields (by input name), from a failed mutation. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, messages] of Object.entries(apiFieldErrors(error) ?? {})) {
    if (messages[0]) errors[path] ??= messages[0];
  }
  return errors;
}
