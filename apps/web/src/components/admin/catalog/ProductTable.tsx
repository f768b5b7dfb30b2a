import { Button, DataTable, Muted, Panel, type Column } from '~/components/ui';
import type { ProductRow } from '~/lib/admin/apiTypes';
import { AVAILABILITY_LABELS } from '~/lib/admin/productForm';
import { formatPrice } from '~/lib/storefront/money';
import { IndexStatusBadge } from './IndexStatusBadge';
import styles from './ProductTable.module.css';

const COLUMNS: Column<ProductRow>[] = [
  {
    header: 'Product',
    rowHeader: true,
    className: styles.product,
    cell: (p) => (
      <>
        <span className={styles.title}>{p.title}</span>
        <span className={styles.id}>
          {p.id}
          {p.sku && ` · ${p.sku}`}
        </span>
      </>
    ),
  },
  { header: 'Brand', cell: (p) => p.brand || <Muted as="span">–</Muted> },
  { header: 'Price', numeric: true, cell: (p) => formatPrice(p.priceMinor, p.currency) },
  { header: 'Availability', cell: (p) => AVAILABILITY_LABELS[p.availability] },
  { header: 'Index', cell: (p) => <IndexStatusBadge status={p.indexStatus} /> },
];

/** One page of products with their index status and the actions on each. */
export function ProductTable({
  products,
  query,
  busy,
  onEdit,
  onDelete,
}: {
  products: ProductRow[];
  query: string;
  busy: boolean;
  onEdit: (product: ProductRow) => void;
  onDelete: (product: ProductRow) => void;
}) {
  if (products.length === 0) {
    return (
      <Panel as="p">
        {query
          ? `No product matches “${query}”.`
          : 'This store has no products yet. Upload a catalog to add some.'}
      </Panel>
    );
  }
  const actions: Column<ProductRow> = {
    header: 'Actions',
    hideHeader: true,
    className: styles.actions,
    cell: (p) => (
      <>
        <Button variant="link" onClick={() => onEdit(p)} aria-label={`Edit ${p.title}`}>
          Edit
        </Button>
        <Button variant="dangerLink" onClick={() => onDelete(p)} aria-label={`Delete ${p.title}`}>
          Delete
        </Button>
      </>
    ),
  };
  return (
    <DataTable
      caption="Products"
      captionHidden
      className={styles.table}
      columns={[...COLUMNS, actions]}
      rows={products}
      rowKey={(p) => p.id}
      busy={busy}
      layout="cards"
    />
  );
}
