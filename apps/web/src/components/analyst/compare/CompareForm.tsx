'use client';
import { useState, type SyntheticEvent } from 'react';
import { SEARCH_LIMITS } from '@shopsearch/search/limits';
import {
  Actions,
  Button,
  FieldRow,
  InputField,
  Panel,
  Problem,
  SelectField,
} from '~/components/ui';
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
import { JudgmentSetSelect } from '../JudgmentSetSelect';
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

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const result = fromDraft(draft);
    setProblem(result.problem);
    if (result.state) onSubmit(result.state);
  };

  return (
    <Panel as="form" onSubmit={submit} aria-label="Comparison">
      <FieldRow alignEnd>
        <InputField
          label="Query"
          className={styles.query}
          type="search"
          name="q"
          value={draft.q}
          maxLength={SEARCH_LIMITS.queryLength}
          onChange={(e) => edit({ q: e.target.value })}
        />
        <SelectField
          label="Hits per ranking"
          value={draft.depth}
          onChange={(e) => edit({ depth: toDepth(e.target.value) })}
        >
          {DEPTHS.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </SelectField>
        <JudgmentSetSelect
          sets={sets}
          value={draft.setId}
          onChange={(setId) => edit({ setId })}
          noneLabel="None (no grades, no rating)"
        />
      </FieldRow>

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

      <Actions>
        <Button type="submit">Compare</Button>
        {configurations.length < MAX_RANKINGS && (
          <Button
            variant="secondary"
            onClick={() => edit({ configurations: [...configurations, configuration('colbert')] })}
          >
            Add a third ranking
          </Button>
        )}
        <Problem inline>{problem}</Problem>
      </Actions>
    </Panel>
  );
}
