import type { SampleProduct } from '~/lib/admin/apiTypes';
import { AVAILABILITY_LABELS } from '~/lib/admin/productForm';
import { formatPrice } from '~/lib/storefront/money';
import { DataTable, type Column } from '~/components/ui';

const COLUMNS: Column<SampleProduct>[] = [
  { header: 'Id', cell: (p) => p.id },
  { header: 'Title', cell: (p) => p.title },
  { header: 'Brand', cell: (p) => p.brand || '–' },
  { header: 'Category', cell: (p) => p.categoryPath.join(' › ') || '–' },
  { header: 'Price', numeric: true, cell: (p) => formatPrice(p.priceMinor, p.currency) },
  { header: 'Availability', cell: (p) => AVAILABILITY_LABELS[p.availability] },
  { header: 'Attributes', numeric: true, cell: (p) => Object.keys(p.attributes).length },
];

/** The first valid products as they would be stored: the check that the mapping is right. */
export function SampleProducts({ products }: { products: SampleProduct[] }) {
  if (products.length === 0) return null;
  return (
    <DataTable
      caption="First products as they would be stored"
      columns={COLUMNS}
      rows={products}
      rowKey={(p) => p.id}
    />
  );
}
