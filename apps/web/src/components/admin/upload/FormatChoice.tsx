'use client';
import type { CatalogFormat } from '~/lib/admin/apiTypes';
import { LabelOptions, SelectField } from '~/components/ui';
import styles from './MappingEditor.module.css';

const FORMAT_LABELS: Record<CatalogFormat, string> = {
  csv: 'CSV',
  jsonl: 'JSON Lines',
  icecat: 'Icecat JSON',
};

/** How the file is read: as detected from its name and first bytes, or as the merchant says. */
export function FormatChoice({
  requested,
  detected,
  onChange,
}: {
  requested: CatalogFormat | undefined;
  detected: CatalogFormat;
  onChange: (format: CatalogFormat | undefined) => void;
}) {
  return (
    <SelectField
      label="Read the file as"
      className={styles.narrow}
      value={requested ?? ''}
      onChange={(e) => onChange((e.target.value || undefined) as CatalogFormat | undefined)}
    >
      <option value="">Detected: {FORMAT_LABELS[detected]}</option>
      <LabelOptions labels={FORMAT_LABELS} />
    </SelectField>
  );
}
