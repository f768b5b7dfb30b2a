// The test tiers as Vitest projects, for running one tier from the repository root:
//   npm run test:unit         pure logic and real ONNX inference, no database (fast)
//   npm run test:integration  against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL)
//   npm run test:browser      the built web app in Chromium
// `npm test` runs every package's own suite through turbo (what CI runs); each project here reuses
// that package's Vitest config, so a test runs the same way from either place.
import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const TIERS = {
  unit: ['packages/eval', 'packages/colbert', 'packages/meilisearch-double', 'apps/web', 'bench'],
  integration: [
    'packages/db',
    'packages/catalog',
    'packages/search',
    'packages/indexing',
    'packages/platform',
    'packages/api',
    'apps/cli',
  ],
  browser: ['e2e'],
};

export default defineConfig({
  test: {
    projects: Object.entries(TIERS).flatMap(([tier, roots]) =>
      roots.map((root) => ({
        extends: existsSync(`${root}/vitest.config.ts`) ? `${root}/vitest.config.ts` : undefined,
        root,
        test: { name: `${tier}:${root.split('/')[1] ?? root}` },
      })),
    ),
  },
});
