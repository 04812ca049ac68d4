/**
 * `npm run bench [-- --quick]`: query throughput against raw Cypher and @neo4j/graphql, ingestion against a
 * bare-MERGE ceiling, extraction speed, scaling and API memory, all in one run on the bench's own Neo4j.
 * Progress goes to stderr; the report (Markdown tables, then one `ratio <name> <value>` line per ratio) to
 * stdout, and a full run also writes it to bench/reports/<date>.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { benchConfig } from './bench-config.js';
import { acquireBenchLock } from './bench-lock.js';
import { startBenchNeo4j, type BenchNeo4j } from './bench-neo4j.js';
import { DEFAULT_REUTERS_PATH, readReutersItems } from './data/reuters-items.js';
import { measureExtractionSpeed } from './extraction-speed.js';
import { measureIngestion } from './ingest/ingestion-bench.js';
import { compareQueries } from './load/query-comparison.js';
import { verifyAnswers } from './queries/verify-answers.js';
import type { BenchResults } from './report/bench-results.js';
import { renderReport } from './report/render-report.js';
import { measureScaling } from './scaling/scaling-bench.js';
import { buildOurs, startServerChild, type ServerChild } from './servers/server-children.js';

const program = new Command()
  .name('bench')
  .option('--quick', 'small data and short runs (about 3 minutes)')
  .option('--reuters <path>', 'Reuters-21578 as JSON Lines', DEFAULT_REUTERS_PATH)
  .option('--reuters-limit <n>', 'Reuters stories to ingest (default: quick 200, full all)')
  .option('--sizes <list>', 'scaling steps in synthetic articles (default: quick 300,600; full 10000,100000)')
  .option('--seconds <s>', 'seconds per load cell (default: quick 0.8, full 10)')
  .option('--report <path>', 'where to write the Markdown report (default: full runs only, bench/reports/<date>.md)')
  .parse();

const opts = program.opts<{ quick?: boolean; reuters: string; reutersLimit?: string; sizes?: string; seconds?: string; report?: string }>();
const quick = opts.quick === true;
const reutersLimit = opts.reutersLimit ? Number(opts.reutersLimit) : quick ? 200 : Infinity;
const sizes = (opts.sizes ?? (quick ? '300,600' : '10000,100000')).split(',').map(Number);
const seconds = opts.seconds ? Number(opts.seconds) : quick ? 0.8 : 10;
// Leftover work of a run is waited for, but quick mode bounds the wait to stay within its budget.
const quietMaxMs = quick ? 4000 : 30_000;
if (!sizes.every((n) => Number.isInteger(n) && n > 0) || !(seconds > 0) || !(reutersLimit > 0)) {
  console.error('bench: --sizes needs positive integers, --seconds and --reuters-limit positive numbers.');
  process.exit(2);
}

const started = performance.now();
const startedAt = new Date().toISOString();
const log = (line: string) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);

const config = benchConfig();
let releaseLock: () => void;
try {
  releaseLock = acquireBenchLock(config.embedded.homeDir);
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
let neo: BenchNeo4j | undefined;
const servers: ServerChild[] = [];
// Ctrl-C or a kill still shuts the servers down (and Neo4j, if this run started it).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown().then(() => process.exit(130)));
log(`bench Neo4j: ${config.embedded.homeDir} (Bolt ${config.embedded.boltPort}); this run wipes its database`);
neo = await startBenchNeo4j(config, log);
try {
  log('extraction speed…');
  // Two passes over the stories before the timed one: ingestion runs with warm name caches and compiled
  // code after its first minutes, and that steady state is what the target is about.
  const extraction = await measureExtractionSpeed(opts.reuters, { limit: Number.isFinite(reutersLimit) ? reutersLimit : undefined, passes: quick ? 1 : 2 });

  const { items, bytes } = await readReutersItems(opts.reuters, reutersLimit);
  log(`ingestion: ${items.length} Reuters stories, bare MERGE then newsgraph…`);
  const ingestion = await measureIngestion(neo, items, bytes, quick ? 30 : 200);
  log(`  newsgraph ${ingestion.oursArticlesPerSecond.toFixed(0)} articles/s, bare ${ingestion.bareArticlesPerSecond.toFixed(0)} articles/s`);

  await neo.wipe();
  log('building newsgraph (npm run build) and starting the three servers…');
  buildOurs();
  servers.push(...(await Promise.all((['ours', 'raw', 'neo4j_graphql'] as const).map((kind) => startServerChild(kind)))));
  const idleRssBytes = Object.fromEntries(servers.map((s) => [s.kind, s.rss()]));
  const ours = servers.find((s) => s.kind === 'ours')!;

  log(`scaling: ${sizes.join(', ')} synthetic articles…`);
  const { steps, inputs } = await measureScaling({ db: neo.db, ours, ceiling: servers.find((s) => s.kind === 'raw')!, sizes, seconds: quick ? 0.5 : Math.min(seconds, 5), warmUpSeconds: quick ? 0.2 : 1, neo4jPid: neo.pid, quietMaxMs, log });

  log('checking the servers agree…');
  const disagreements = await verifyAnswers(servers, inputs, quick ? 3 : 10);
  for (const d of disagreements) log(`  DISAGREE ${d.op} #${d.input}: ${d.detail}`);

  log('queries: 4 operations × 3 servers × 3 connection levels…');
  const queries = await compareQueries({ servers, inputs, seconds, warmUpSeconds: quick ? 0.3 : 3, neo4jPid: neo.pid, quietMaxMs, log });

  const results: BenchResults = {
    mode: quick ? 'quick' : 'full',
    parameters: `Reuters: ${items.length} stories; scaling steps: ${sizes.join(', ')} synthetic articles; ${seconds}s per load cell`,
    startedAt,
    seconds: (performance.now() - started) / 1000,
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    extraction,
    ingestion,
    scaling: steps,
    queries,
    disagreements,
    idleRssBytes,
    loadSeconds: seconds,
  };
  const report = renderReport(results);
  process.stdout.write(report);
  const reportPath = opts.report ?? (quick ? undefined : join(dirname(fileURLToPath(import.meta.url)), 'reports', `${startedAt.slice(0, 10)}.md`));
  if (reportPath) {
    mkdirSync(dirname(reportPath), { recursive: true });
    writeFileSync(reportPath, report);
    log(`report written to ${reportPath}`);
  }
} finally {
  await shutdown();
  log('done');
}

async function shutdown(): Promise<void> {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  const running = neo;
  neo = undefined;
  await running?.stop();
  releaseLock();
}
