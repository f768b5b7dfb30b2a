'use client';
import { useState, type FormEvent } from 'react';
import { SEARCH_LIMITS } from '@shopsearch/search/limits';
import type { IndexVersion, JudgmentSet } from '~/lib/analyst/apiTypes';
import { fromDraft, toDraft, type CompareDraft } from '~/lib/analyst/compareDraft';
import {
  DEPTHS,
  MAX_RANKINGS,
  MIN_RANKINGS,
  RANKING_LETTERS,
  type CompareState,
  type Depth,
} from '~/lib/analyst/compareState';
import { configuration } from '~/lib/analyst/configuration';
import type { StoreInfo } from '~/lib/storefront/apiTypes';
import { ConfigurationFields } from '../ConfigurationFields';
import { Field } from '../Field';
import { JudgmentSetSelect } from '../JudgmentSetSelect';
import workbench from '../Workbench.module.css';
import styles from './CompareForm.module.css';
import { FilterFields } from './FilterFields';

const toDepth = (value: string): Depth => DEPTHS.find((d) => String(d) === value) ?? 20;

/** The query, filters, rankings and judgment set of a comparison; applied on submit. */
export function CompareForm({
  state,
  store,
  sets,
  versions,
  onSubmit,
}: {
  state: CompareState;
  store: StoreInfo;
  sets: JudgmentSet[];
  versions: IndexVersion[];
  onSubmit: (state: CompareState) => void;
}) {
  const [draft, setDraft] = useState<CompareDraft>(() => toDraft(state));
  const [problem, setProblem] = useState<string | null>(null);
  const edit = (patch: Partial<CompareDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const { configurations } = draft;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = fromDraft(draft);
    setProblem(result.problem);
    if (result.state) onSubmit(result.state);
  };

  return (
    <form className={workbench.panel} onSubmit={submit} aria-label="Comparison">
      <div className={workbench.fields}>
        <label className={`${workbench.field} ${styles.query}`}>
          Query
          <input
            className={workbench.input}
            type="search"
            name="q"
            value={draft.q}
            maxLength={SEARCH_LIMITS.queryLength}
            onChange={(e) => edit({ q: e.target.value })}
          />
        </label>
        <Field label="Hits per ranking">
          {(id) => (
            <select
              id={id}
              className={workbench.select}
              value={draft.depth}
              onChange={(e) => edit({ depth: toDepth(e.target.value) })}
            >
              {DEPTHS.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          )}
        </Field>
        <JudgmentSetSelect
          sets={sets}
          value={draft.setId}
          onChange={(setId) => edit({ setId })}
          noneLabel="None (no grades, no rating)"
        />
      </div>

      <FilterFields draft={draft} store={store} onChange={edit} />

      <div className={styles.rankings}>
        {configurations.map((c, i) => (
          <ConfigurationFields
            key={i}
            name={`Ranking ${RANKING_LETTERS[i]}`}
            note={i === 0 ? '(baseline)' : undefined}
            value={c}
            versions={versions}
            onChange={(next) =>
              edit({ configurations: configurations.map((old, j) => (j === i ? next : old)) })
            }
            onRemove={
              configurations.length > MIN_RANKINGS
                ? () => edit({ configurations: configurations.filter((_, j) => j !== i) })
                : undefined
            }
          />
        ))}
      </div>

      <div className={workbench.actions}>
        <button type="submit" className={workbench.button}>
          Compare
        </button>
        {configurations.length < MAX_RANKINGS && (
          <button
            type="button"
            className={workbench.secondaryButton}
            onClick={() => edit({ configurations: [...configurations, configuration('colbert')] })}
          >
            Add a third ranking
          </button>
        )}
        <p className={workbench.problem} role="alert">
          {problem}
        </p>
      </div>
    </form>
  );
}
