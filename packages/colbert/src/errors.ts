// The package's error tree: one base class, one subclass per kind of failure. Structured details
// travel in `cause`, so callers can branch on them without parsing messages.

/** Base class of every error thrown on purpose by @shopsearch/colbert. */
export class ColbertError extends Error {
  override name = 'ColbertError';
}

export interface ModelLoadErrorDetails {
  directory: string;
  /** The file that is missing or invalid, relative to the directory ('.' for the directory). */
  file: string;
}

/** Error thrown when a model directory is missing a file or holds an invalid one. */
export class ModelLoadError extends ColbertError {
  override name = 'ModelLoadError';
  declare readonly cause: ModelLoadErrorDetails & { error?: unknown };

  constructor(details: ModelLoadErrorDetails, problem: string, error?: unknown) {
    super(`Cannot load ColBERT model from ${details.directory}: ${details.file}: ${problem}`, {
      cause: { ...details, error },
    });
  }
}

/** Error thrown when arrays handed to a kernel or codec do not have the shapes they claim. */
export class ShapeError extends ColbertError {
  override name = 'ShapeError';
}

/** Throws a ShapeError whose message states the offending shape, ColBERT style. */
export function assertShape(condition: boolean, describeShape: () => string): asserts condition {
  if (!condition) throw new ShapeError(describeShape());
}
