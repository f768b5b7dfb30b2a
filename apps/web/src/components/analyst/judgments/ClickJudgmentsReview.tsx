'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Actions,
  Button,
  DataTable,
  FieldRow,
  Muted,
  Note,
  NumberField,
  Problem,
  Section,
  Success,
  type Column,
} from '~/components/ui';
import type { ClickProposal } from '~/lib/analyst/apiTypes';
import { formatCount, formatMetric } from '~/lib/analyst/format';
import { toWorkbenchError } from '~/lib/analyst/workbenchError';
import { useTRPC } from '~/trpc/react';
import { QueryFailure } from '../QueryFailure';
import { SetNameField } from './SetNameField';

const GRADES = ['0 not relevant', '1 somewhat', '2 relevant', '3 highly relevant'];

/** The analyst's review of one proposal: kept or not, and the grade to save. */
interface Review {
  keep: boolean;
  grade: number;
}

const keyOf = (p: ClickProposal) => JSON.stringify([p.query, p.productId]);

/**
 * Judgments proposed from shoppers' clicks on interleaved results (the store's experiments), each
 * with the counts behind it; the analyst changes grades, drops rows, and saves the rest as a set.
 */
export function ClickJudgmentsReview({ store }: { store: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [minImpressions, setMinImpressions] = useState(5);
  /** The floor the shown proposals were asked with; null until asked. */
  const [asked, setAsked] = useState<number | null>(null);
  const [reviews, setReviews] = useState<Map<string, Review>>(new Map());
  const [name, setName] = useState('From clicks');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const proposals = useQuery({
    ...trpc.judgments.proposeFromClicks.queryOptions({ store, minImpressions: asked ?? 5 }),
    enabled: asked !== null,
  });
  const save = useMutation(
    trpc.judgments.saveFromClicks.mutationOptions({
      onSuccess: (set) => {
        setSaved(`Saved ${formatCount(set.judgments)} judgments as “${set.name}”.`);
        void queryClient.invalidateQueries({ queryKey: trpc.judgments.listSets.queryKey() });
      },
      onError: (error) => setProblem(toWorkbenchError(error).message),
    }),
  );
  const reviewOf = (p: ClickProposal): Review =>
    reviews.get(keyOf(p)) ?? { keep: true, grade: p.grade };
  const review = (p: ClickProposal, change: Partial<Review>) =>
    setReviews(new Map(reviews).set(keyOf(p), { ...reviewOf(p), ...change }));

  const columns: Column<ClickProposal>[] = [
    {
      header: 'Keep',
      cell: (p) => (
        <input
          type="checkbox"
          checked={reviewOf(p).keep}
          aria-label={`Keep ${p.productId} for “${p.query}”`}
          onChange={(e) => review(p, { keep: e.target.checked })}
        />
      ),
    },
    { header: 'Query', rowHeader: true, cell: (p) => p.query },
    {
      header: 'Product',
      cell: (p) => `${p.title ?? '(no longer in the catalog)'} · ${p.productId}`,
    },
    { header: 'Shown', numeric: true, cell: (p) => formatCount(p.impressions) },
    { header: 'Clicks', numeric: true, cell: (p) => formatCount(p.clicks) },
    { header: 'Expected', numeric: true, cell: (p) => formatMetric(p.expectedClicks, 1) },
    {
      header: 'Clicks ÷ expected',
      numeric: true,
      cell: (p) => (Number.isFinite(p.ratio) ? formatMetric(p.ratio, 2) : 'none expected'),
    },
    {
      header: 'Grade',
      cell: (p) => (
        <select
          aria-label={`Grade of ${p.productId} for “${p.query}”`}
          value={reviewOf(p).grade}
          onChange={(e) => review(p, { grade: Number(e.target.value) })}
        >
          {GRADES.map((label, grade) => (
            <option key={grade} value={grade}>
              {label}
            </option>
          ))}
        </select>
      ),
    },
  ];

  const submit = () => {
    setProblem(null);
    setSaved(null);
    const kept = (proposals.data?.proposals ?? [])
      .filter((p) => reviewOf(p).keep)
      .map((p) => ({ query: p.query, productId: p.productId, grade: reviewOf(p).grade }));
    if (kept.length === 0) setProblem('Keep at least one judgment to save.');
    else save.mutate({ store, name: name.trim(), judgments: kept });
  };

  return (
    <Section title="Judgments from clicks" headingId="click-judgments-heading">
      <Note>
        Proposed from what shoppers clicked on interleaved results of this store’s experiments: a
        product’s clicks against those an average product drew at the same positions (at least 2× →
        3, 1× → 2, half → 1, less → 0), for products shown often enough for a query.
      </Note>
      <FieldRow alignEnd>
        <NumberField
          label="Shown at least"
          labelNote="times for the query"
          value={minImpressions}
          min={1}
          max={1000}
          step={1}
          onChange={setMinImpressions}
        />
        <Button
          onClick={() => {
            setReviews(new Map());
            setAsked(minImpressions);
          }}
        >
          Propose judgments from clicks
        </Button>
      </FieldRow>
      {asked === null ? null : proposals.error ? (
        <QueryFailure title="The proposals could not be made" query={proposals} />
      ) : !proposals.data ? (
        <Muted>Reading clicks…</Muted>
      ) : proposals.data.proposals.length === 0 ? (
        <Muted>
          No proposals: {formatCount(proposals.data.impressions)} impressions and{' '}
          {formatCount(proposals.data.clicks)} clicks recorded, too few for any product.
        </Muted>
      ) : (
        <>
          <Muted>
            From {formatCount(proposals.data.impressions)} impressions and{' '}
            {formatCount(proposals.data.clicks)} clicks.
          </Muted>
          <DataTable
            caption="Proposed judgments"
            captionHidden
            columns={columns}
            rows={proposals.data.proposals}
            rowKey={keyOf}
            layout="cards"
          />
          <FieldRow alignEnd>
            <SetNameField label="New set name" value={name} onChange={setName} />
          </FieldRow>
          <Actions>
            <Button onClick={submit} pending={save.isPending} pendingText="Saving…">
              Save as judgment set
            </Button>
            <Problem inline>{problem}</Problem>
          </Actions>
          <Success>{saved}</Success>
        </>
      )}
    </Section>
  );
}
