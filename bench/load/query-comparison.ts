import { runLoad, type LoadResult } from './load-run.js';
import { OPERATION_NAMES, type OperationInputs } from '../queries/operations.js';
import type { ServerChild } from '../servers/server-children.js';

export const CONNECTION_LEVELS = [1, 16, 64];

/**
 * Every operation on every server at every connection level, on one graph. Servers take turns within
 * each (operation, level) so drift on this shared machine spreads evenly; each server and operation is
 * warmed up first.
 */
export async function compareQueries(args: {
  servers: ServerChild[];
  inputs: OperationInputs;
  seconds: number;
  warmUpSeconds: number;
  neo4jPid?: number;
  quietMaxMs?: number;
  log: (line: string) => void;
}): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  const quiet = (server: ServerChild) => [server.pid, ...(args.neo4jPid ? [args.neo4jPid] : [])];
  for (const op of OPERATION_NAMES) {
    for (const server of args.servers) {
      await runLoad({
        kind: server.kind,
        serverUrl: server.url,
        op,
        inputs: args.inputs,
        connections: 16,
        seconds: args.warmUpSeconds,
        quietPids: quiet(server),
        quietMaxMs: args.quietMaxMs,
      });
    }
    for (const connections of CONNECTION_LEVELS) {
      for (const server of args.servers) {
        const result = await runLoad({
          kind: server.kind,
          serverUrl: server.url,
          op,
          inputs: args.inputs,
          connections,
          seconds: args.seconds,
          sampleRss: server.rss,
          cpuPids: { server: server.pid, ...(args.neo4jPid ? { neo4j: args.neo4jPid } : {}) },
          quietPids: quiet(server),
        quietMaxMs: args.quietMaxMs,
        });
        results.push(result);
        args.log(
          `  ${op.padEnd(18)} c=${String(connections).padEnd(3)} ${server.kind.padEnd(13)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50Ms}ms  p99 ${result.p99Ms}ms  errors ${result.errors}`,
        );
      }
    }
  }
  return results;
}
