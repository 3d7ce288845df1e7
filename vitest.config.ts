import { defineConfig } from 'vitest/config';

/**
 * The suites that touch a database, run a second time against PostgreSQL by `npm run test:pg`.
 * Chosen here rather than as CLI filters so that `npm run test:pg -- <file or name>` narrows the
 * PostgreSQL pass instead of adding to it.
 */
const POSTGRES_SUITES = ['test/storage', 'test/api', 'test/cli', 'test/verify', 'test/ledger', 'test/witness'];
const postgresPass = process.env.XIAOBAO_TEST_SUITE === 'postgres';

export default defineConfig({
  test: {
    include: postgresPass ? POSTGRES_SUITES.map((dir) => `${dir}/**/*.test.ts`) : ['src/**/*.test.ts', 'test/**/*.test.ts', 'scratch/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
