import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Says which database the suite runs on, and fails when CI's leg expects the other one.
    globalSetup: [fileURLToPath(import.meta.resolve('@shopsearch/db/testDatabaseGuard'))],
  },
});
