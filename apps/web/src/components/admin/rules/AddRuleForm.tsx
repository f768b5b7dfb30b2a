'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RULE_LIMITS } from '@shopsearch/search/limits';
import { useState, type FormEvent } from 'react';
import { adminErrorMessage } from '~/lib/admin/apiError';
import { EMPTY_RULE, toRuleInput, type RuleDraft } from '~/lib/admin/ruleForm';
import type { RulePreview } from '~/lib/admin/apiTypes';
import { useTRPC } from '~/trpc/react';
import { BoostFields } from './BoostFields';
import { OptionalInputs } from './OptionalInputs';
import { RulePreviewColumns } from './RulePreviewColumns';
import {
  Actions,
  Button,
  FieldRow,
  FormSection,
  InputField,
  Note,
  Problem,
  SelectField,
} from '~/components/ui';

const DATE_FIELDS = [
  ['From', 'startsOn'],
  ['Until (included)', 'endsOn'],
] as const;

/**
 * A new rule: for a query, pin a product at a position, hide it, or boost or bury the products
 * matching a filter, optionally between dates. `initialQuery` comes from the analytics' links.
 */
export function AddRuleForm({
  store,
  currency,
  initialQuery = '',
  onAdded,
}: {
  store: string;
  currency: string;
  initialQuery?: string;
  onAdded: (notice: string) => void;
}) {
  const trpc = useTRPC();
  const [draft, setDraft] = useState<RuleDraft>({ ...EMPTY_RULE, query: initialQuery });
  const queryClient = useQueryClient();
  const create = useMutation(trpc.searchSettings.createRule.mutationOptions());
  const [preview, setPreview] = useState<RulePreview | null>(null);
  const [previewProblem, setPreviewProblem] = useState('');
  const [previewing, setPreviewing] = useState(false);
  const showPreview = async () => {
    setPreviewProblem('');
    setPreviewing(true);
    try {
      setPreview(
        await queryClient.fetchQuery(
          trpc.searchSettings.previewRule.queryOptions(
            { store, rule: toRuleInput(draft, currency) },
            { staleTime: 0, retry: false },
          ),
        ),
      );
    } catch (error) {
      setPreview(null);
      setPreviewProblem(adminErrorMessage(error));
    } finally {
      setPreviewing(false);
    }
  };
  const set = (key: keyof RuleDraft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      { store, rule: toRuleInput(draft, currency) },
      {
        onSuccess: () => {
          const what =
            draft.action === 'boost'
              ? `boost ×${draft.factor}`
              : `${draft.action} ${draft.productId.trim()}`;
          onAdded(`Added: ${what} for “${draft.query.trim()}”.`);
          setDraft(EMPTY_RULE);
          setPreview(null);
        },
      },
    );
  };
  return (
    <FormSection title="Add a rule" onSubmit={onSubmit} noValidate>
      <Note>
        Rules apply to searches sorted by relevance as soon as they are saved; no re-index is
        needed. Exact rules go before “contains” rules, then the oldest first; a hidden product is
        never pinned. Hides apply first, then boosts and buries multiply the ranked scores, then
        pins take their positions.
      </Note>
      <FieldRow>
        <SelectField label="When the search" value={draft.match} onChange={set('match')}>
          <option value="exact">is</option>
          <option value="contains">contains</option>
        </SelectField>
        <InputField
          label="Query"
          value={draft.query}
          onChange={set('query')}
          grow
          maxLength={RULE_LIMITS.queryLength}
        />
      </FieldRow>
      <FieldRow>
        <SelectField label="Action" value={draft.action} onChange={set('action')}>
          <option value="pin">Pin at a position</option>
          <option value="hide">Hide</option>
          <option value="boost">Boost or bury matching products</option>
        </SelectField>
        {draft.action !== 'boost' && (
          <InputField label="Product id" value={draft.productId} onChange={set('productId')} grow />
        )}
        {draft.action === 'pin' && (
          <InputField
            label="Position"
            type="number"
            min={1}
            max={RULE_LIMITS.position}
            value={draft.position}
            onChange={set('position')}
          />
        )}
      </FieldRow>
      {draft.action === 'boost' && <BoostFields store={store} draft={draft} set={set} />}
      <FieldRow>
        <OptionalInputs fields={DATE_FIELDS} values={draft} set={set} type="date" />
      </FieldRow>
      {create.isError && (
        <Problem>The rule was not added: {adminErrorMessage(create.error)}</Problem>
      )}
      {previewProblem && <Problem>No preview: {previewProblem}</Problem>}
      {preview && <RulePreviewColumns preview={preview} />}
      <Actions>
        <Button
          type="button"
          variant="secondary"
          pending={previewing}
          pendingText="Previewing…"
          onClick={() => void showPreview()}
        >
          Preview
        </Button>
        <Button type="submit" pending={create.isPending} pendingText="Adding…">
          Add rule
        </Button>
      </Actions>
    </FormSection>
  );
}
