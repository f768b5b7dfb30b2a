// What a shopper is told when a request fails. The API's messages for bad input are written for
// people and shown as they are; anything else (a crash, a dropped connection) gets one calm
// sentence and a retry, never a stack trace or a transport error.
export interface DisplayError {
  message: string;
  /** Worth trying again: the same request might succeed. */
  retryable: boolean;
}

const SHOWN_AS_IS = new Set(['BAD_REQUEST', 'NOT_FOUND']);

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  // TRPCError (server side) carries `code`; TRPCClientError (browser) carries `data.code`.
  const direct = (error as { code?: unknown }).code;
  const data = (error as { data?: { code?: unknown } | null }).data;
  const code = typeof direct === 'string' ? direct : data?.code;
  return typeof code === 'string' ? code : undefined;
}

export function toDisplayError(error: unknown): DisplayError {
  const code = errorCode(error);
  if (code && SHOWN_AS_IS.has(code) && error instanceof Error) {
    return { message: error.message, retryable: false };
  }
  if (code === 'TOO_MANY_REQUESTS') {
    return { message: 'Too many searches at once. Please wait a moment.', retryable: true };
  }
  return { message: 'We could not load the results just now.', retryable: true };
}

/** Client errors will fail the same way again; everything else gets one more try. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const code = errorCode(error);
  return failureCount < 1 && !(code && SHOWN_AS_IS.has(code));
}
