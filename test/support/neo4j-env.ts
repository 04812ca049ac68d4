import { loadConfig, type Config } from '../../src/config.js';

/**
 * Tests run against the user's Neo4j when NEO4J_URI is set, and otherwise against a Neo4j of their own
 * (separate folder and ports), so a developer's graph is never touched by a test run.
 */
export const TEST_NEO4J_ENV = {
  NEO4J_HOME_DIR: '.neo4j-test',
  NEO4J_BOLT_PORT: '7688',
  NEO4J_HTTP_PORT: '7475',
  NEO4J_HEAP: '512m',
  NEO4J_PAGECACHE: '256m',
};

export function testConfig(overrides: Record<string, string> = {}): Config {
  const env = { ...process.env };
  if (!env.NEO4J_URI) Object.assign(env, TEST_NEO4J_ENV);
  return loadConfig({ ...env, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...overrides });
}
