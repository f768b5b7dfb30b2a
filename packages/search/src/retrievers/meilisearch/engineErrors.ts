// Turns what the meilisearch client throws into the first stage's error tree. The client's own
// errors carry request details (URLs, init objects); only codes and Meilisearch's messages are
// copied over, so nothing that held the Authorization header travels further.
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
} from 'meilisearch';
import {
  FirstStageError,
  FirstStageTaskError,
  FirstStageUnavailableError,
  InvalidFilterError,
} from './errors.ts';

/** Meilisearch error codes that mean "this filter, facet or sort cannot be applied". */
const FILTER_CODES = new Set([
  'invalid_search_filter',
  'invalid_search_facets',
  'invalid_search_sort',
]);

export function toFirstStageError(error: unknown, host: string): unknown {
  if (error instanceof FirstStageError) return error;
  if (error instanceof MeilisearchTaskTimeOutError) {
    const { taskUid, timeout } = error.cause;
    return new FirstStageTaskError({
      taskUid,
      code: 'task_wait_timeout',
      detail: `not finished within ${timeout} ms`,
    });
  }
  if (error instanceof MeilisearchRequestError) {
    const timedOut = error.cause instanceof MeilisearchRequestTimeOutError;
    return new FirstStageUnavailableError({
      host,
      reason: timedOut ? 'timeout' : 'network',
      detail: timedOut ? (error.cause as Error).message : networkDetail(error.cause),
    });
  }
  if (error instanceof MeilisearchApiError) {
    const code = error.cause?.code ?? `http_${error.response.status}`;
    const message = error.cause?.message ?? error.message;
    if (FILTER_CODES.has(code)) {
      return new InvalidFilterError(`the search engine rejected the filter: ${message}`, {
        cause: { code },
      });
    }
    return new FirstStageError(
      `the search engine at ${host} refused the request: ${code}: ${message}`,
      { cause: { code, status: error.response.status } },
    );
  }
  if (error instanceof SyntaxError) {
    // The client parses every answer as JSON: an HTML error page from a proxy lands here.
    return new FirstStageError(`the search engine at ${host} answered with something not JSON`, {
      cause: { code: 'malformed_response' },
    });
  }
  return error;
}

/** Node's fetch wraps the socket error (ECONNREFUSED, ENOTFOUND, …) as `cause`. */
function networkDetail(cause: unknown): string {
  const inner = (cause as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (typeof inner?.code === 'string') return inner.code;
  if (cause instanceof Error) return cause.message;
  return 'network error';
}

/** The host as shown in messages: scheme, name and port, without credentials or path. */
export function displayHost(host: string): string {
  try {
    const url = new URL(/^https?:\/\//.test(host) ? host : `http://${host}`);
    return url.origin;
  } catch {
    return '(invalid host)';
  }
}

/** True for the engine's answer about a store whose index was never created. */
export function isMissingIndex(error: unknown): boolean {
  return (
    error instanceof FirstStageError &&
    (error.cause as { code?: unknown } | undefined)?.code === 'index_not_found'
  );
}
