import { ingestItems } from '../../src/ingest/ingest-news.js';
import type { GraphDatabase } from '../../src/graph/database.js';
import { syntheticItems } from '../data/synthetic-news.js';
import { runLoad } from '../load/load-run.js';
import { OPERATION_NAMES, type OperationInputs, type OperationName } from '../queries/operations.js';
import { pickInputs } from '../queries/pick-inputs.js';
import type { ServerChild } from '../servers/server-children.js';
import { BATCH_SIZE } from '../ingest/ingestion-bench.js';

export interface ScalingStep {
  articles: number;
  /** Ingest rate of the articles added to reach this size. */
  articlesPerSecond: number;
  graph: { nodes: number; relationships: number };
  p99Ms: Record<OperationName, number>;
  rps: Record<OperationName, number>;
  /** The raw-Cypher ceiling's p99 on the same graph at the same load: what this machine allows. */
  ceilingP99Ms: Record<OperationName, number>;
}

/**
 * Grows one synthetic graph step by step (it must start empty); at each size measures the ingest rate of
 * the step and the p99 of every query at 16 connections, newsgraph's and the raw-Cypher ceiling's.
 * Returns the inputs of the final graph.
 */
export async function measureScaling(args: {
  db: GraphDatabase;
  ours: ServerChild;
  ceiling: ServerChild;
  sizes: number[];
  seconds: number;
  warmUpSeconds: number;
  neo4jPid?: number;
  quietMaxMs?: number;
  log: (line: string) => void;
}): Promise<{ steps: ScalingStep[]; inputs: OperationInputs }> {
  const total = Math.max(...args.sizes);
  const steps: ScalingStep[] = [];
  let done = 0;
  let inputs: OperationInputs | undefined;
  for (const size of args.sizes) {
    args.log(`  ingesting synthetic articles ${done}…${size}`);
    const summary = await ingestItems(args.db, syntheticItems(done, size, total), { batchSize: BATCH_SIZE, worker: true });
    const rate = (size - done) / summary.seconds;
    done = size;
    inputs = await pickInputs(args.db);
    const counts = await args.db.read((tx) => tx.run('RETURN COUNT { () } AS nodes, COUNT { ()-[]->() } AS relationships'));
    const p99Ms = {} as Record<OperationName, number>;
    const rps = {} as Record<OperationName, number>;
    const ceilingP99Ms = {} as Record<OperationName, number>;
    for (const op of OPERATION_NAMES) {
      const load = (server: ServerChild, seconds: number) =>
        runLoad({
          kind: server.kind,
          serverUrl: server.url,
          op,
          inputs: inputs!,
          connections: 16,
          seconds,
          quietPids: [server.pid, ...(args.neo4jPid ? [args.neo4jPid] : [])],
          quietMaxMs: args.quietMaxMs,
        });
      // Warmed up like the query cells: right after a large ingest, the first reads of a new graph meet
      // cold pages and plans, which is start-up cost, not how p99 grows with the graph.
      for (const server of [args.ours, args.ceiling]) await load(server, args.warmUpSeconds);
      const result = await load(args.ours, args.seconds);
      p99Ms[op] = result.p99Ms;
      rps[op] = result.requestsPerSecond;
      ceilingP99Ms[op] = (await load(args.ceiling, args.seconds)).p99Ms;
    }
    steps.push({
      articles: size,
      articlesPerSecond: rate,
      graph: { nodes: Number(counts[0]?.nodes ?? 0), relationships: Number(counts[0]?.relationships ?? 0) },
      p99Ms,
      rps,
      ceilingP99Ms,
    });
    args.log(`  ${size} articles: ${rate.toFixed(0)} articles/s, p99 ours/raw ${OPERATION_NAMES.map((op) => `${op} ${p99Ms[op]}/${ceilingP99Ms[op]}ms`).join(', ')}`);
  }
  return { steps, inputs: inputs! };
}
