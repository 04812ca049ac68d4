import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, stopEmbeddedNeo4j } from '../../src/neo4j-server/embedded-neo4j.js';
import { GraphDatabase } from '../../src/graph/database.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { testConfig } from './neo4j-env.js';

/** Starts (or reuses) the test Neo4j once for all integration suites and applies the schema. */
export default async function setup(_project: TestProject): Promise<() => Promise<void>> {
  const config = testConfig();
  let startedHere = false;
  if (!config.externalNeo4j) {
    const result = await startEmbeddedNeo4j(config.embedded, (line) => console.error(line));
    startedHere = result.started;
  }
  const db = await GraphDatabase.connect(config.neo4j);
  await applySchema(db);
  await db.close();
  return async () => {
    if (startedHere) await stopEmbeddedNeo4j(config.embedded);
  };
}
