// Three suites, run in this order by `npm test`: unit (no database), integration (real Neo4j),
// e2e (real Neo4j + real HTTP server + Debian Chromium). Integration and e2e share one Neo4j started by global setup.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CI sums the per-suite JSON reports into one "N passed, N failed" line.
    reporters: process.env.VITEST_JSON_DIR
      ? ['default', ['json', { outputFile: `${process.env.VITEST_JSON_DIR}/${process.argv.at(-1)}.json` }]]
      : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts', 'tests/e2e/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.int.test.ts'],
          globalSetup: ['tests/setup/test-database.ts'],
          // Files share one database and reset it, so they run one at a time.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/setup/test-database.ts', 'tests/setup/test-app-server.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
