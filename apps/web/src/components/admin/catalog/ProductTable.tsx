import type { ProductRow } from '~/lib/admin/apiTypes';
import { AVAILABILITY_LABELS } from '~/lib/admin/productForm';
import { formatPrice } from '~/lib/storefront/money';
import admin from '../Admin.module.css';
import { IndexStatusBadge } from './IndexStatusBadge';
import styles from './ProductTable.module.css';

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
      <p className={admin.panel}>
        {query
          ? `No product matches “${query}”.`
          : 'This store has no products yet. Upload a catalog to add some.'}
      </p>
    );
  }
  return (
    <div className={admin.tableWrap}>
      <table className={`${admin.table} ${styles.table}`} aria-busy={busy}>
        <caption className="visually-hidden">Products</caption>
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col">Brand</th>
            <th scope="col" className={admin.numeric}>
              Price
            </th>
            <th scope="col">Availability</th>
            <th scope="col">Index</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {products.map((p) => (
            <tr key={p.id}>
              <th scope="row" className={styles.product}>
                <span className={styles.title}>{p.title}</span>
                <span className={styles.id}>
                  {p.id}
                  {p.sku && ` · ${p.sku}`}
                </span>
              </th>
              <td>{p.brand || <span className={admin.muted}>–</span>}</td>
              <td className={admin.numeric}>{formatPrice(p.priceMinor, p.currency)}</td>
              <td>{AVAILABILITY_LABELS[p.availability]}</td>
              <td>
                <IndexStatusBadge status={p.indexStatus} />
              </td>
              <td className={styles.actions}>
                <button
                  type="button"
                  className={admin.linkButton}
                  onClick={() => onEdit(p)}
                  aria-label={`Edit ${p.title}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className={admin.dangerLink}
                  onClick={() => onDelete(p)}
                  aria-label={`Delete ${p.title}`}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
