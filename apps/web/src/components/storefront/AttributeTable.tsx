import type { ProductDetails } from '~/lib/storefront/apiTypes';
import styles from './ProductView.module.css';

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

function display(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return numberFormat.format(value);
  return value;
}

/** The product's attributes, labelled, as a two-column table. */
export function AttributeTable({ attributes }: { attributes: ProductDetails['attributes'] }) {
  if (attributes.length === 0) return <p className={styles.muted}>No specifications listed.</p>;
  return (
    <table className={styles.table}>
      <tbody>
        {attributes.map((a) => (
          <tr key={a.name}>
            <th scope="row">{a.label}</th>
            <td>{display(a.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
