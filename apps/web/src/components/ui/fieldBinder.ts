import type { ChangeEvent } from 'react';

type TextControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Ties a form's text fields to its values: `bind(key)` gives an `InputField`, `SelectField` or
 * `TextAreaField` the key's value, its error and a change handler that sets the key. Spread it
 * first, so a field can still override one of them (an `onChange` that upper-cases, say).
 */
export function fieldBinder<K extends string>(
  values: Record<K, string>,
  errors: Partial<Record<K, string>>,
  setValue: (key: K, value: string) => void,
) {
  return (key: K) => ({
    value: values[key],
    error: errors[key],
    onChange: (event: ChangeEvent<TextControl>) => setValue(key, event.target.value),
  });
}
