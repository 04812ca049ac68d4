import type { GraphDatabase } from '../../src/graph/database.js';
import type { PreparedArticle } from '../../src/graph/article-writer.js';
import { entityLabelToken, relationTypeToken } from '../../src/graph/relation-types.js';
import { sharedExtractionWorker } from '../../src/ingest/extraction-pool.js';
import type { ArticleInput } from '../../src/ingest/article-input.js';
import type { SourceItem } from '../../src/ingest/read-sources.js';

/**
 * The ceiling for ingestion: the same extraction, the same pipelining and the same batch size as
 * `ingestItems`, but the rows go in with plain UNWIND … MERGE — no entity resolution, no change
 * detection, no evidence bookkeeping. Statements carry the same `replan=skip` as ours, so neither side
 * pays for replanning while the graph grows from empty.
 */
const BARE_CYPHER = 'CYPHER replan=skip';

async function writeBare(db: GraphDatabase, articles: readonly PreparedArticle[]): Promise<void> {
  const entities = new Map<string, Map<string, { id: string; name: string }>>();
  const mentions: Array<{ a: string; e: string }> = [];
  const relations = new Map<string, Array<{ key: string; s: string; t: string; props: Record<string, unknown> }>>();
  for (const article of articles) {
    for (const e of article.extraction.entities) {
      const byId = entities.get(e.type) ?? new Map();
      entities.set(e.type, byId.set(e.id, { id: e.id, name: e.name }));
      mentions.push({ a: article.id, e: e.id });
    }
    for (const r of article.extraction.relations) {
      const props = Object.fromEntries(Object.entries(r.properties).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v)));
      relations.set(r.type, [...(relations.get(r.type) ?? []), { key: `${r.type}|${r.source}|${r.target}`, s: r.source, t: r.target, props }]);
    }
  }
  await db.write(async (tx) => {
    await tx.run(
      `${BARE_CYPHER} UNWIND $rows AS a MERGE (n:Article {id: a.id})
       SET n.title = a.title, n.text = a.text, n.kind = a.kind, n.source = a.source, n.contentHash = a.contentHash,
           n.publishedAt = CASE WHEN a.publishedAt IS NULL THEN null ELSE datetime(a.publishedAt) END`,
      { rows: articles.map(({ extraction: _, ...a }) => a) },
    );
    for (const [type, rows] of entities) {
      await tx.run(`${BARE_CYPHER} UNWIND $rows AS r MERGE (e:Entity {id: r.id}) ON CREATE SET e:${entityLabelToken(type)}, e.type = $type, e.name = r.name`, {
        rows: [...rows.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
        type,
      });
    }
    await tx.run(`${BARE_CYPHER} UNWIND $rows AS m MATCH (a:Article {id: m.a}) MATCH (e:Entity {id: m.e}) MERGE (a)-[:MENTIONS]->(e)`, { rows: mentions });
    for (const [type, rows] of relations) {
      await tx.run(
        `${BARE_CYPHER} UNWIND $rows AS r MATCH (s:Entity {id: r.s}) MATCH (t:Entity {id: r.t})
         MERGE (s)-[x:${relationTypeToken(type)} {key: r.key}]->(t) SET x += r.props`,
        { rows },
      );
    }
  });
}

/**
 * Same extraction and pipelining as `ingestItems` with `worker: true`: the process's extraction worker
 * prepares the next batch while up to two batches are written (rows in id order, as ours, so the two
 * rarely wait on each other's locks; a deadlock is retried by the driver).
 */
export async function bareMergeIngest(db: GraphDatabase, items: Iterable<SourceItem>, batchSize = 100, writesInFlight = 2): Promise<{ documents: number; seconds: number }> {
  const started = performance.now();
  const worker = sharedExtractionWorker();
  const writing: Array<Promise<void>> = [];
  let documents = 0;
  const flush = async (inputs: ArticleInput[]) => {
    const articles = (await worker.prepare(inputs)).flatMap((r) => ('prepared' in r ? [r.prepared] : []));
    while (writing.length >= writesInFlight) await writing.shift();
    const finished = writeBare(db, articles);
    finished.catch(() => undefined);
    writing.push(finished);
    documents += articles.length;
  };
  let batch: ArticleInput[] = [];
  for (const item of items) {
    if ('rejected' in item) continue;
    batch.push(item.input);
    if (batch.length >= batchSize) {
      await flush(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await flush(batch);
  for (const w of writing) await w;
  return { documents, seconds: (performance.now() - started) / 1000 };
}
