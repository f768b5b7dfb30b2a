import type { ProductRow } from '~/lib/admin/apiTypes';

/** What the catalog gives a panel that acts on one product (the editor, the delete dialog). */
export interface ProductActionProps {
  store: string;
  product: ProductRow;
  /** The action is done: the catalog reloads and shows `message`. */
  onDone: (message: string) => void;
  onCancel: () => void;
}
