import { apiFieldErrors } from '~/lib/admin/apiError';

/** The API's message for each of a form's fields (by input name), from a failed mutation. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, messages] of Object.entries(apiFieldErrors(error) ?? {})) {
    if (messages[0]) errors[path] ??= messages[0];
  }
  return errors;
}
