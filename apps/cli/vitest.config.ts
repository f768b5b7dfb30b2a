import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Several tests start real CLI processes (tsx compiles each at start): on a busy machine one
    // process takes seconds to start, so the bounds are generous; they catch hangs, not slowness.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Says which database the suite runs on, and fails when CI's leg expects the other one.
    globalSetup: [fileURLToPath(import.meta.resolve('@shopsearch/db/testDatabaseGuard'))],
  },
});
