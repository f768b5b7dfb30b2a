// The package's error tree. Messages are sentences a merchant can act on; details go in `cause`.

export class IndexingError extends Error {
  override name = 'IndexingError';
}

/** Error thrown when a store already has a re-index job that has not finished. */
export class ReindexConflictError extends IndexingError {
  override name = 'ReindexConflictError';
  constructor(readonly jobId: number) {
    super(
      `A re-index is already queued or running for this store (job ${jobId}); wait for it or cancel it.`,
      {
        cause: { jobId },
      },
    );
  }
}

/** Error thrown when an incremental re-index would build a copy of the active index version. */
export class NothingToReindexError extends IndexingError {
  override name = 'NothingToReindexError';
  constructor(readonly activeVersionId: number) {
    super(
      `Nothing to re-index: no product was added, changed or deleted since index version ${activeVersionId} was built.`,
      { cause: { activeVersionId } },
    );
  }
}

/** Error thrown when a job or index version does not exist in the given store. */
export class NotFoundInStoreError extends IndexingError {
  override name = 'NotFoundInStoreError';
  constructor(what: 'job' | 'index version', id: number) {
    super(`No ${what} ${id} in this store.`, { cause: { what, id } });
  }
}

/** Error thrown when an index version cannot make the requested state change. */
export class IndexVersionStateError extends IndexingError {
  override name = 'IndexVersionStateError';
}
