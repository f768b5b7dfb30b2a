'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { DataTable, Problem, type Column } from '~/components/ui';
import { retryUnlessRefused } from '~/lib/admin/apiError';
import type { PlatformStore } from '~/lib/admin/apiTypes';
import { adminHref } from '~/lib/admin/routes';
import { useTRPC } from '~/trpc/react';
import { messageOf } from '../formOutcome';

const COLUMNS: Column<PlatformStore>[] = [
  { header: 'Store', cell: (s) => <Link href={adminHref(s.slug, 'catalog')}>{s.name}</Link> },
  { header: 'Address name', cell: (s) => s.slug },
  { header: 'Currency', cell: (s) => s.currency },
  { header: 'Products', numeric: true, cell: (s) => s.productCount.toLocaleString('en-US') },
  { header: 'People', numeric: true, cell: (s) => s.memberCount },
];

export function StoresTable() {
  const trpc = useTRPC();
  const stores = useQuery({ ...trpc.platform.stores.queryOptions(), retry: retryUnlessRefused });
  if (stores.isError) return <Problem>{messageOf(stores.error)}</Problem>;
  return (
    <DataTable
      caption="Stores"
      captionHidden
      columns={COLUMNS}
      rows={stores.data ?? []}
      rowKey={(s) => s.slug}
    />
  );
}
