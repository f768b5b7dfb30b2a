import { defineConfig } from 'vitest/config';

export default defineConfig({
  // tsconfig keeps JSX for Next to compile; the unit tests render components with React's runtime.
  oxc: { jsx: { runtime: 'automatic' } },
});
