import { loadConfig, type Config } from '../src/config.js';

/**
 * The bench's own Neo4j (own folder and ports), so neither a developer's graph nor the tests' is touched.
 * NEO4J_URI is deliberately ignored: the bench wipes its database at start.
 */
export const BENCH_NEO4J_ENV = {
  NEO4J_HOME_DIR: '.neo4j-bench',
  NEO4J_BOLT_PORT: '7689',
  NEO4J_HTTP_PORT: '7476',
  NEO4J_HEAP: '1g',
  NEO4J_PAGECACHE: '512m',
};

/** The default cost limit (20000) refuses the 50-companies nested query (cost ≈ 37500); see the report. */
export const BENCH_API_MAX_COST = '1000000';

export function benchConfig(overrides: Record<string, string> = {}): Config {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...BENCH_NEO4J_ENV,
    NODE_ENV: process.env.BENCH_NODE_ENV ?? 'production',
    LOG_LEVEL: 'silent',
    PORT: '0',
    API_MAX_COST: BENCH_API_MAX_COST,
  };
  delete env.NEO4J_URI;
  delete env.API_READ_TOKEN;
  delete env.API_QUERIES_REQUIRE_AUTH;
  return loadConfig({ ...env, ...overrides });
}
