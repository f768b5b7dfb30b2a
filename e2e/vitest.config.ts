import { defineConfig } from 'vitest/config';

// Browser tests share one server (started by the global setup) and one machine's two cores: files
// run one after another, and timeouts allow for a cold server and a first build.
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'test-output/**'],
    globalSetup: ['./support/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 300_000,
  },
});
