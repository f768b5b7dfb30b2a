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

export class UserNotFoundError extends PlatformError {
  override name = 'UserNotFoundError';
  constructor() {
    super('There is no such user.');
  }
}
