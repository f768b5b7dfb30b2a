'use client';
import styles from './ProductImage.module.css';

/**
 * A product picture in a fixed square, so nothing moves when it loads. The placeholder sits
 * underneath; the picture fades in over it once loaded and is removed if it cannot load (catalog
 * images are remote and often unreachable). Loading state lives on the element, since images can
 * finish before React attaches its handlers.
 */
export function ProductImage({
  src,
  alt,
  className,
}: {
  src: string | null;
  alt: string;
  className?: string;
}) {
  const settle = (img: HTMLImageElement | null) => {
    if (img?.complete) img.dataset.state = img.naturalWidth > 0 ? 'loaded' : 'failed';
  };
  return (
    <div className={`${styles.frame} ${className ?? ''}`}>
      <svg className={styles.placeholder} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <rect
          x="7"
          y="10"
          width="34"
          height="28"
          rx="3"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        />
        <circle cx="17" cy="19" r="3.5" fill="currentColor" />
        <path
          d="M9 35l10-10 7 7 5-5 8 8"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinejoin="round"
        />
      </svg>
      {src && (
        // A plain img: catalog images come from any host, and next/image's optimizer is off.
        <img
          ref={settle}
          className={styles.image}
          src={src}
          alt={alt}
          loading="lazy"
          decoding="async"
          onLoad={(e) => (e.currentTarget.dataset.state = 'loaded')}
          onError={(e) => (e.currentTarget.dataset.state = 'failed')}
        />
      )}
    </div>
  );
}
