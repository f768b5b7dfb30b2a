'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Actions,
  Button,
  ConfirmDialog,
  DataTable,
  Muted,
  Problem,
  Section,
  Success,
  type Column,
} from '~/components/ui';
import { retryUnlessRefused } from '~/lib/admin/apiError';
import type { IndexVersionRow } from '~/lib/admin/apiTypes';
import { formatBytes } from '~/lib/admin/reindexProgress';
import { useTRPC } from '~/trpc/react';
import { messageOf } from '../formOutcome';
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

const COLUMNS: Column<IndexVersionRow>[] = [
  { header: 'Version', numeric: true, cell: (v) => v.id },
  { header: 'Model', className: styles.nowrap, cell: (v) => v.model },
  { header: 'Codec', cell: (v) => v.codec },
  { header: 'State', cell: (v) => STATE_LABELS[v.state] ?? v.state },
  { header: 'Products', numeric: true, cell: (v) => v.products.toLocaleString('en-US') },
  { header: 'Size', numeric: true, cell: (v) => formatBytes(v.bytes) },
  {
    header: 'Built',
    className: styles.nowrap,
    cell: (v) => <time dateTime={v.createdAt.toISOString()}>{BUILT.format(v.createdAt)}</time>,
  },
];

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
  const retireColumn: Column<IndexVersionRow> = {
    header: 'Actions',
    hideHeader: true,
    cell: (v) =>
      v.state === 'failed' && (
        <Button
          variant="link"
          disabled={retire.isPending}
          onClick={() => retire.mutate({ store, versionId: v.id })}
          aria-label={`Retire version ${v.id}`}
        >
          Retire
        </Button>
      ),
  };

  return (
    <Section title="Index versions" headingId="versions-heading">
      <Success>{notice}</Success>
      <Problem>{messageOf(retire.error, versions.error)}</Problem>
      {rows.length === 0 && versions.isSuccess && (
        <Muted>No index has been built for this store yet.</Muted>
      )}
      {rows.length > 0 && (
        <DataTable
          columns={[...COLUMNS, retireColumn]}
          rows={rows}
          rowKey={(v) => v.id}
          layout="cards"
          rowProps={(v) => ({ className: v.state === 'active' ? styles.active : undefined })}
        />
      )}
      {deletable.length > 0 && (
        <Actions>
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Delete retired versions ({deletable.length})
          </Button>
          <Muted as="span">
            Frees {formatBytes(deletable.reduce((sum, v) => sum + v.bytes, 0))}.
          </Muted>
        </Actions>
      )}
      {confirming && (
        <ConfirmDialog
          title="Delete retired versions?"
          action="Delete"
          pendingText="Deleting…"
          pending={deleteRetired.isPending}
          problem={messageOf(deleteRetired.error)}
          onConfirm={() => deleteRetired.mutate({ store })}
          onClose={() => setConfirming(false)}
        >
          <p>
            The token vectors of {deletable.length} retired or failed{' '}
            {deletable.length === 1 ? 'version' : 'versions'} will be deleted. The active version
            keeps serving searches.
          </p>
        </ConfirmDialog>
      )}
    </Section>
  );
}
