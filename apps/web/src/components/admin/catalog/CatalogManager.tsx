'use client';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { adminErrorMessage, retryUnlessRefused } from '~/lib/admin/apiError';
import type { ProductRow } from '~/lib/admin/apiTypes';
import { useTRPC } from '~/trpc/react';
import { Dialog as AdminDialog } from '~/components/ui';
import admin from '../Admin.module.css';
import { DeleteProductConfirm } from './DeleteProductConfirm';
import { ProductEditor } from './ProductEditor';
import { ProductPager } from './ProductPager';
import { ProductSearchForm } from './ProductSearchForm';
import { ProductTable } from './ProductTable';

const PAGE_SIZE = 25;

type Editing = { kind: 'edit' | 'delete'; product: ProductRow } | null;

/** The store's products: search, page, edit and delete, each with its index status. */
export function CatalogManager({ store }: { store: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState('');
  const products = useQuery({
    ...trpc.catalog.listProducts.queryOptions({ store, q: query, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  });

  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
    void queryClient.invalidateQueries({ queryKey: trpc.catalog.listProducts.pathKey() });
  };

  return (
    <>
      <ProductSearchForm
        initial={query}
        onSearch={(q) => {
          setQuery(q);
          setPage(0);
          setNotice('');
        }}
      />
      <p className={admin.success} role="status" hidden={!notice}>
        {notice}
      </p>
      {products.isError && (
        <p className={admin.problem} role="alert">
          {adminErrorMessage(products.error)}
        </p>
      )}
      {products.data && (
        <>
          <ProductTable
            products={products.data.items}
            query={query}
            busy={products.isFetching}
            onEdit={(product) => setEditing({ kind: 'edit', product })}
            onDelete={(product) => setEditing({ kind: 'delete', product })}
          />
          <ProductPager
            page={products.data.page}
            pageSize={products.data.pageSize}
            total={products.data.total}
            onPage={setPage}
          />
        </>
      )}
      {products.isPending && <p className={admin.muted}>Loading products…</p>}
      {editing?.kind === 'edit' && (
        <AdminDialog title="Edit product" onClose={() => setEditing(null)}>
          <ProductEditor
            store={store}
            product={editing.product}
            onSaved={done}
            onCancel={() => setEditing(null)}
          />
        </AdminDialog>
      )}
      {editing?.kind === 'delete' && (
        <AdminDialog title="Delete product?" onClose={() => setEditing(null)}>
          <DeleteProductConfirm
            store={store}
            product={editing.product}
            onDeleted={done}
            onCancel={() => setEditing(null)}
          />
        </AdminDialog>
      )}
    </>
  );
}
