'use client';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog, Muted, Problem, Success } from '~/components/ui';
import { retryUnlessRefused } from '~/lib/admin/apiError';
import type { ProductRow } from '~/lib/admin/apiTypes';
import { useTRPC } from '~/trpc/react';
import { messageOf } from '../formOutcome';
import { DeleteProductConfirm } from './DeleteProductConfirm';
import type { ProductActionProps } from './productAction';
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
  const action = (product: ProductRow): ProductActionProps => ({
    store,
    product,
    onDone: done,
    onCancel: () => setEditing(null),
  });

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
      <Success>{notice}</Success>
      {products.isError && <Problem>{messageOf(products.error)}</Problem>}
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
      {products.isPending && <Muted>Loading products…</Muted>}
      {editing?.kind === 'edit' && (
        <Dialog title="Edit product" onClose={() => setEditing(null)}>
          <ProductEditor {...action(editing.product)} />
        </Dialog>
      )}
      {editing?.kind === 'delete' && <DeleteProductConfirm {...action(editing.product)} />}
    </>
  );
}
