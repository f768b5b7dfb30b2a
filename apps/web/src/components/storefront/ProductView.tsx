import type { ProductDetails } from '~/lib/storefront/apiTypes';
import { isAvailability } from '~/lib/storefront/searchState';
import type { StoreRoutes } from '~/lib/storefront/storeRoutes';
import { AttributeTable } from './AttributeTable';
import { AvailabilityBadge } from './AvailabilityBadge';
import { BackToResults } from './BackToResults';
import { PriceTag } from './PriceTag';
import { ProductImage } from './ProductImage';
import styles from './ProductView.module.css';

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

export function ProductView({ product, routes }: { product: ProductDetails; routes: StoreRoutes }) {
  const facts: [string, string][] = [
    ['SKU', product.sku],
    ...(product.gtins.length ? [['GTIN', product.gtins.join(', ')] as [string, string]] : []),
    ...(product.releasedAt
      ? [['Released', dateFormat.format(product.releasedAt)] as [string, string]]
      : []),
    ...(product.categoryPath.length
      ? [['Category', product.categoryPath.join(' › ')] as [string, string]]
      : []),
  ];
  return (
    <article className={styles.product} aria-labelledby="product-title">
      <BackToResults store={product.store.slug} routes={routes} />
      <div className={styles.top}>
        <ProductImage src={product.imageUrl} alt={product.title} className={styles.image} />
        <div className={styles.summary}>
          {product.brand && <p className={styles.brand}>{product.brand}</p>}
          <h1 id="product-title" className={styles.title}>
            {product.title}
          </h1>
          <p className={styles.buy}>
            <PriceTag
              minor={product.priceMinor}
              currency={product.currency}
              className={styles.price}
            />
            {isAvailability(product.availability) && (
              <AvailabilityBadge availability={product.availability} />
            )}
          </p>
          {product.description
            .split(/\n+/)
            .filter(Boolean)
            .map((paragraph, i) => (
              <p key={i} className={styles.description}>
                {paragraph}
              </p>
            ))}
          <dl className={styles.facts}>
            {facts.map(([term, value]) => (
              <div key={term} className={styles.fact}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
      <section aria-labelledby="specifications" className={styles.specs}>
        <h2 id="specifications" className={styles.specsTitle}>
          Specifications
        </h2>
        <AttributeTable attributes={product.attributes} />
      </section>
    </article>
  );
}
