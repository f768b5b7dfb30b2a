'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { adminErrorMessage } from '~/lib/admin/apiError';
import type { RuleChange, RuleRow } from '~/lib/admin/apiTypes';
import { boostLabel, describeFilter } from '~/lib/admin/boostFilter';
import { ruleDates, withEnabled } from '~/lib/admin/ruleForm';
import { useTRPC } from '~/trpc/react';
import { Button, DataTable, Muted, Problem, Section, Success, type Column } from '~/components/ui';
import { LoadFailure } from '../LoadFailure';
import { AddRuleForm } from './AddRuleForm';
import { SettingsFileSection } from './SettingsFileSection';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The store's rules with their switches, a form to add one, and the latest changes. */
export function RulesEditor({ store, currency }: { store: string; currency: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const answer = useQuery(trpc.searchSettings.rules.queryOptions({ store }));
  // Analytics' "Add a rule" link names the query (`?for=`).
  const initialQuery = useSearchParams().get('for') ?? '';
  const [notice, setNotice] = useState('');
  const refresh = () =>
    queryClient.invalidateQueries(trpc.searchSettings.rules.queryFilter({ store }));
  const update = useMutation(
    trpc.searchSettings.updateRule.mutationOptions({ onSuccess: refresh }),
  );
  const remove = useMutation(
    trpc.searchSettings.deleteRule.mutationOptions({ onSuccess: refresh }),
  );

  if (answer.isError) return <LoadFailure title="The rules could not be loaded." query={answer} />;
  if (!answer.data) return <Muted>Loading the rules…</Muted>;

  const describe = (r: RuleRow) =>
    r.action.kind === 'boost'
      ? `${boostLabel(r.action.factor).toLowerCase()} ${describeFilter(r.action.filter, currency)} for “${r.query}”`
      : `${r.action.kind} ${r.productTitle ?? r.action.productId} for “${r.query}”`;
  const columns: Column<RuleRow>[] = [
    {
      header: 'Query',
      rowHeader: true,
      cell: (r) => `${r.match === 'exact' ? 'is' : 'contains'} “${r.query}”`,
    },
    {
      header: 'Action',
      cell: (r) =>
        r.action.kind === 'pin'
          ? `Pin at position ${r.action.position}`
          : r.action.kind === 'boost'
            ? boostLabel(r.action.factor)
            : 'Hide',
    },
    {
      header: 'Products',
      cell: (r) =>
        r.action.kind === 'boost' ? (
          `Matching ${describeFilter(r.action.filter, currency)}`
        ) : r.productTitle ? (
          <>
            {r.productTitle} <code>{r.action.productId}</code>
          </>
        ) : (
          <>
            <code>{r.action.productId}</code> (no longer in the catalog: the rule does nothing)
          </>
        ),
    },
    { header: 'When', cell: (r) => ruleDates(r) },
    { header: 'Status', cell: (r) => (r.enabled ? 'On' : 'Off') },
    {
      header: 'Actions',
      hideHeader: true,
      cell: (r) => (
        <>
          <Button
            variant="link"
            aria-label={`${r.enabled ? 'Turn off' : 'Turn on'}: ${describe(r)}`}
            onClick={() =>
              update.mutate(
                { store, ruleId: r.id, rule: withEnabled(r, !r.enabled) },
                {
                  onSuccess: () => setNotice(`Turned ${r.enabled ? 'off' : 'on'}: ${describe(r)}.`),
                },
              )
            }
          >
            {r.enabled ? 'Turn off' : 'Turn on'}
          </Button>
          <Button
            variant="link"
            aria-label={`Delete: ${describe(r)}`}
            onClick={() =>
              remove.mutate(
                { store, ruleId: r.id },
                { onSuccess: () => setNotice(`Deleted: ${describe(r)}.`) },
              )
            }
          >
            Delete
          </Button>
        </>
      ),
    },
  ];
  const problem = update.error ?? remove.error;
  return (
    <>
      <Section title="Rules of this store" headingId="rules-heading">
        <DataTable
          caption="Rules"
          columns={columns}
          rows={answer.data.rules}
          rowKey={(r) => r.id}
          empty="No rules yet: add one below."
          layout="cards"
        />
        <Success>{notice}</Success>
        {problem && <Problem>{adminErrorMessage(problem)}</Problem>}
      </Section>
      <AddRuleForm
        store={store}
        currency={currency}
        initialQuery={initialQuery}
        onAdded={(text) => void refresh().then(() => setNotice(text))}
      />
      <SettingsFileSection store={store} onImported={() => void refresh()} />
      <Section title="Latest changes" headingId="rule-changes-heading">
        <DataTable
          caption="Latest changes to the rules"
          columns={CHANGE_COLUMNS}
          rows={answer.data.history}
          rowKey={(c) => c.id}
          empty="No changes yet."
        />
      </Section>
    </>
  );
}

const CHANGE_COLUMNS: Column<RuleChange>[] = [
  { header: 'When', rowHeader: true, cell: (c) => WHEN.format(c.at) },
  { header: 'Who', cell: (c) => c.byEmail },
  { header: 'Change', cell: (c) => `Rule ${c.ruleId} ${c.change}` },
];
