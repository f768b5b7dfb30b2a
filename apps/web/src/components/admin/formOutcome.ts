import { useState, type FormEvent } from 'react';
import { adminErrorMessage, fieldErrorsOf } from '~/lib/admin/apiError';

/**
 * A form's success notice and its submit handler: the page does not reload, the last notice is
 * cleared, then `send` runs (a mutation whose onSuccess calls `setNotice`).
 */
export function useFormNotice() {
  const [notice, setNotice] = useState('');
  const onSubmit = (send: () => void) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice('');
    send();
  };
  return { notice, setNotice, onSubmit };
}

/**
 * A form that creates something: its values, starting `empty`, its notice, and `created`, which
 * shows the notice, empties the fields for the next one and tells the page.
 */
export function useCreateForm<V>(empty: V, onCreated: () => void) {
  const [values, setValues] = useState(empty);
  const form = useFormNotice();
  const created = (notice: string) => {
    form.setNotice(notice);
    setValues(empty);
    onCreated();
  };
  return { values, setValues, form, created };
}

/** A failed mutation's messages per field, and its refusal when no field carries one. */
export function refusalOf(mutation: { isError: boolean; error: unknown }) {
  const fieldErrors = mutation.isError ? fieldErrorsOf(mutation.error) : {};
  const problem =
    mutation.isError && Object.keys(fieldErrors).length === 0
      ? adminErrorMessage(mutation.error)
      : '';
  return { fieldErrors, problem };
}

/** A failure's message, or nothing: for a `Problem` kept in the page while there is none. */
export function messageOf(...errors: unknown[]): string {
  const error = errors.find((e) => e !== null && e !== undefined);
  return error === undefined ? '' : adminErrorMessage(error);
}
