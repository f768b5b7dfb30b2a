'use client';
import type { IndexVersion } from '~/lib/analyst/apiTypes';
import {
  MAX_RERANK_DEPTH,
  PROFILE_LABELS,
  PROFILE_NAMES,
  weightedHybrid,
  type Configuration,
} from '~/lib/analyst/configuration';
import styles from './ConfigurationFields.module.css';
import { Field } from './Field';
import { NumberField } from './NumberField';
import workbench from './Workbench.module.css';

function versionLabel(v: IndexVersion): string {
  return `v${v.id} · ${v.model} · ${v.codec}${v.state === 'active' ? '' : ` (${v.state})`}`;
}

/**
 * One ranking configuration: profile, and for reranking profiles the fusion, weight, title-length
 * prior, rerank depth and index version. Fields that do not apply to the chosen profile are not shown.
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
    <fieldset className={`${workbench.fieldset} ${styles.box}`}>
      <legend className={workbench.legend}>
        {name}
        {note && <span className={workbench.hint}> {note}</span>}
      </legend>
      <div className={styles.grid}>
        <Field label="Profile">
          {(id) => (
            <select
              id={id}
              className={workbench.select}
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
            </select>
          )}
        </Field>
        {value.profile === 'hybrid' && (
          <Field label="Fusion">
            {(id) => (
              <select
                id={id}
                className={workbench.select}
                value={value.fusion}
                onChange={(e) => edit({ fusion: e.target.value === 'rrf' ? 'rrf' : 'weighted' })}
              >
                <option value="weighted">Weighted scores</option>
                <option value="rrf">Reciprocal rank (RRF)</option>
              </select>
            )}
          </Field>
        )}
        {weightedHybrid(value) && (
          <>
            <NumberField
              label="MaxSim weight"
              hint="0 lexical – 1 MaxSim"
              value={value.hybridWeight}
              min={0}
              max={1}
              step={0.05}
              onChange={(hybridWeight) => edit({ hybridWeight })}
            />
            <NumberField
              label="Title-length prior"
              hint="0 off · long titles rank lower"
              value={value.titleLengthPrior}
              min={0}
              max={1}
              step={0.005}
              onChange={(titleLengthPrior) => edit({ titleLengthPrior })}
            />
          </>
        )}
        {reranks && (
          <NumberField
            label="Rerank depth"
            hint="candidates"
            value={value.rerankDepth}
            min={0}
            max={MAX_RERANK_DEPTH}
            step={1}
            onChange={(rerankDepth) => edit({ rerankDepth: Math.round(rerankDepth) })}
          />
        )}
        {reranks && (
          <Field label="Index version" className={styles.version}>
            {(id) => (
              <select
                id={id}
                className={workbench.select}
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
              </select>
            )}
          </Field>
        )}
      </div>
      {onRemove && (
        <button type="button" className={styles.remove} onClick={onRemove}>
          Remove {name}
        </button>
      )}
    </fieldset>
  );
}
