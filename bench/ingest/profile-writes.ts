/**
 * PROFILE of every statement our writer sends for one batch, on a graph that already holds the stories
 * before it: operators, rows, db hits and time per operator, then the batch is rolled back. Point it at a
 * Neo4j of your own, e.g.
 *   NEO4J_BOLT_PORT=7690 npx tsx bench/ingest/profile-writes.ts --before 1900 --batch 100
 */
import { Command } from 'commander';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { GraphDatabase, toPlain, type Row, type Tx } from '../../src/graph/database.js';
import { writeArticleBatch } from '../../src/graph/article-writer.js';
import { ingestItems } from '../../src/ingest/ingest-news.js';
import { prepareArticles } from '../../src/ingest/prepare-article.js';
import { DEFAULT_REUTERS_PATH, readReutersItems } from '../data/reuters-items.js';
import { wipeGraph } from './wipe-graph.js';

const opts = new Command('profile-writes')
  .option('--reuters <path>', 'Reuters-21578 JSONL', DEFAULT_REUTERS_PATH)
  .option('--before <n>', 'stories ingested first (skipped when the graph already has them)', '1900')
  .option('--batch <n>', 'stories in the profiled batch', '100')
  .option('--wipe', 'empty the graph first')
  .parse()
  .opts<{ reuters: string; before: string; batch: string; wipe?: boolean }>();

function printPlan(plan: ProfiledPlan, depth = 0): void {
  const args = plan.arguments as Record<string, unknown>;
  const details = String(args.Details ?? '').slice(0, 110);
  const time = args.Time !== undefined ? ` time ${(Number(args.Time) / 1e6).toFixed(1)}ms` : '';
  console.log(`${'  '.repeat(depth)}${plan.operatorType} rows ${plan.rows} hits ${plan.dbHits}${time}  ${details}`);
  for (const child of plan.children) printPlan(child, depth + 1);
}

function totalHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((n, c) => n + totalHits(c), 0);
}

const config = loadConfig();
const db = await GraphDatabase.connect(config.neo4j);
const before = Number(opts.before);
const { items } = await readReutersItems(opts.reuters, before + Number(opts.batch));
if (opts.wipe) await wipeGraph(db);
const stored = await db.read((tx) => tx.run('MATCH (a:Article) RETURN count(a) AS n'));
if (Number(stored[0]?.n ?? 0) < before) await ingestItems(db, items.slice(0, before), { batchSize: 100, worker: true });
const batch = prepareArticles(items.slice(before).flatMap((i) => ('input' in i ? [i.input] : []))).flatMap((r) => ('prepared' in r ? [r.prepared] : []));

const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.username, config.neo4j.password), { disableLosslessIntegers: true });
const session = driver.session({ database: config.neo4j.database });
const tx = session.beginTransaction();
const profiling: Tx = {
  async run<R extends Row>(cypher: string, params = {}): Promise<R[]> {
    const started = performance.now();
    const result = await tx.run(`PROFILE ${cypher}`, params);
    const ms = performance.now() - started;
    const plan = result.summary.profile;
    console.log(`\n=== ${ms.toFixed(0)} ms, ${plan ? totalHits(plan) : '?'} db hits: ${cypher.replace(/\s+/g, ' ').slice(0, 100)}`);
    if (plan) printPlan(plan);
    return result.records.map((r) => toPlain(r.toObject()) as R);
  },
};
const fakeDb = { write: <T>(work: (t: Tx) => Promise<T>) => work(profiling) } as unknown as GraphDatabase;
try {
  await writeArticleBatch(fakeDb, batch);
} finally {
  await tx.rollback();
  await session.close();
  await driver.close();
  await db.close();
}
