import { CONNECTION_LEVELS } from '../load/query-comparison.js';
import { OPERATION_NAMES, type ServerKind } from '../queries/operations.js';
import type { BenchResults } from './bench-results.js';
import { cpuPerAnswer, findLoad, peakRss, ratioLine, ratiosOf, TARGETS } from './ratios.js';
import { TARGET_ARTICLES_PER_SECOND } from '../extraction-speed.js';

const KINDS: ServerKind[] = ['ours', 'raw', 'neo4j_graphql'];
const LABEL: Record<ServerKind, string> = { ours: 'newsgraph', raw: 'raw Cypher', neo4j_graphql: '@neo4j/graphql' };
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : n === Infinity ? '∞' : '–');
const ms = (n: number, window: number) => (Number.isFinite(n) ? `${n}` : `> ${window * 1000}`);
const p99Text = (n: number) => (Number.isFinite(n) ? `${n} ms` : 'no answer');

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function queryTable(results: BenchResults): string {
  const rows: string[][] = [];
  for (const op of OPERATION_NAMES) {
    for (const c of CONNECTION_LEVELS) {
      const cells = KINDS.map((k) => {
        const r = findLoad(results.queries, k, op, c);
        return r ? `${f(r.requestsPerSecond)} req/s, p50 ${ms(r.p50Ms, results.loadSeconds)} / p99 ${ms(r.p99Ms, results.loadSeconds)} ms${r.errors ? `, **${r.errors} errors**` : ''}` : '–';
      });
      const ours = findLoad(results.queries, 'ours', op, c)?.requestsPerSecond ?? NaN;
      const raw = findLoad(results.queries, 'raw', op, c)?.requestsPerSecond ?? NaN;
      const ogm = findLoad(results.queries, 'neo4j_graphql', op, c)?.requestsPerSecond ?? NaN;
      rows.push([op, String(c), ...cells, f(ours / raw, 2), f(ours / ogm, 2)]);
    }
  }
  return table(['query', 'conns', ...KINDS.map((k) => LABEL[k]), 'ours ÷ raw', 'ours ÷ @neo4j/graphql'], rows);
}

function cpuTable(results: BenchResults): string {
  const cell = (kind: ServerKind, op: string) => {
    const load = findLoad(results.queries, kind, op, 16);
    return load ? `${f(load.serverCpuMsPerRequest, 2)} + Neo4j ${f(load.neo4jCpuMsPerRequest, 2)}` : '–';
  };
  const rows = OPERATION_NAMES.map((op) => [op, ...KINDS.map((k) => cell(k, op)), f(cpuPerAnswer(results.queries, 'raw', op) / cpuPerAnswer(results.queries, 'ours', op), 2)]);
  return table(['query', ...KINDS.map((k) => LABEL[k]), 'raw ÷ ours'], rows);
}

function targetRows(results: BenchResults): string[][] {
  const rows: string[][] = [];
  const status = (ok: boolean) => (ok ? 'met' : '**missed**');
  const rps = (k: ServerKind, op: string) => findLoad(results.queries, k, op, 16)?.requestsPerSecond ?? NaN;
  for (const op of OPERATION_NAMES) {
    const vsRaw = rps('ours', op) / rps('raw', op);
    rows.push([`${op}: ours ≥ 0.7 × raw Cypher (c=16)`, f(vsRaw, 2), status(vsRaw >= TARGETS.vsRaw)]);
    const vsOgm = rps('ours', op) / rps('neo4j_graphql', op);
    const need = op === 'companies_nested' ? TARGETS.vsNeo4jGraphqlNested : TARGETS.vsNeo4jGraphql;
    rows.push([`${op}: ours ≥ ${need} × @neo4j/graphql (c=16)`, f(vsOgm, 2), status(vsOgm >= need)]);
  }
  const last = results.scaling[results.scaling.length - 1];
  if (last) {
    for (const op of OPERATION_NAMES) {
      rows.push([
        `${op}: p99 < 25 ms at c=16 on ${last.articles} articles`,
        `${p99Text(last.p99Ms[op])} (raw Cypher: ${p99Text(last.ceilingP99Ms[op])})`,
        status(last.p99Ms[op] < TARGETS.p99Ms16),
      ]);
    }
  }
  const ing = results.ingestion;
  rows.push(['ingestion ≥ 500 articles/s (Reuters)', f(ing.oursArticlesPerSecond), status(ing.oursArticlesPerSecond >= TARGETS.ingestArticlesPerSecond)]);
  const vsBare = ing.oursArticlesPerSecond / ing.bareArticlesPerSecond;
  rows.push(['ingestion ≥ 0.8 × bare MERGE', f(vsBare, 2), status(vsBare >= TARGETS.ingestVsBare)]);
  const ex = results.extraction;
  rows.push(['extraction ≥ 2000 articles/s on one core (per CPU-second)', f(ex.cpuArticlesPerSecond), status(ex.cpuArticlesPerSecond >= TARGET_ARTICLES_PER_SECOND)]);
  const rss = peakRss(results.queries, 'ours');
  rows.push(['API peak RSS < 250 MB at c=64', mb(rss), status(rss < TARGETS.apiRssBytes)]);
  return rows;
}

