import { loadConfig, type Config } from './config.js';
import { describeError } from './errors.js';
import { createLogger, type Logger } from './logger.js';
import { startEmbeddedNeo4j } from './neo4j-server/embedded-neo4j.js';
import { GraphDatabase } from './graph/database.js';
import { applySchema } from './graph/apply-schema.js';
import { createStores } from './graph/stores.js';
import { buildSchema } from './api/schema.js';
import { createApiServer } from './api/http-server.js';
import { ingestSampleNews } from './ingest/sample-news.js';

/** The composition root: Neo4j (ours unless NEO4J_URI is set), schema, sample news, then the API. */
async function main(config: Config, logger: Logger): Promise<void> {
  if (!config.externalNeo4j) {
    const neo4j = await startEmbeddedNeo4j(config.embedded, (line) => logger.info(line));
    logger.info(`Neo4j ${neo4j.version} ${neo4j.started ? 'started' : 'reused'}; Neo4j Browser: ${neo4j.browserUrl}`);
  }
  const db = await GraphDatabase.connect(config.neo4j);
  await applySchema(db);
  const stores = createStores(db);
  const server = createApiServer({ config, logger, stores, schema: buildSchema() });
  if (config.ingestSample) {
    const summary = await ingestSampleNews(stores, logger);
    logger.info(summary, 'sample news ingested');
  }
  const port = await server.listen();
  const url = `http://${config.host}:${port}/graphql`;
  logger.info(`GraphQL API and IDE: ${url} (health: /healthz, readiness: /readyz)`);
  // A parent process that started us with an IPC channel (a process manager, the benchmark) learns the
  // address, which matters when PORT=0 picked a free port.
  process.send?.({ listening: url });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    await server.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('disconnect', () => void shutdown('parent process gone'));
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  console.error(describeError(error));
  process.exit(1);
}
const logger = createLogger(config.logLevel);
main(config, logger).catch((error: unknown) => {
  console.error(describeError(error));
  process.exit(1);
});
