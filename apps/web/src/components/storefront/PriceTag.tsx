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
  return <span className={className}>{formatPrice(minor, currency)}</span>;
}
