import { existsSync, readFileSync } from 'node:fs';
import type { Config } from '../src/config.js';
import { GraphDatabase } from '../src/graph/database.js';
import { applySchema } from '../src/graph/apply-schema.js';
import { neo4jLayout } from '../src/neo4j-server/neo4j-conf.js';
import { startEmbeddedNeo4j, stopEmbeddedNeo4j } from '../src/neo4j-server/embedded-neo4j.js';

export interface BenchNeo4j {
  db: GraphDatabase;
  /** Neo4j's process id when it runs on this machine from the bench folder (for CPU-quiet waits). */
  pid?: number;
  /** Deletes every node of the bench database and re-applies the schema. */
  wipe(): Promise<void>;
  /** Closes the connection, and stops Neo4j if this run started it. */
  stop(): Promise<void>;
}

export async function startBenchNeo4j(config: Config, log: (line: string) => void): Promise<BenchNeo4j> {
  const started = await startEmbeddedNeo4j(config.embedded, log);
  const db = await GraphDatabase.connect(config.neo4j);
  const wipe = async () => {
    // Relationships first, then nodes, in bounded batches: each transaction stays well inside Neo4j's
    // transaction memory limit whatever the graph's size (DETACH DELETE of 20k nodes did not).
    for (const statement of ['MATCH ()-[r]->() WITH r LIMIT 10000 DELETE r RETURN count(*) AS n', 'MATCH (n) WITH n LIMIT 10000 DELETE n RETURN count(*) AS n']) {
      for (;;) {
        const rows = await db.write((tx) => tx.run(statement));
        if (Number(rows[0]?.n ?? 0) === 0) break;
      }
    }
    await applySchema(db);
  };
  const pidFile = neo4jLayout(config.embedded).pidFile;
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) || undefined : undefined;
  return {
    db,
    pid,
    wipe,
    async stop() {
      await db.close();
      if (started.started) await stopEmbeddedNeo4j(config.embedded, log);
    },
  };
}
