/** A failure whose message is meant for the user as is (exit code 1, no stack trace). */
export class CliError extends Error {
  override name = 'CliError';
}
