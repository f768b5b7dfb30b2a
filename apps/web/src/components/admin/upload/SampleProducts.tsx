import type { SampleProduct } from '~/lib/admin/apiTypes';
import { AVAILABILITY_LABELS } from '~/lib/admin/productForm';
import { formatPrice } from '~/lib/storefront/money';
import admin from '../Admin.module.css';

/** The first valid products as they would be stored: the check that the mapping is right. */
export function SampleProducts({ products }: { products: SampleProduct[] }) {
  if (products.length === 0) return null;
  return (
    <div className={admin.tableWrap}>
      <table className={admin.table}>
        <caption>First products as they would be stored</caption>
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Title</th>
            <th scope="col">Brand</th>
            <th scope="col">Category</th>
            <th scope="col" className={admin.numeric}>
              Price
            </th>
            <th scope="col">Availability</th>
            <th scope="col" className={admin.numeric}>
              Attributes
            </th>
          </tr>
        </thead>
        <tbody>
          {products.map((p) => (
            <tr key={p.id}>
              <td>{p.id}</td>
              <td>{p.title}</td>
              <td>{p.brand || '–'}</td>
              <td>{p.categoryPath.join(' › ') || '–'}</td>
              <td className={admin.numeric}>{formatPrice(p.priceMinor, p.currency)}</td>
              <td>{AVAILABILITY_LABELS[p.availability]}</td>
              <td className={admin.numeric}>{Object.keys(p.attributes).length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
