import type { NextConfig } from 'next';

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
};

export default config;
