'use client';
import { useMutation } from '@tanstack/react-query';
import { adminErrorMessage } from '~/lib/admin/apiError';
import type { ProductRow } from '~/lib/admin/apiTypes';
import { useTRPC } from '~/trpc/react';
import admin from '../Admin.module.css';

/** Asks before deleting: the product leaves the catalog, every index version and search. */
export function DeleteProductConfirm({
  store,
  product,
  onDeleted,
  onCancel,
}: {
  store: string;
  product: ProductRow;
  onDeleted: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.catalog.deleteProduct.mutationOptions());
  return (
    <>
      <p>
        “{product.title}” (<code>{product.id}</code>) will be removed from the catalog and from
        search at once. This cannot be undone; importing the product again brings it back.
      </p>
      <p className={admin.problem} role="alert">
        {remove.isError ? adminErrorMessage(remove.error) : ''}
      </p>
      <div className={admin.actions}>
        <button
          type="button"
          className={admin.dangerButton}
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate(
              { store, id: product.id },
              { onSuccess: () => onDeleted(`Deleted “${product.title}”.`) },
            )
          }
        >
          {remove.isPending ? 'Deleting…' : 'Delete product'}
        </button>
        <button type="button" className={admin.secondaryButton} onClick={onCancel} autoFocus>
          Cancel
        </button>
      </div>
    </>
  );
}
