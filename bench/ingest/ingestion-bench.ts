import { ingestItems } from '../../src/ingest/ingest-news.js';
import { sharedExtractionWorker } from '../../src/ingest/extraction-pool.js';
import type { SourceItem } from '../../src/ingest/read-sources.js';
import type { BenchNeo4j } from '../bench-neo4j.js';
import { bareMergeIngest } from './bare-merge-ingest.js';

export interface IngestionFigures {
  articles: number;
  megabytes: number;
  oursArticlesPerSecond: number;
  bareArticlesPerSecond: number;
  oursSeconds: number;
  bareSeconds: number;
  entities: number;
  relations: number;
  rejected: number;
}

export const BATCH_SIZE = 100;

/**
 * Ours and the bare-MERGE ceiling over the same items, each into an empty database, after a small
 * warm-up of both paths (JIT, query plans) and of the extraction worker they share (up to 1,000 items:
 * its first thousand run at a third of full speed, which the path measured first would otherwise pay
 * alone). Leaves ours' graph in place.
 */
export async function measureIngestion(neo: BenchNeo4j, items: SourceItem[], bytes: number, warmUp = 100): Promise<IngestionFigures> {
  await sharedExtractionWorker().prepare(items.slice(0, 1000).flatMap((item) => ('input' in item ? [item.input] : [])));
  await neo.wipe();
  await ingestItems(neo.db, items.slice(0, warmUp), { batchSize: BATCH_SIZE, worker: true });
  await neo.wipe();
  await bareMergeIngest(neo.db, items.slice(0, warmUp), BATCH_SIZE);
  await neo.wipe();
  const bare = await bareMergeIngest(neo.db, items, BATCH_SIZE);
  await neo.wipe();
  const ours = await ingestItems(neo.db, items, { batchSize: BATCH_SIZE, worker: true });
  return {
    articles: items.length,
    megabytes: bytes / 1e6,
    oursArticlesPerSecond: (ours.documents + ours.unchanged) / ours.seconds,
    bareArticlesPerSecond: bare.documents / bare.seconds,
    oursSeconds: ours.seconds,
    bareSeconds: bare.seconds,
    entities: ours.entities,
    relations: ours.relations,
    rejected: ours.rejected.length,
  };
}
