/**
 * Child-process entry: starts one server, reports its URL to the parent over IPC, and closes when the
 * parent says so or goes away. Each server runs in its own process so its RSS is its own.
 */
import type { ServerKind } from '../queries/operations.js';
import { startNeo4jGraphqlServer } from './neo4j-graphql-server.js';
import { startRawCypherServer } from './raw-cypher-server.js';
import type { RunningServer } from './running-server.js';

/** The peers; newsgraph itself runs from its compiled entry point (server-children.ts). */
const starters: Record<Exclude<ServerKind, 'ours'>, () => Promise<RunningServer>> = {
  raw: startRawCypherServer,
  neo4j_graphql: startNeo4jGraphqlServer,
};

const kind = process.argv[2] as Exclude<ServerKind, 'ours'>;
const start = starters[kind];
if (!start || !process.send) {
  console.error(`usage: node --import tsx bench/servers/server-process.ts ${Object.keys(starters).join('|')} (with an IPC channel)`);
  process.exit(2);
}

const server = await start();
let closing = false;
const shutdown = async () => {
  if (closing) return;
  closing = true;
  await server.close().catch(() => {});
  process.exit(0);
};
process.on('message', (message) => {
  if (message === 'close') void shutdown();
});
process.on('disconnect', () => void shutdown());
process.send({ url: server.url });
