import type { RulePreview } from '~/lib/admin/apiTypes';
import { goneWithRule, rowsWithRule, type PreviewRow } from '~/lib/admin/rulePreview';
import { boostLabel } from '~/lib/admin/boostFilter';
import { Columns, Muted, Section } from '~/components/ui';

const MOVE: Record<PreviewRow['move'], (row: PreviewRow) => string> = {
  up: (r) => `up from ${r.from}`,
  down: (r) => `down from ${r.from}`,
  same: () => 'unchanged',
  new: () => 'new on this page',
};

/** The storefront's first page for the rule's query, now and with the rule, side by side. */
export function RulePreviewColumns({ preview }: { preview: RulePreview }) {
  const gone = goneWithRule(preview);
  return (
    <Columns>
      <Section title={`Now: “${preview.query}”`} headingId="preview-now-heading">
        {preview.before.length === 0 ? (
          <Muted>No results.</Muted>
        ) : (
          <ol aria-label="Now">
            {preview.before.map((h) => (
              <li key={h.id}>{h.title}</li>
            ))}
          </ol>
        )}
      </Section>
      <Section title="With this rule" headingId="preview-with-heading">
        <ol aria-label="With this rule">
          {rowsWithRule(preview).map((r) => (
            <li key={r.id} data-move={r.move}>
              {r.title}{' '}
              <Muted as="span">
                ({r.pinned ? 'pinned, ' : ''}
                {r.boost !== null ? `${boostLabel(r.boost).toLowerCase()}, ` : ''}
                {MOVE[r.move](r)})
              </Muted>
            </li>
          ))}
        </ol>
        {gone.length > 0 && (
          <Muted>No longer on the first page: {gone.map((h) => h.title).join('; ')}.</Muted>
        )}
      </Section>
    </Columns>
  );
}
