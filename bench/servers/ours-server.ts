import { benchConfig } from '../bench-config.js';
import { createApiServer } from '../../src/api/http-server.js';
import { buildSchema } from '../../src/api/schema.js';
import { GraphDatabase } from '../../src/graph/database.js';
import { createStores } from '../../src/graph/stores.js';
import { createLogger } from '../../src/logger.js';
import type { RunningServer } from './running-server.js';

/** newsgraph's own API, wired as main.ts wires it (production settings, no logging). */
export async function startOursServer(): Promise<RunningServer> {
  const config = benchConfig();
  const db = await GraphDatabase.connect(config.neo4j);
  const server = createApiServer({ config, logger: createLogger('silent'), stores: createStores(db), schema: buildSchema() });
  const port = await server.listen();
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      await server.close();
      await db.close();
    },
  };
}
