import { TARGET_ARTICLES_PER_SECOND } from '../extraction-speed.js';
import { CONNECTION_LEVELS } from '../load/query-comparison.js';
import type { LoadResult } from '../load/load-run.js';
import { OPERATION_NAMES, type ServerKind } from '../queries/operations.js';
import type { BenchResults } from './bench-results.js';

export interface Ratio {
  name: string;
  value: number;
}

export const TARGETS = {
  vsRaw: 0.7,
  vsNeo4jGraphqlNested: 2,
  vsNeo4jGraphql: 1,
  p99Ms16: 25,
  ingestArticlesPerSecond: 500,
  ingestVsBare: 0.8,
  apiRssBytes: 250 * 1024 * 1024,
};

export function findLoad(results: LoadResult[], kind: ServerKind, op: string, connections: number): LoadResult | undefined {
  return results.find((r) => r.kind === kind && r.op === op && r.connections === connections);
}

export function peakRss(results: LoadResult[], kind: ServerKind, connections = 64): number {
  return Math.max(0, ...results.filter((r) => r.kind === kind && r.connections === connections).map((r) => r.peakRssBytes));
}

/** CPU per answer at 16 connections, the server process and Neo4j together, ms (NaN when not measured). */
export function cpuPerAnswer(results: LoadResult[], kind: ServerKind, op: string): number {
  const load = findLoad(results, kind, op, 16);
  return load ? load.serverCpuMsPerRequest + load.neo4jCpuMsPerRequest : NaN;
}

/**
 * Every ratio of the run. Throughput ratios: higher is better. `…_vs_budget` ratios (latency, memory):
 * lower is better, 1 is the budget. Query ratios without a `cN` part are at 16 connections.
 */
export function ratiosOf(results: BenchResults): Ratio[] {
  const ratios: Ratio[] = [];
  const rps = (kind: ServerKind, op: string, c: number) => findLoad(results.queries, kind, op, c)?.requestsPerSecond ?? NaN;
  for (const op of OPERATION_NAMES) {
    for (const c of CONNECTION_LEVELS) {
      const prefix = c === 16 ? `query.${op}` : `query.${op}.c${c}`;
      ratios.push({ name: `${prefix}.vs_raw_cypher`, value: rps('ours', op, c) / rps('raw', op, c) });
      ratios.push({ name: `${prefix}.vs_neo4j_graphql`, value: rps('ours', op, c) / rps('neo4j_graphql', op, c) });
    }
  }
  for (const op of OPERATION_NAMES) {
    ratios.push({ name: `query.${op}.cpu_per_answer_raw_cypher_vs_ours`, value: cpuPerAnswer(results.queries, 'raw', op) / cpuPerAnswer(results.queries, 'ours', op) });
  }
  const ingest = results.ingestion;
  ratios.push({ name: 'ingest.vs_bare_merge', value: ingest.oursArticlesPerSecond / ingest.bareArticlesPerSecond });
  ratios.push({ name: 'ingest.articles_per_s_vs_target', value: ingest.oursArticlesPerSecond / TARGETS.ingestArticlesPerSecond });
  ratios.push({ name: 'extraction.articles_per_s_vs_target', value: results.extraction.articlesPerSecond / TARGET_ARTICLES_PER_SECOND });
  ratios.push({ name: 'extraction.articles_per_cpu_s_vs_target', value: results.extraction.cpuArticlesPerSecond / TARGET_ARTICLES_PER_SECOND });
  ratios.push({ name: 'memory.api_peak_rss_c64_vs_budget', value: peakRss(results.queries, 'ours') / TARGETS.apiRssBytes });
  const last = results.scaling[results.scaling.length - 1];
  const first = results.scaling[0];
  if (last) {
    for (const op of OPERATION_NAMES) {
      ratios.push({ name: `scaling.${op}.p99_c16_at_${last.articles}_vs_budget`, value: last.p99Ms[op] / TARGETS.p99Ms16 });
      ratios.push({ name: `scaling.${op}.raw_cypher_p99_c16_at_${last.articles}_vs_budget`, value: last.ceilingP99Ms[op] / TARGETS.p99Ms16 });
    }
  }
  if (first && last && first !== last) {
    ratios.push({ name: `scaling.ingest.at_${last.articles}_vs_at_${first.articles}`, value: last.articlesPerSecond / first.articlesPerSecond });
  }
  return ratios;
}

export function ratioLine(ratio: Ratio): string {
  const value = Number.isFinite(ratio.value) ? ratio.value.toFixed(3) : ratio.value === Infinity ? 'inf' : 'NaN';
  return `ratio ${ratio.name} ${value}`;
}
