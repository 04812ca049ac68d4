import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql must be one module instance: ESM and CJS copies side by side break its instanceof checks.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/extraction/**/*.test.ts'],
          // The first extraction test of a file loads the tagger and word lists (about a second alone, several on a
          // loaded machine).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          // One Community database: suites take turns, each cleaning up only what it wrote.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
