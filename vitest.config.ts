import { existsSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests sit beside their module; the integration suite in tests/integration runs once per
 * database engine: always on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
 */
const engines = ['sqlite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

/**
 * Browser tests drive Debian's Chromium (playwright-core cannot download one here). They run
 * whenever it is installed (`apt-get install chromium`; .ci/run does) and are left out, with a
 * notice, where it is not.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browserTests = existsSync(chromium);
if (!browserTests) console.warn(`Browser tests (tests/e2e) left out: no Chromium at ${chromium}.`);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
        },
      },
      // The web app's components in a simulated browser (happy-dom), against the real API: each
      // test file starts Convene in-process on its own SQLite database (web/test/api-server.ts).
      {
        plugins: [react()],
        test: {
          name: 'web',
          include: ['web/src/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['web/test/setup.ts'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
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
      // Fault tests (real processes, kill -9, a PostgreSQL restart) run with `npm run test:faults`:
      // one file at a time, after everything else, since one restarts the shared PostgreSQL.
      ...(process.env.CONVENE_FAULTS
        ? engines.map((engine, i) => ({
            test: {
              name: `faults-${engine}`,
              include: ['tests/faults/**/*.test.ts'],
              env: { CONVENE_TEST_ENGINE: engine },
              testTimeout: 120_000,
              hookTimeout: 60_000,
              maxWorkers: 1,
              sequence: { groupOrder: 1 + i },
            },
          }))
        : []),
      ...(browserTests
        ? [
            {
              test: {
                name: 'e2e',
                include: ['tests/e2e/**/*.test.ts'],
                env: { CHROMIUM_PATH: chromium },
                testTimeout: 180_000,
                hookTimeout: 180_000,
                // The walk runs beside the other suites on 2 cores: screens may take seconds.
                expect: { poll: { timeout: 20_000, interval: 100 } },
              },
            },
          ]
        : []),
    ],
  },
});