/** The whole report as Markdown; printed as is by the CLI and written to bench/reports/ by a full run. */
export function renderReport(results: BenchResults): string {
  const ing = results.ingestion;
  const ex = results.extraction;
  const sections = [
    `# newsgraph benchmark — ${results.startedAt} (${results.mode})`,
    `${results.machine}. ${results.parameters}. One Neo4j 5.26 (bench instance), one graph for every server; each server in its own Node process. ` +
      `Load: autocannon, closed loop, ${results.loadSeconds}s per cell, inputs cycling over ${'64'} variants. Run took ${f(results.seconds)}s.`,
    '## Queries',
    results.disagreements.length === 0
      ? 'Answers checked before timing: all three servers agree on every checked input.'
      : `**Answers disagree** (${results.disagreements.length}):\n\n${results.disagreements.map((d) => `- ${d.op} #${d.input}: ${d.detail}`).join('\n')}`,
    queryTable(results),
    '### CPU per answer (c=16)',
    'CPU time spent per answer by each server process and by Neo4j, in ms: what decides throughput when the cores are saturated, and steadier than throughput when other work shares the machine. The last column is raw Cypher\'s total ÷ ours (higher is better, 1 = as cheap as the ceiling).',
    cpuTable(results),
    '## Ingestion (Reuters-21578, title + body)',
    table(
      ['articles', 'MB', 'newsgraph (ingestItems)', 'bare UNWIND…MERGE', 'ours ÷ bare', 'entities', 'relations', 'rejected'],
      [[String(ing.articles), f(ing.megabytes, 1), `${f(ing.oursArticlesPerSecond)} articles/s (${f(ing.oursSeconds, 1)} s)`, `${f(ing.bareArticlesPerSecond)} articles/s (${f(ing.bareSeconds, 1)} s)`, f(ing.oursArticlesPerSecond / ing.bareArticlesPerSecond, 2), String(ing.entities), String(ing.relations), String(ing.rejected)]],
    ),
    `Extraction alone (bench/extraction-speed.ts, ${ex.articles} articles, one thread): ${f(ex.articlesPerSecond)} articles/s of wall-clock time, ${f(ex.cpuArticlesPerSecond)} per CPU-second of the process (what one core does, whatever else shares the machine), ${f(ex.mbPerSecond, 2)} MB/s.`,
    '## Scaling (synthetic articles, c=16)',
    'Each query cell: newsgraph\'s p99 (its requests/s), then the raw-Cypher ceiling\'s p99 on the same graph and load.',
    table(
      ['articles', 'nodes', 'relationships', 'ingest articles/s', ...OPERATION_NAMES.map((op) => `${op} p99 (req/s) · raw p99`)],
      results.scaling.map((s) => [
        String(s.articles),
        String(s.graph.nodes),
        String(s.graph.relationships),
        f(s.articlesPerSecond),
        ...OPERATION_NAMES.map((op) => `${p99Text(s.p99Ms[op])} (${f(s.rps[op])}) · ${p99Text(s.ceilingP99Ms[op])}`),
      ]),
    ),
    '## Memory (server process RSS)',
    table(['server', 'idle after start', 'peak under c=64'], KINDS.map((k) => [LABEL[k], mb(results.idleRssBytes[k] ?? 0), mb(peakRss(results.queries, k))])),
    '## Targets',
    table(['target', 'value', 'status'], targetRows(results)),
    '## Ratios',
    '```\n' + ratiosOf(results).map(ratioLine).join('\n') + '\n```',
  ];
  return sections.join('\n\n') + '\n';
}
