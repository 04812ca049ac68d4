/**
 * newsgraph's API in this process, on the bench Neo4j's current graph (nothing is wiped), with a client
 * that asks one operation's i-th question over HTTP: the setup the profiling tools share.
 */
import { benchConfig } from '../bench-config.js';
import { createApiServer } from '../../src/api/http-server.js';
import { buildSchema } from '../../src/api/schema.js';
import { GraphDatabase } from '../../src/graph/database.js';
import { createStores } from '../../src/graph/stores.js';
import { createLogger } from '../../src/logger.js';
import { graphqlRequest, variablesFor, type OperationInputs, type OperationName } from '../queries/operations.js';
import { pickInputs } from '../queries/pick-inputs.js';

export interface InProcessApi {
  db: GraphDatabase;
  inputs: OperationInputs;
  /** The i-th question of the operation (inputs cycle), answered end to end; resolves to the response text. */
  ask(i: number): Promise<string>;
  close(): Promise<void>;
}

export async function startInProcessApi(op: OperationName): Promise<InProcessApi> {
  const config = benchConfig();
  const db = await GraphDatabase.connect(config.neo4j);
  const server = createApiServer({ config, logger: createLogger('silent'), stores: createStores(db), schema: buildSchema() });
  const port = await server.listen();
  const inputs = await pickInputs(db);
  return {
    db,
    inputs,
    ask: async (i) => {
      const body = JSON.stringify(graphqlRequest(op, 'ours', variablesFor(op, inputs, i, 'ours')));
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      return response.text();
    },
    close: async () => {
      await server.close();
      await db.close();
    },
  };
}
