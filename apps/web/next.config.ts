import type { NextConfig } from 'next';

const dev = process.env.NODE_ENV === 'development';

/**
 * Sent with every page and API answer. Scripts and styles come from this site only; Next.js inlines
 * its hydration data as script, so inline scripts are allowed (no nonce: it would make every page
 * dynamic). Catalog images come from any host, often over plain HTTP. No page may be framed.
 * Development adds what the dev server needs (eval for fast refresh, its websocket).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: http: https:",
  "font-src 'self' data:",
  `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  // For browsers that predate frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

const config: NextConfig = {
  // Workspace packages export TypeScript source; Next compiles them like app code.
  transpilePackages: [
    '@shopsearch/api',
    '@shopsearch/platform',
    '@shopsearch/search',
    '@shopsearch/indexing',
    '@shopsearch/catalog',
    '@shopsearch/eval',
    '@shopsearch/db',
    '@shopsearch/colbert',
  ],
  // Native and WebAssembly runtimes are loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['onnxruntime-node', '@electric-sql/pglite', 'pg'],
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
  headers: async () => [{ source: '/:path*', headers: SECURITY_HEADERS }],
};

export default config;
