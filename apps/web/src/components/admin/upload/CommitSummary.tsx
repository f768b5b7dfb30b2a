'use client';
import Link from 'next/link';
import type { UploadCommit } from '~/lib/admin/apiTypes';
import { adminHref } from '~/lib/admin/routes';
import { Actions, Button, buttonClass, Section, Success } from '~/components/ui';
import { useFocusOnMount } from './useFocusOnMount';

const n = (value: number) => value.toLocaleString('en-US');

/** Step 3: what the import did, and the way to search: a re-index. */
export function CommitSummary({
  store,
  result,
  onRestart,
}: {
  store: string;
  result: UploadCommit;
  onRestart: () => void;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const changed = result.inserted + result.updated;
  return (
    <Section
      title={`3. Imported ${result.fileName}`}
      headingId="commit-heading"
      headingRef={heading}
    >
      <Success>
        {n(result.inserted)} added, {n(result.updated)} updated, {n(result.unchanged)} unchanged
        {result.invalid > 0 && `; ${n(result.invalid)} rows skipped`}.
      </Success>
      <p>
        {changed > 0
          ? 'New and changed products reach search with the next re-index.'
          : 'No product changed, so search needs no re-index.'}
      </p>
      <Actions>
        {changed > 0 && (
          <Link href={adminHref(store, 'index')} className={buttonClass()}>
            Go to re-index
          </Link>
        )}
        <Link href={adminHref(store, 'catalog')} className={buttonClass('secondary')}>
          View catalog
        </Link>
        <Button variant="secondary" onClick={onRestart}>
          Upload another file
        </Button>
      </Actions>
    </Section>
  );
}
