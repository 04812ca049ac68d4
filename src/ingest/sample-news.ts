import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger.js';
import type { Stores } from '../graph/stores.js';
import { ingestItems, type IngestSummary } from './ingest-news.js';
import { readSources } from './read-sources.js';

export const SAMPLE_NEWS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'news');

/** The news shipped in data/news, so a first run shows a graph at once (idempotent on later runs). */
export async function ingestSampleNews(stores: Stores, logger: Logger): Promise<IngestSummary> {
  const summary = await ingestItems(stores.db, readSources([SAMPLE_NEWS_DIR]));
  for (const rejected of summary.rejected) logger.warn(rejected, 'sample article skipped');
  return summary;
}
