/**
 * Ingestion probe: in one run, on one Neo4j, times the bare-MERGE ceiling and `ingestItems` on the first N
 * Reuters stories, each into an empty graph, and splits our time into database work per statement and
 * the rest (waiting for extraction, client-side work). Not part of `npm run bench`; point it at a Neo4j of
 * your own (never the bench's), e.g.
 *   NEO4J_BOLT_PORT=7690 npx tsx bench/ingest/ingest-probe.ts --limit 2000 --batch 100 --rounds 2
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../src/config.js';
import { neo4jLayout } from '../../src/neo4j-server/neo4j-conf.js';
import { GraphDatabase, type Tx } from '../../src/graph/database.js';
import { ingestItems } from '../../src/ingest/ingest-news.js';
import { prepareArticles } from '../../src/ingest/prepare-article.js';
import { sharedExtractionWorker } from '../../src/ingest/extraction-pool.js';
import { DEFAULT_REUTERS_PATH, readReutersItems } from '../data/reuters-items.js';
import { bareMergeIngest } from './bare-merge-ingest.js';
import { wipeGraph } from './wipe-graph.js';

const program = new Command('ingest-probe')
  .option('--reuters <path>', 'Reuters-21578 JSONL', DEFAULT_REUTERS_PATH)
  .option('--limit <n>', 'stories', '2000')
  .option('--batch <n>', 'articles per batch', '100')
  .option('--in-flight <list>', 'batches written at once, both paths; several (1,2) are measured in turn', '2')
  .option('--rounds <n>', 'bare then ours, this many times', '1')
  .option('--only <which>', 'bare | ours | both', 'both')
  .option('--jfr <dir>', "record a Java Flight Recording of Neo4j during each timed ingest (Neo4j on this machine; needs the JDK's jcmd)")
  .option('--no-wipe', 'ingest ours over what is there (re-ingest: everything unchanged)')
  .parse();
const opts = program.opts<{ reuters: string; limit: string; batch: string; rounds: string; inFlight: string; only: string; wipe: boolean; jfr?: string }>();

/** Statement timings keyed by the statement's first words, summed over one ingest. */
class StatementClock {
  readonly byStatement = new Map<string, { ms: number; calls: number }>();
  writeMs = 0;
  transactions = 0;

