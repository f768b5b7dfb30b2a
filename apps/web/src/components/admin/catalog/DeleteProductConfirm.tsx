'use client';
import { useMutation } from '@tanstack/react-query';
import { ConfirmDialog } from '~/components/ui';
import { useTRPC } from '~/trpc/react';
import { messageOf } from '../formOutcome';
import type { ProductActionProps } from './productAction';

/** Asks before deleting: the product leaves the catalog, every index version and search. */
export function DeleteProductConfirm({ store, product, onDone, onCancel }: ProductActionProps) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.catalog.deleteProduct.mutationOptions());
  return (
    <ConfirmDialog
      title="Delete product?"
      action="Delete product"
      pendingText="Deleting…"
      pending={remove.isPending}
      problem={messageOf(remove.error)}
      onConfirm={() =>
        remove.mutate(
          { store, id: product.id },
          { onSuccess: () => onDone(`Deleted “${product.title}”.`) },
        )
      }
      onClose={onCancel}
    >
      <p>
        “{product.title}” (<code>{product.id}</code>) will be removed from the catalog and from
        search at once. This cannot be undone; importing the product again brings it back.
      </p>
    </ConfirmDialog>
  );
}
