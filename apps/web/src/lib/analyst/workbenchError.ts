// What an analyst is told when a call fails. The API's refusals (bad input, no such set, a name
// already taken, no access, too many requests) are sentences written for people and shown as they
// are; anything else gets one calm sentence, and may be retried.
import { errorCode, type DisplayError } from '../storefront/displayError';

const SHOWN_AS_IS = new Set([
  'BAD_REQUEST',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'TOO_MANY_REQUESTS',
]);

export function toWorkbenchError(error: unknown): DisplayError {
  const code = errorCode(error);
  if (code && SHOWN_AS_IS.has(code) && error instanceof Error) {
    return { message: error.message, retryable: code === 'TOO_MANY_REQUESTS' };
  }
  return { message: 'This did not work just now. Please try again.', retryable: true };
}

/** Refusals will be refused again; anything else gets one more try. */
export function retryOnce(failureCount: number, error: unknown): boolean {
  const code = errorCode(error);
  return failureCount < 1 && !(code && SHOWN_AS_IS.has(code));
}
