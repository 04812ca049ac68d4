import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig, type Config } from './config.js';
import { AppError } from './errors.js';
import { decodeInput, extract } from './extraction/index.js';
import { GraphDatabase } from './graph/database.js';
import { applySchema } from './graph/apply-schema.js';
import { deleteArticle } from './graph/article-retraction.js';
import { startEmbeddedNeo4j } from './neo4j-server/embedded-neo4j.js';
import { ingestItems } from './ingest/ingest-news.js';
import { readSources } from './ingest/read-sources.js';
import { runCli } from './run-cli.js';

async function readInput(file: string): Promise<Uint8Array> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/** Neo4j for a command: the user's when NEO4J_URI is set, else ours (started or reused). */
async function connect(config: Config): Promise<GraphDatabase> {
  if (!config.externalNeo4j) await startEmbeddedNeo4j(config.embedded, (line) => console.error(line));
  const db = await GraphDatabase.connect(config.neo4j);
  await applySchema(db);
  return db;
}

const program = new Command('newsgraph').description('Builds and serves a knowledge graph of business news');

program
  .command('extract')
  .argument('<file>', 'a text file, or - for standard input')
  .description('print the documents, entities and relations found in a text as JSON')
  .action(async (file: string) => {
    let bytes: Uint8Array;
    try {
      bytes = await readInput(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new AppError('BAD_USER_INPUT', code === 'ENOENT' ? `No such file: ${file}` : `Cannot read ${file}: ${code ?? String(error)}`);
    }
    let text: string;
    try {
      text = decodeInput(bytes);
    } catch (error) {
      throw new AppError('BAD_USER_INPUT', error instanceof Error ? error.message : String(error));
    }
    process.stdout.write(`${JSON.stringify(extract(text))}\n`);
  });

program
  .command('ingest')
  .argument('<paths...>', 'files, folders or - (plain text, JSON Lines, RSS/Atom)')
  .option('--batch-size <n>', 'articles per transaction', (v) => Number.parseInt(v, 10), 100)
  .description('extract news and write it into Neo4j (idempotent)')
  .action(async (paths: string[], options: { batchSize: number }) => {
    const config = loadConfig();
    const db = await connect(config);
    const bar = process.stderr.isTTY ? new SingleBar({ format: 'ingesting {bar} {value} articles | {duration}s', stream: process.stderr }, Presets.shades_classic) : null;
    bar?.start(0, 0);
    try {
      const summary = await ingestItems(db, readSources(paths), {
        batchSize: options.batchSize,
        worker: true,
        onProgress: (done) => {
          bar?.setTotal(done);
          bar?.update(done);
        },
      });
      bar?.stop();
      for (const rejected of summary.rejected) console.error(`skipped ${rejected.where}: ${rejected.reason}`);
      console.log(
        `ingested ${summary.documents} documents (${summary.unchanged} unchanged, ${summary.rejected.length} skipped): ` +
          `${summary.entities} entities, ${summary.relations} relations in ${summary.seconds.toFixed(2)}s`,
      );
      if (summary.documents + summary.unchanged === 0) process.exitCode = 1;
    } finally {
      bar?.stop();
      await db.close();
    }
  });

program
  .command('delete')
  .argument('<articleId>', 'the id of the article to retract')
  .description('retract an article: its evidence, and facts supported only by it, disappear')
  .action(async (articleId: string) => {
    const config = loadConfig();
    const db = await connect(config);
    try {
      const summary = await deleteArticle(db, articleId);
      if (summary.articles === 0) throw new AppError('NOT_FOUND', `No article with id ${articleId}.`);
      console.log(`deleted ${articleId}: ${summary.relationsRemoved} relations and ${summary.entitiesRemoved} entities removed`);
    } finally {
      await db.close();
    }
  });

await runCli(program);
