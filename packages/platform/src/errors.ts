// The platform's own refusals. Their messages are sentences for the user; the API maps each class
// to a status, the CLI prints the message as it is.

export class PlatformError extends Error {
  override name = 'PlatformError';
}

/** The refusals that always say the same sentence, by class name. */
const SENTENCES = {
  JudgmentSetNotFoundError: 'This judgment set does not exist in this store.',
  EmptyJudgmentSetError: 'This judgment set has no judgments yet.',
  EvaluationRunNotFoundError: 'This evaluation run does not exist in this store.',
  BundledJudgmentsMissingError: 'No bundled judgment set is configured.',
  SignInRefusedError: 'The email or password is not right.',
  UserNotFoundError: 'There is no such user.',
  ProductNotFoundError: 'This product does not exist in this store.',
  RuleNotFoundError: 'This rule does not exist in this store.',
  EmptyUploadError: 'The file is empty (0 bytes); there is nothing to import.',
  UploadNotFoundError: 'This upload has expired or does not exist. Upload the file again.',
  ExperimentNotFoundError: 'This experiment does not exist in this store.',
  ImpressionNotFoundError: 'This search result is not part of a running experiment.',
  ClickLimitError: 'Too many clicks from this visitor; this one was not counted.',
};

type ErrorBase = new (message: string, options?: ErrorOptions) => Error;

/**
 * A subclass of `Base` called `name`, its message given where it is thrown. The name is spelled
 * out because bundlers rename classes, and logs and tests read it.
 */
export function namedError(name: string, Base: ErrorBase = PlatformError) {
  return class extends Base {
    override name = name;
  };
}

/** A subclass of `Base` called `name` whose every instance says its sentence above. */
export function fixedMessage(name: keyof typeof SENTENCES, Base: ErrorBase = PlatformError) {
  return class extends Base {
    override name = name;
    constructor() {
      super(SENTENCES[name]);
    }
  };
}

/** A model or codec that cannot build an index version; the message says why. */
export class InvalidReindexSettingsError extends namedError('InvalidReindexSettingsError') {}

export class JudgmentSetNotFoundError extends fixedMessage('JudgmentSetNotFoundError') {}

/** A new judgment set may not take an existing one's name (saving under it would replace it). */
export class JudgmentSetNameTakenError extends namedError('JudgmentSetNameTakenError') {
  constructor(setName: string) {
    super(`A judgment set named “${setName}” already exists in this store: choose another name.`);
  }
}

/** An evaluation needs judgments to score against. */
export class EmptyJudgmentSetError extends fixedMessage('EmptyJudgmentSetError') {}

export class EvaluationRunNotFoundError extends fixedMessage('EvaluationRunNotFoundError') {}

/** A qrels file with no usable row; the message says why, and nothing was saved. */
export class JudgmentsFileRefusedError extends namedError('JudgmentsFileRefusedError') {}

/** The deployment ships no bundled judgment set. */
export class BundledJudgmentsMissingError extends fixedMessage('BundledJudgmentsMissingError') {}

/** The demo catalog's files are missing or unreadable. */
export class DemoDataError extends namedError('DemoDataError') {}

export class AccountExistsError extends PlatformError {
  override name = 'AccountExistsError';
  constructor(email: string) {
    super(`There is already an account for ${email}.`);
  }
}

/** A wrong email or a wrong password: the same answer for both. */
export class SignInRefusedError extends fixedMessage('SignInRefusedError') {}

export class UserNotFoundError extends fixedMessage('UserNotFoundError') {}
