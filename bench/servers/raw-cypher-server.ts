import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { benchConfig } from '../bench-config.js';
import { RAW_CYPHER } from '../queries/raw-cypher-statements.js';
import type { OperationName } from '../queries/operations.js';
import type { RunningServer } from './running-server.js';

/**
 * The ceiling: a bare node:http handler, one hand-written auto-commit statement per question through neo4j-driver,
 * POST /op/<name> with the variables as the JSON body, the answer as `{data}` like a GraphQL response.
 */
export async function startRawCypherServer(): Promise<RunningServer> {
  const { neo4j: connection } = benchConfig();
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 64,
  });
  await driver.verifyConnectivity();
  const server = createServer((request, response) => {
    const op = RAW_CYPHER[(request.url ?? '').replace(/^\/op\//, '') as OperationName];
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const send = (status: number, body: unknown) => {
        const text = JSON.stringify(body);
        response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        response.end(text);
      };
      if (!op) return send(404, { errors: [{ message: 'no such operation' }] });
      const params = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
      // An auto-commit statement: one round trip (RUN and PULL), the cheapest way to ask Neo4j one thing,
      // as newsgraph's single-statement reads do. executeQuery would add BEGIN and COMMIT round trips.
      const session = driver.session({ database: connection.database, defaultAccessMode: neo4j.session.READ });
      session
        .run(op.cypher, params)
        .then((result) => send(200, { data: op.shape(result.records.map((r) => r.toObject())) }))
        .catch((error: unknown) => send(500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] }))
        .finally(() => void session.close());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}