  wrap(db: GraphDatabase): GraphDatabase {
    const clock = this;
    const timedTx = (tx: Tx): Tx => ({
      async run(cypher, params) {
        const started = performance.now();
        try {
          return await tx.run(cypher, params);
        } finally {
          const name = cypher.replace(/\s+/g, ' ').trim().slice(0, 60);
          const entry = clock.byStatement.get(name) ?? { ms: 0, calls: 0 };
          entry.ms += performance.now() - started;
          entry.calls += 1;
          clock.byStatement.set(name, entry);
        }
      },
    });
    return new Proxy(db, {
      get(target, prop, receiver) {
        if (prop === 'write') {
          return async <T>(work: (tx: Tx) => Promise<T>) => {
            const started = performance.now();
            clock.transactions += 1;
            try {
              return await target.write((tx) => work(timedTx(tx)));
            } finally {
              clock.writeMs += performance.now() - started;
            }
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  report(totalSeconds: number): string {
    const lines = [`  transactions ${this.transactions}, in write transactions ${(this.writeMs / 1000).toFixed(2)} s of ${totalSeconds.toFixed(2)} s`];
    for (const [name, { ms, calls }] of [...this.byStatement].sort((a, b) => b[1].ms - a[1].ms)) {
      lines.push(`  ${(ms / 1000).toFixed(2).padStart(7)} s ${String(calls).padStart(5)}×  ${name}`);
    }
    return lines.join('\n');
  }
}

const config = loadConfig();
const neo4jPid = (() => {
  try {
    return Number(readFileSync(neo4jLayout(config.embedded).pidFile, 'utf8').trim()) || null;
  } catch {
    return null;
  }
})();
/** CPU seconds of Neo4j's process so far (user + system), when it runs here; the machine is shared, so CPU is steadier than wall time. */
function neo4jCpuSeconds(): number {
  if (neo4jPid === null || !existsSync(`/proc/${neo4jPid}/stat`)) return NaN;
  const fields = readFileSync(`/proc/${neo4jPid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
/** Runs `work` under a JFR recording of Neo4j written to `<--jfr dir>/<name>.jfr`, when asked for. */
async function recorded<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!opts.jfr || neo4jPid === null) return work();
  const jcmd = join(dirname(readlinkSync(`/proc/${neo4jPid}/exe`)), 'jcmd');
  const file = resolve(opts.jfr, `${name}.jfr`);
  execFileSync(jcmd, [String(neo4jPid), 'JFR.start', `name=${name}`, 'settings=profile', `filename=${file}`]);
  try {
    return await work();
  } finally {
    execFileSync(jcmd, [String(neo4jPid), 'JFR.stop', `name=${name}`]);
  }
}
async function cpuOf<T>(work: () => Promise<T>): Promise<{ result: T; neo4jCpu: number; nodeCpu: number }> {
  const neo4jBefore = neo4jCpuSeconds();
  const nodeBefore = process.cpuUsage();
  const result = await work();
  const node = process.cpuUsage(nodeBefore);
  return { result, neo4jCpu: neo4jCpuSeconds() - neo4jBefore, nodeCpu: (node.user + node.system) / 1e6 };
}
const cpuLine = (c: { neo4jCpu: number; nodeCpu: number }) => `  CPU: Neo4j ${c.neo4jCpu.toFixed(2)} s, this process (all threads) ${c.nodeCpu.toFixed(2)} s`;
const db = await GraphDatabase.connect(config.neo4j);
const { items } = await readReutersItems(opts.reuters, Number(opts.limit));
const batchSize = Number(opts.batch);
const log = (line: string) => console.log(line);

try {
  const inputs = items.flatMap((i) => ('input' in i ? [i.input] : []));
  for (const pass of ['cold', 'warm']) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    prepareArticles(inputs);
    const used = process.cpuUsage(cpu);
    const seconds = (performance.now() - started) / 1000;
    log(`extraction alone (${pass}, main thread): ${(inputs.length / seconds).toFixed(0)} articles/s, ${(((used.user + used.system) / 1000) / inputs.length).toFixed(2)} ms CPU per article`);
  }
  log(`${items.length} stories, batch ${batchSize}`);

  // Warm-up of both paths (JIT, query plans), and of the extraction worker both share, so neither path
  // measures the worker's first thousand articles (V8 still compiling the extractor).
  await sharedExtractionWorker().prepare(inputs.slice(0, 2000));
  await wipeGraph(db);
  await bareMergeIngest(db, items.slice(0, 200), batchSize);
  await wipeGraph(db);
  await ingestItems(db, items.slice(0, 200), { batchSize, worker: true });

  for (let round = 1; round <= Number(opts.rounds); round += 1) for (const inFlight of opts.inFlight.split(',').map(Number)) {
    if (opts.only !== 'ours') {
      await wipeGraph(db);
      const clock = new StatementClock();
      const measured = await cpuOf(() => recorded(`bare-${round}-${inFlight}`, () => bareMergeIngest(clock.wrap(db), items, batchSize, inFlight)));
      const bare = measured.result;
      log(`round ${round} (${inFlight} at once) bare: ${(bare.documents / bare.seconds).toFixed(0)} articles/s (${bare.seconds.toFixed(2)} s)`);
      log(cpuLine(measured));
      log(clock.report(bare.seconds));
    }
    if (opts.only !== 'bare') {
      if (opts.wipe) await wipeGraph(db);
      const clock = new StatementClock();
      const measured = await cpuOf(() => recorded(`ours-${round}-${inFlight}`, () => ingestItems(clock.wrap(db), items, { batchSize, worker: true, writesInFlight: inFlight })));
      const ours = measured.result;
      const articles = ours.documents + ours.unchanged;
      log(
        `round ${round} (${inFlight} at once) ours: ${(articles / ours.seconds).toFixed(0)} articles/s (${ours.seconds.toFixed(2)} s; ` +
          `${ours.documents} written, ${ours.unchanged} unchanged, ${ours.rejected.length} rejected, ${ours.entities} entities, ${ours.relations} relations)`,
      );
      log(cpuLine(measured));
      log(clock.report(ours.seconds));
    }
  }
} finally {
  await db.close();
}
