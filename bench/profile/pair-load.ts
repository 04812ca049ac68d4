/**
 * A quick A/B of one operation: newsgraph (compiled, as `npm start` runs it) against the raw-Cypher
 * ceiling, taking turns for a few rounds on the bench Neo4j's current graph (nothing is wiped), and the
 * ratio of each round. For checking a change between full runs; the full bench is what reports.
 * Usage: npx tsx bench/profile/pair-load.ts [op] [rounds] [seconds] [connections]
 */
import { GraphDatabase } from '../../src/graph/database.js';
import { benchConfig } from '../bench-config.js';
import { runLoad } from '../load/load-run.js';
import type { OperationName } from '../queries/operations.js';
import { pickInputs } from '../queries/pick-inputs.js';
import { buildOurs, startServerChild } from '../servers/server-children.js';
import { neo4jPidOf } from '../load/process-cpu.js';

const op = (process.argv[2] ?? 'companies_nested') as OperationName;
const rounds = Number(process.argv[3] ?? 3);
const seconds = Number(process.argv[4] ?? 3);
const connections = Number(process.argv[5] ?? 16);

const config = benchConfig();
const neo4jPid = neo4jPidOf(config.embedded.homeDir);
const db = await GraphDatabase.connect(config.neo4j);
const inputs = await pickInputs(db);
await db.close();
buildOurs();
const servers = [await startServerChild('ours'), await startServerChild('raw')];
try {
  const load = (i: number, secs: number) =>
    runLoad({
      kind: servers[i]!.kind,
      serverUrl: servers[i]!.url,
      op,
      inputs,
      connections,
      seconds: secs,
      quietPids: [servers[i]!.pid],
      cpuPids: { server: servers[i]!.pid, ...(neo4jPid ? { neo4j: neo4jPid } : {}) },
    });
  for (const i of [0, 1]) await load(i, 1);
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const [ours, raw] = [await load(0, seconds), await load(1, seconds)];
    ratios.push(ours.requestsPerSecond / raw.requestsPerSecond);
    console.log(
      `${op} c=${connections} round ${round + 1}: ours ${ours.requestsPerSecond.toFixed(0)} req/s (p99 ${ours.p99Ms} ms; CPU per request ${ours.serverCpuMsPerRequest.toFixed(2)} ms, Neo4j ${ours.neo4jCpuMsPerRequest.toFixed(2)} ms), raw ${raw.requestsPerSecond.toFixed(0)} req/s (p99 ${raw.p99Ms} ms; ${raw.serverCpuMsPerRequest.toFixed(2)} ms, Neo4j ${raw.neo4jCpuMsPerRequest.toFixed(2)} ms), ratio ${ratios.at(-1)!.toFixed(2)}`,
    );
  }
  console.log(`median ratio ${[...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!.toFixed(2)}`);
} finally {
  for (const server of servers) await server.stop();
}
