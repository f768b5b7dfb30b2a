'use client';
import { useQuery } from '@tanstack/react-query';
import type { CompareResult, JudgmentSet } from '~/lib/analyst/apiTypes';
import { RANKING_LETTERS } from '~/lib/analyst/compareState';
import { GRADE_LABELS, isGrade } from '~/lib/analyst/grades';
import { judgedProducts, type JudgedProduct } from '~/lib/analyst/queryJudgments';
import { useTRPC } from '~/trpc/react';
import { DataTable, Muted, type Column } from '~/components/ui';

/**
 * Every judgment of the compared query in the chosen set, with where each ranking put the product:
 * the relevant products a ranking missed are the ones without a place.
 */
export function QueryJudgments({
  store,
  query,
  set,
  result,
}: {
  store: string;
  query: string;
  set: JudgmentSet;
  result: CompareResult;
}) {
  const trpc = useTRPC();
  const grades = useQuery(trpc.judgments.grades.queryOptions({ store, setId: set.id, query }));
  const rows = grades.data ? judgedProducts(grades.data, result) : [];
  const columns: Column<JudgedProduct>[] = [
    {
      header: 'Product',
      rowHeader: true,
      cell: (p) => p.title ?? <code>{p.id}</code>,
    },
    {
      header: 'Grade',
      numeric: true,
      cell: (p) => (isGrade(p.grade) ? `${p.grade} ${GRADE_LABELS[p.grade]}` : String(p.grade)),
    },
    ...result.rankings.map((_, i): Column<JudgedProduct> => ({
      header: `Place in ${RANKING_LETTERS[i]}`,
      numeric: true,
      cell: (p) => (p.positions[i] === null ? '—' : `#${p.positions[i]}`),
    })),
  ];
  return (
    <details>
      <summary>
        Judgments of “{query}” in {set.name}
        {grades.data && ` (${rows.length})`}
      </summary>
      {grades.isError ? (
        <Muted>The judgments could not be loaded.</Muted>
      ) : !grades.data ? (
        <Muted>Loading…</Muted>
      ) : (
        <DataTable
          caption={`Judgments of “${query}”`}
          columns={columns}
          rows={rows}
          rowKey={(p) => p.id}
          empty="No product of this query is judged in this set yet."
        />
      )}
    </details>
  );
}
