import { InputField } from '~/components/ui';

/** The draft's change handler for one key, as the rule form hands it down. */
export type DraftChange<K extends string> = (key: K) => (e: { target: { value: string } }) => void;

/** Optional inputs of one type, one for each `[label, key]` of the draft (a pair of bounds). */
export function OptionalInputs<K extends string>({
  fields,
  values,
  set,
  type,
  min,
}: {
  fields: readonly (readonly [label: string, key: K])[];
  values: Record<K, string>;
  set: DraftChange<K>;
  type: 'date' | 'number';
  min?: number;
}) {
  return fields.map(([label, key]) => (
    <InputField
      key={key}
      label={label}
      labelNote="(optional)"
      type={type}
      min={min}
      value={values[key]}
      onChange={set(key)}
    />
  ));
}
