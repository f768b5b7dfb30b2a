'use client';
import { Button, Fieldset, Hint, NumberField, SelectField } from '~/components/ui';
import type { IndexVersion } from '~/lib/analyst/apiTypes';
import {
  MAX_MEANING_CANDIDATES,
  MAX_RERANK_DEPTH,
  PROFILE_LABELS,
  PROFILE_NAMES,
  weightedHybrid,
  type Configuration,
} from '~/lib/analyst/configuration';
import styles from './ConfigurationFields.module.css';

/** The reranking profiles' candidate counts, whole numbers from 0. */
const CANDIDATE_COUNTS = [
  { key: 'rerankDepth', label: 'Rerank depth', note: 'candidates', max: MAX_RERANK_DEPTH },
  {
    key: 'meaningCandidates',
    label: 'Candidates by meaning',
    note: '0 off · similar words, static models',
    max: MAX_MEANING_CANDIDATES,
  },
] as const;

function versionLabel(v: IndexVersion): string {
  return `v${v.id} · ${v.model} · ${v.codec}${v.state === 'active' ? '' : ` (${v.state})`}`;
}

/**
 * One ranking configuration: profile, and for reranking profiles the fusion, weight, title-length
 * prior, rerank depth, candidates by meaning, product-type intent and index version. Fields that do not apply to the
 * chosen profile are not shown.
 */
export function ConfigurationFields({
  name,
  note,
  value,
  versions,
  onChange,
  onRemove,
}: {
  /** "Ranking A", "Configuration 2": names the group and its remove button. */
  name: string;
  note?: string;
  value: Configuration;
  versions: IndexVersion[];
  onChange: (value: Configuration) => void;
  onRemove?: (() => void) | undefined;
}) {
  const edit = (patch: Partial<Configuration>) => onChange({ ...value, ...patch });
  const reranks = value.profile !== 'lexical';
  return (
    <Fieldset
      className={styles.box}
      legend={
        <>
          {name}
          {note && <Hint> {note}</Hint>}
        </>
      }
    >
      <div className={styles.grid}>
        <SelectField
          label="Profile"
          value={value.profile}
          onChange={(e) =>
            edit({ profile: PROFILE_NAMES.find((p) => p === e.target.value) ?? value.profile })
          }
        >
          {PROFILE_NAMES.map((p) => (
            <option key={p} value={p}>
              {PROFILE_LABELS[p]}
            </option>
          ))}
        </SelectField>
        {value.profile === 'hybrid' && (
          <SelectField
            label="Fusion"
            value={value.fusion}
            onChange={(e) => edit({ fusion: e.target.value === 'rrf' ? 'rrf' : 'weighted' })}
          >
            <option value="weighted">Weighted scores</option>
            <option value="rrf">Reciprocal rank (RRF)</option>
          </SelectField>
        )}
        {weightedHybrid(value) && (
          <>
            <NumberField
              label="MaxSim weight"
              labelNote="0 lexical – 1 MaxSim"
              value={value.hybridWeight}
              min={0}
              max={1}
              step={0.05}
              onChange={(hybridWeight) => edit({ hybridWeight })}
            />
            <NumberField
              label="Title-length prior"
              labelNote="0 off · long titles rank lower"
              value={value.titleLengthPrior}
              min={0}
              max={1}
              step={0.005}
              onChange={(titleLengthPrior) => edit({ titleLengthPrior })}
            />
          </>
        )}
        {reranks &&
          CANDIDATE_COUNTS.map((count) => (
            <NumberField
              key={count.key}
              label={count.label}
              labelNote={count.note}
              value={value[count.key]}
              min={0}
              max={count.max}
              step={1}
              onChange={(n) => edit({ [count.key]: Math.round(n) })}
            />
          ))}
        {reranks && (
          <SelectField
            label="Product-type intent"
            value={value.productTypeIntent ? 'on' : 'off'}
            onChange={(e) => edit({ productTypeIntent: e.target.value === 'on' })}
          >
            <option value="on">On: “laptop” → type “Notebook”</option>
            <option value="off">Off</option>
          </SelectField>
        )}
        {reranks && (
          <SelectField
            label="Index version"
            className={styles.version}
            value={value.indexVersionId ?? ''}
            onChange={(e) =>
              edit({ indexVersionId: e.target.value === '' ? null : Number(e.target.value) })
            }
          >
            <option value="">The active version</option>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {versionLabel(v)}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      {onRemove && (
        <Button variant="dangerLink" className={styles.remove} onClick={onRemove}>
          Remove {name}
        </Button>
      )}
    </Fieldset>
  );
}
