import Link from 'next/link';
import type { QueryToken, SearchHit } from '~/lib/storefront/apiTypes';
import { titleSegments } from '~/lib/storefront/highlight';
import { productHref, type StoreRoutes } from '~/lib/storefront/storeRoutes';
import { tokenMatches } from '~/lib/storefront/tokenMatches';
import { AvailabilityBadge } from './AvailabilityBadge';
import { HighlightedText } from './HighlightedText';
import { PriceTag } from './PriceTag';
import { ProductImage } from './ProductImage';
import styles from './ResultCard.module.css';
import { WhyThisResult } from './WhyThisResult';

export function ResultCard({
  hit,
  q,
  queryTokens,
  routes,
}: {
  hit: SearchHit;
  q: string;
  queryTokens: QueryToken[];
  routes: StoreRoutes;
}) {
  const { product } = hit;
  const href = productHref(routes, product.id);
  const titleId = `hit-${product.id}`;
  return (
    <li className={styles.card}>
      <article aria-labelledby={titleId} className={styles.article}>
        {/* The title link names the product; this one only widens the click target. */}
        <Link
          href={href}
          prefetch={false}
          tabIndex={-1}
          aria-hidden="true"
          className={styles.imageLink}
        >
          <ProductImage src={product.imageUrl} alt="" />
        </Link>
        <div className={styles.body}>
          <h3 id={titleId} className={styles.title}>
            <Link href={href} prefetch={false}>
              <HighlightedText
                segments={titleSegments(product.title, q, tokenMatches(queryTokens, hit))}
              />
            </Link>
          </h3>
          {product.brand && (
            <p className={styles.brand} data-field="brand">
              {product.brand}
            </p>
          )}
          <p className={styles.meta}>
            <PriceTag
              minor={product.priceMinor}
              currency={product.currency}
              className={styles.price}
            />
            <AvailabilityBadge availability={product.availability} />
          </p>
        </div>
        {q.trim() && <WhyThisResult q={q} hit={hit} queryTokens={queryTokens} />}
      </article>
    </li>
  );
}
