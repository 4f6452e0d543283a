import { defineConfig } from 'vitest/config';

/**
 * Unit tests sit beside their module; the integration suite in tests/integration runs once per
 * database engine: always on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
 */
const engines = ['sqlite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
        },
      },
      ...engines.map((engine) => ({
        test: {
          name: `integration-${engine}`,
          include: ['tests/integration/**/*.test.ts'],
          env: { CONVENE_TEST_ENGINE: engine },
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      })),
    ],
  },
});
