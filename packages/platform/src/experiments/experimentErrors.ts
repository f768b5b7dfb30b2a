// Refusals of the experiments' use cases, each with a sentence for the analyst or the storefront.
import { PlatformError } from '../errors.ts';

/** A start or stop that cannot be done as asked; the message says why. */
export class ExperimentRefusedError extends PlatformError {
  override name = 'ExperimentRefusedError';
}

export class ExperimentNotFoundError extends PlatformError {
  override name = 'ExperimentNotFoundError';
  constructor() {
    super('This experiment does not exist in this store.');
  }
}

/**
 * A click for an impression that does not exist, belongs to another store or another visitor, or
 * names a product not shown at that position. One answer for all, so nothing about other stores'
 * or visitors' impressions can be learned from it.
 */
export class ImpressionNotFoundError extends PlatformError {
  override name = 'ImpressionNotFoundError';
  constructor() {
    super('This search result is not part of a running experiment.');
  }
}

/** A visitor clicking faster than any shopper does; the click is not counted. */
export class ClickLimitError extends PlatformError {
  override name = 'ClickLimitError';
  constructor() {
    super('Too many clicks from this visitor; this one was not counted.');
  }
}
