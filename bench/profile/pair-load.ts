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
import { readdirSync, readFileSync } from 'node:fs';

/** CPU time a process has used, ms (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const op = (process.argv[2] ?? 'companies_nested') as OperationName;
const rounds = Number(process.argv[3] ?? 3);
const seconds = Number(process.argv[4] ?? 3);
const connections = Number(process.argv[5] ?? 16);

/** The bench Neo4j's process, found by its home folder on the command line; undefined if not found. */
function benchNeo4jPid(homeDir: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes('org.neo4j') && cmdline.includes(`${homeDir}\0`)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

const config = benchConfig();
const neo4jPid = benchNeo4jPid(`--home-dir=${config.embedded.homeDir}`);
const db = await GraphDatabase.connect(config.neo4j);
const inputs = await pickInputs(db);
await db.close();
buildOurs();
const servers = [await startServerChild('ours'), await startServerChild('raw')];
try {
  const neo4jCpu = () => (neo4jPid ? cpuMs(neo4jPid) : NaN);
  const load = async (i: number, secs: number) => {
    const [before, neo4jBefore] = [cpuMs(servers[i]!.pid), neo4jCpu()];
    const result = await runLoad({ kind: servers[i]!.kind, serverUrl: servers[i]!.url, op, inputs, connections, seconds: secs, quietPids: [servers[i]!.pid] });
    const per = (ms: number) => ms / Math.max(1, result.requests);
    return { ...result, cpuPerRequest: per(cpuMs(servers[i]!.pid) - before), neo4jCpuPerRequest: per(neo4jCpu() - neo4jBefore) };
  };
  for (const i of [0, 1]) await load(i, 1);
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const [ours, raw] = [await load(0, seconds), await load(1, seconds)];
    ratios.push(ours.requestsPerSecond / raw.requestsPerSecond);
    console.log(
      `${op} c=${connections} round ${round + 1}: ours ${ours.requestsPerSecond.toFixed(0)} req/s (p99 ${ours.p99Ms} ms; CPU per request ${ours.cpuPerRequest.toFixed(2)} ms, Neo4j ${ours.neo4jCpuPerRequest.toFixed(2)} ms), raw ${raw.requestsPerSecond.toFixed(0)} req/s (p99 ${raw.p99Ms} ms; ${raw.cpuPerRequest.toFixed(2)} ms, Neo4j ${raw.neo4jCpuPerRequest.toFixed(2)} ms), ratio ${ratios.at(-1)!.toFixed(2)}`,
    );
  }
  console.log(`median ratio ${[...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!.toFixed(2)}`);
} finally {
  for (const server of servers) await server.stop();
}
