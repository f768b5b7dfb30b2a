// The first stage's error tree. Callers branch on the class (the API edge maps each to a status);
// structured details travel in `cause`. Messages name the engine's host, never its API key.

/** Any failure of a first-stage engine that is not a programming error. */
export class FirstStageError extends Error {
  override name = 'FirstStageError';
}

/** Error thrown when the engine cannot be reached: connection refused, DNS failure, timeout. */
export class FirstStageUnavailableError extends FirstStageError {
  override name = 'FirstStageUnavailableError';
  override cause: { host: string; reason: 'network' | 'timeout'; detail: string };

  constructor(cause: FirstStageUnavailableError['cause']) {
    super(`the search engine at ${cause.host} is unreachable (${cause.detail})`);
    this.cause = cause;
  }
}

/** Error thrown when an asynchronous engine task (index creation, settings, documents) fails. */
export class FirstStageTaskError extends FirstStageError {
  override name = 'FirstStageTaskError';
  override cause: { taskUid: number; code: string; detail: string };

  constructor(cause: FirstStageTaskError['cause']) {
    super(`search engine task ${cause.taskUid} failed: ${cause.code}: ${cause.detail}`);
    this.cause = cause;
  }
}

/** Error thrown when a filter or facet cannot be expressed safely or the engine rejects it. */
export class InvalidFilterError extends FirstStageError {
  override name = 'InvalidFilterError';
}
