import { formatPrice } from '~/lib/storefront/money';

export function PriceTag({
  minor,
  currency,
  className,
}: {
  minor: number | null;
  currency: string;
  className?: string;
}) {
  return (
    <span className={className} data-field="price">
      {formatPrice(minor, currency)}
    </span>
  );
}
