import { InputField } from '~/components/ui';

/** A judgment set's name, required and as long as the API takes (100 characters). */
export function SetNameField({
  label,
  labelNote,
  value,
  onChange,
}: {
  label: string;
  labelNote?: string;
  value: string;
  onChange: (name: string) => void;
}) {
  return (
    <InputField
      label={label}
      labelNote={labelNote}
      required
      maxLength={100}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
