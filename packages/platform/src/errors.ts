// The platform's own refusals. Their messages are sentences for the user; the API maps each class
// to a status, the CLI prints the message as it is.

export class PlatformError extends Error {
  override name = 'PlatformError';
}

/** A model or codec that cannot build an index version; the message says why. */
export class InvalidReindexSettingsError extends PlatformError {
  override name = 'InvalidReindexSettingsError';
}

export class JudgmentSetNotFoundError extends PlatformError {
  override name = 'JudgmentSetNotFoundError';
  constructor() {
    super('This judgment set does not exist in this store.');
  }
}

/** An evaluation needs judgments to score against. */
export class EmptyJudgmentSetError extends PlatformError {
  override name = 'EmptyJudgmentSetError';
  constructor() {
    super('This judgment set has no judgments yet.');
  }
}

export class EvaluationRunNotFoundError extends PlatformError {
  override name = 'EvaluationRunNotFoundError';
  constructor() {
    super('This evaluation run does not exist in this store.');
  }
}

/** A qrels file with no usable row; the message says why, and nothing was saved. */
export class JudgmentsFileRefusedError extends PlatformError {
  override name = 'JudgmentsFileRefusedError';
}

/** The deployment ships no bundled judgment set. */
export class BundledJudgmentsMissingError extends PlatformError {
  override name = 'BundledJudgmentsMissingError';
  constructor() {
    super('No bundled judgment set is configured.');
  }
}

/** The demo catalog's files are missing or unreadable. */
export class DemoDataError extends PlatformError {
  override name = 'DemoDataError';
}

export class AccountExistsError extends PlatformError {
  override name = 'AccountExistsError';
  constructor(email: string) {
    super(`There is already an account for ${email}.`);
  }
}

/** A wrong email or a wrong password: the same answer for both. */
export class SignInRefusedError extends PlatformError {
  override name = 'SignInRefusedError';
  constructor() {
    super('The email or password is not right.');
  }
}

export class UserNotFoundError extends PlatformError {
  override name = 'UserNotFoundError';
  constructor() {
    super('There is no such user.');
  }
}
