// Refusals of the experiments' use cases, each with a sentence for the analyst or the storefront.
import { fixedMessage, namedError } from '../errors.ts';

/** A start or stop that cannot be done as asked; the message says why. */
export class ExperimentRefusedError extends namedError('ExperimentRefusedError') {}

export class ExperimentNotFoundError extends fixedMessage('ExperimentNotFoundError') {}

/**
 * A click for an impression that does not exist, belongs to another store or another visitor, or
 * names a product not shown at that position. One answer for all, so nothing about other stores'
 * or visitors' impressions can be learned from it.
 */
export class ImpressionNotFoundError extends fixedMessage('ImpressionNotFoundError') {}

/** A visitor clicking faster than any shopper does; the click is not counted. */
export class ClickLimitError extends fixedMessage('ClickLimitError') {}
