'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { adminErrorMessage, retryUnlessRefused } from '~/lib/admin/apiError';
import { formatBytes } from '~/lib/admin/reindexProgress';
import { useTRPC } from '~/trpc/react';
import { Dialog as AdminDialog } from '~/components/ui';
import admin from '../Admin.module.css';
import styles from './VersionsTable.module.css';

const BUILT = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const STATE_LABELS: Record<string, string> = {
  building: 'Building',
  active: 'Active (serving)',
  retired: 'Retired',
  failed: 'Failed',
};

/** The store's index versions; versions not serving can be retired, retired ones deleted. */
export function VersionsTable({ store }: { store: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const versions = useQuery({
    ...trpc.reindex.versions.queryOptions({ store }),
    retry: retryUnlessRefused,
  });
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.reindex.pathKey() });
  const retire = useMutation(
    trpc.reindex.retireVersion.mutationOptions({
      onSuccess: ({ retired }) => {
        setNotice(`Version ${retired} retired.`);
        void refresh();
      },
    }),
  );
  const deleteRetired = useMutation(
    trpc.reindex.deleteRetired.mutationOptions({
      onSuccess: ({ deleted }) => {
        setConfirming(false);
        setNotice(`${deleted} ${deleted === 1 ? 'version' : 'versions'} deleted.`);
        void refresh();
      },
    }),
  );
  const rows = versions.data ?? [];
  const deletable = rows.filter((v) => v.state === 'retired' || v.state === 'failed');
  const failure = retire.error ?? versions.error;

  return (
    <section className={admin.panel} aria-labelledby="versions-heading">
      <h2 id="versions-heading" className={admin.sectionHeading}>
        Index versions
      </h2>
      <p className={admin.success} role="status" hidden={!notice}>
        {notice}
      </p>
      <p className={admin.problem} role="alert">
        {failure ? adminErrorMessage(failure) : ''}
      </p>
      {rows.length === 0 && versions.isSuccess && (
        <p className={admin.muted}>No index has been built for this store yet.</p>
      )}
      {rows.length > 0 && (
        <div className={admin.tableWrap}>
          <table className={admin.table}>
            <thead>
              <tr>
                <th scope="col" className={admin.numeric}>
                  Version
                </th>
                <th scope="col">Model</th>
                <th scope="col">Codec</th>
                <th scope="col">State</th>
                <th scope="col" className={admin.numeric}>
                  Products
                </th>
                <th scope="col" className={admin.numeric}>
                  Size
                </th>
                <th scope="col">Built</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((v) => (
                <tr key={v.id} className={v.state === 'active' ? styles.active : undefined}>
                  <td className={admin.numeric}>{v.id}</td>
                  <td className={styles.nowrap}>{v.model}</td>
                  <td>{v.codec}</td>
                  <td>{STATE_LABELS[v.state] ?? v.state}</td>
                  <td className={admin.numeric}>{v.products.toLocaleString('en-US')}</td>
                  <td className={admin.numeric}>{formatBytes(v.bytes)}</td>
                  <td className={styles.nowrap}>
                    <time dateTime={v.createdAt.toISOString()}>{BUILT.format(v.createdAt)}</time>
                  </td>
                  <td>
                    {v.state === 'failed' && (
                      <button
                        type="button"
                        className={admin.linkButton}
                        disabled={retire.isPending}
                        onClick={() => retire.mutate({ store, versionId: v.id })}
                        aria-label={`Retire version ${v.id}`}
                      >
                        Retire
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deletable.length > 0 && (
        <div className={admin.actions}>
          <button
            type="button"
            className={admin.secondaryButton}
            onClick={() => setConfirming(true)}
          >
            Delete retired versions ({deletable.length})
          </button>
          <span className={admin.muted}>
            Frees {formatBytes(deletable.reduce((sum, v) => sum + v.bytes, 0))}.
          </span>
        </div>
      )}
      {confirming && (
        <AdminDialog title="Delete retired versions?" onClose={() => setConfirming(false)}>
          <p>
            The token vectors of {deletable.length} retired or failed{' '}
            {deletable.length === 1 ? 'version' : 'versions'} will be deleted. The active version
            keeps serving searches.
          </p>
          <p className={admin.problem} role="alert">
            {deleteRetired.isError ? adminErrorMessage(deleteRetired.error) : ''}
          </p>
          <div className={admin.actions}>
            <button
              type="button"
              className={admin.dangerButton}
              disabled={deleteRetired.isPending}
              onClick={() => deleteRetired.mutate({ store })}
            >
              {deleteRetired.isPending ? 'Deleting…' : 'Delete'}
            </button>
            <button
              type="button"
              className={admin.secondaryButton}
              onClick={() => setConfirming(false)}
              autoFocus
            >
              Cancel
            </button>
          </div>
        </AdminDialog>
      )}
    </section>
  );
}
