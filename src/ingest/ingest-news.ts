import type { GraphDatabase } from '../graph/database.js';
import { writeArticleBatch, type PreparedArticle, type WrittenArticle } from '../graph/article-writer.js';
import { isAppError } from '../errors.js';
import type { ArticleInput, RejectedInput } from './article-input.js';
import { sharedExtractionWorker } from './extraction-pool.js';
import { failureReason, prepareArticles } from './prepare-article.js';
import type { SourceItem } from './read-sources.js';

export interface IngestSummary {
  /** Documents written (new or changed). */
  documents: number;
  /** Documents already in the graph with the same content. */
  unchanged: number;
  /** Distinct entities and relations the written documents touched. */
  entities: number;
  relations: number;
  rejected: RejectedInput[];
  seconds: number;
}

export interface IngestOptions {
  batchSize?: number;
  /** Extract on a worker thread, overlapping with writes (the CLI and benchmarks do). */
  worker?: boolean;
  /**
   * Batches being written at once (default 2 with `worker`, else 1). A second transaction keeps Neo4j busy
   * while the first one's results travel back and the next batch's rows are built.
   */
  writesInFlight?: number;
  onProgress?: (done: number) => void;
  onWritten?: (written: WrittenArticle[], articles: PreparedArticle[]) => void;
}

/**
 * One transaction per batch for speed; when a batch fails for a reason other than the database being
 * gone, its articles are retried one transaction each, so one bad article costs only itself.
 */
export async function writeIsolating(db: GraphDatabase, batch: PreparedArticle[], rejected: RejectedInput[]): Promise<WrittenArticle[]> {
  try {
    return await writeArticleBatch(db, batch);
  } catch (error) {
    if (isAppError(error) && error.code === 'SERVICE_UNAVAILABLE') throw error;
    if (batch.length === 1) {
      rejected.push({ where: batch[0]?.id ?? '?', reason: failureReason(error) });
      return [];
    }
    const written: WrittenArticle[] = [];
    for (const article of batch) written.push(...(await writeIsolating(db, [article], rejected)));
    return written;
  }
}

/**
 * Extracts and writes in batches. With `worker`, the next batch is extracted on the process's worker
 * thread while two batches are written, so CPU work and Neo4j round trips overlap; the graph comes out
 * the same as with one batch at a time (see writeArticleBatch).
 */
export async function ingestItems(db: GraphDatabase, items: AsyncIterable<SourceItem> | Iterable<SourceItem>, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 100;
  const worker = options.worker ? sharedExtractionWorker() : null;
  const rejected: RejectedInput[] = [];
  const entityIds = new Set<string>();
  const relationKeys = new Set<string>();
  let documents = 0;
  let unchanged = 0;
  let done = 0;
  const writesInFlight = Math.max(1, options.writesInFlight ?? (options.worker ? 2 : 1));
  const writing: Array<{ ids: Set<string>; done: Promise<void> }> = [];

  const write = async (batch: PreparedArticle[]) => {
    const written = await writeIsolating(db, batch, rejected);
    for (const w of written) {
      if (w.unchanged) unchanged += 1;
      else documents += 1;
      w.entityIds.forEach((id) => entityIds.add(id));
      w.relationKeys.forEach((key) => relationKeys.add(key));
    }
    done += batch.length;
    options.onWritten?.(written, batch);
    options.onProgress?.(done + rejected.length);
  };

  const flush = async (raw: Array<{ input: ArticleInput; where: string }>) => {
    const inputs = raw.map((r) => r.input);
    const results = worker ? await worker.prepare(inputs) : prepareArticles(inputs);
    const prepared: PreparedArticle[] = [];
    results.forEach((result, i) => {
      if ('prepared' in result) prepared.push(result.prepared);
      else rejected.push({ where: raw[i]?.where ?? '?', reason: result.failed });
    });
    // A batch waits for a free slot, and for any earlier batch still writing one of its articles, so
    // that batch's content check sees the stored version.
    const ids = new Set(prepared.map((a) => a.id));
    while (writing.length >= writesInFlight || writing.some((w) => prepared.some((a) => w.ids.has(a.id)))) {
      await writing.shift()?.done;
    }
    const finished = write(prepared);
    finished.catch(() => undefined);
    writing.push({ ids, done: finished });
  };

  let batch: Array<{ input: ArticleInput; where: string }> = [];
  for await (const item of items) {
    if ('rejected' in item) {
      rejected.push(item.rejected);
      continue;
    }
    batch.push(item);
    if (batch.length >= batchSize) {
      await flush(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await flush(batch);
  for (const w of writing) await w.done;
  return {
    documents,
    unchanged,
    entities: entityIds.size,
    relations: relationKeys.size,
    rejected,
    seconds: (performance.now() - started) / 1000,
  };
}
