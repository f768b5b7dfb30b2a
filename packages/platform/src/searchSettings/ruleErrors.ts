// The refusals of the rules' use cases, each with a sentence for the merchant.
import { fixedMessage, namedError } from '../errors.ts';

export class RuleRefusedError extends namedError('RuleRefusedError') {}

export class RuleNotFoundError extends fixedMessage('RuleNotFoundError') {}
