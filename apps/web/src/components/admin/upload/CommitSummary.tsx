'use client';
import Link from 'next/link';
import type { UploadCommit } from '~/lib/admin/apiTypes';
import { adminHref } from '~/lib/admin/routes';
import admin from '../Admin.module.css';
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
    <section className={admin.panel} aria-labelledby="commit-heading">
      <h2 id="commit-heading" ref={heading} tabIndex={-1} className={admin.sectionHeading}>
        3. Imported {result.fileName}
      </h2>
      <p className={admin.success} role="status">
        {n(result.inserted)} added, {n(result.updated)} updated, {n(result.unchanged)} unchanged
        {result.invalid > 0 && `; ${n(result.invalid)} rows skipped`}.
      </p>
      <p>
        {changed > 0
          ? 'New and changed products reach search with the next re-index.'
          : 'No product changed, so search needs no re-index.'}
      </p>
      <div className={admin.actions}>
        {changed > 0 && (
          <Link href={adminHref(store, 'index')} className={admin.button}>
            Go to re-index
          </Link>
        )}
        <Link href={adminHref(store, 'catalog')} className={admin.secondaryButton}>
          View catalog
        </Link>
        <button type="button" className={admin.secondaryButton} onClick={onRestart}>
          Upload another file
        </button>
      </div>
    </section>
  );
}
