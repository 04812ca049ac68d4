import autocannon from 'autocannon';
import type { OperationInputs, OperationName, ServerKind } from '../queries/operations.js';
import { requestSpec } from '../queries/server-clients.js';
import { waitForQuiet } from './wait-for-quiet.js';
import { processCpuMs } from './process-cpu.js';

export interface LoadResult {
  kind: ServerKind;
  op: OperationName;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
  /** Peak RSS of the server process during the run, bytes (0 when not sampled). */
  peakRssBytes: number;
  /** CPU the server process spent per answer, ms (NaN when not measured). */
  serverCpuMsPerRequest: number;
  /** CPU Neo4j spent per answer, ms (NaN when not measured). */
  neo4jCpuMsPerRequest: number;
}

const INPUT_VARIANTS = 64;

/**
 * Closed-loop load on 127.0.0.1 with autocannon: `connections` clients each sending the next request as
 * soon as the last answered, for `seconds`; inputs cycle so caches see a realistic mix.
 */
export async function runLoad(args: {
  kind: ServerKind;
  serverUrl: string;
  op: OperationName;
  inputs: OperationInputs;
  connections: number;
  seconds: number;
  sampleRss?: () => number;
  /** Processes (server, Neo4j) whose leftover work must finish before this returns. */
  quietPids?: number[];
  quietMaxMs?: number;
  /** Processes whose CPU per answer is measured: steadier than throughput when other work shares the cores. */
  cpuPids?: { server: number; neo4j?: number };
}): Promise<LoadResult> {
  const specs = Array.from({ length: INPUT_VARIANTS }, (_, i) => requestSpec(args.kind, args.serverUrl, args.op, args.inputs, i));
  const base = specs[0]!;
  if (!/^http:\/\/127\.0\.0\.1:/.test(base.url)) throw new Error(`refusing to load ${base.url}: the bench only loads 127.0.0.1`);
  let next = 0;
  let peak = 0;
  const sample = () => {
    if (args.sampleRss) peak = Math.max(peak, args.sampleRss());
  };
  sample();
  const cpuOf = (pid: number | undefined) => (pid === undefined ? NaN : processCpuMs(pid));
  const cpuBefore = { server: cpuOf(args.cpuPids?.server), neo4j: cpuOf(args.cpuPids?.neo4j) };
  const sampler = setInterval(sample, 50);
  try {
    const result = await autocannon({
      url: base.url,
      connections: args.connections,
      duration: args.seconds,
      timeout: 10,
      requests: [
        {
          method: 'POST',
          path: base.path,
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => {
            const spec = specs[next++ % specs.length]!;
            return { ...request, path: spec.path, body: spec.body };
          },
        },
      ],
    });
    return {
      kind: args.kind,
      op: args.op,
      connections: args.connections,
      requestsPerSecond: result.requests.total / (result.duration || args.seconds),
      // No answer within the window: latency is at least the window, not the 0 autocannon reports.
      p50Ms: result.requests.total > 0 ? result.latency.p50 : Infinity,
      p99Ms: result.requests.total > 0 ? result.latency.p99 : Infinity,
      errors: result.errors + result.timeouts + result.non2xx,
      requests: result.requests.total,
      peakRssBytes: peak,
      serverCpuMsPerRequest: (cpuOf(args.cpuPids?.server) - cpuBefore.server) / Math.max(1, result.requests.total),
      neo4jCpuMsPerRequest: (cpuOf(args.cpuPids?.neo4j) - cpuBefore.neo4j) / Math.max(1, result.requests.total),
    };
  } finally {
    clearInterval(sampler);
    sample();
    if (args.quietPids) await waitForQuiet(args.quietPids, args.quietMaxMs);
  }
}
