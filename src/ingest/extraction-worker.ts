import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors.js';
import type { ArticleInput } from './article-input.js';
import { prepareArticle } from './prepare-article.js';
import type { PreparedOrFailed } from './extraction-pool.js';

/** Runs extraction off the main thread, so Neo4j round trips never wait behind CPU work. */
parentPort?.on('message', (message: { id: number; inputs: ArticleInput[] }) => {
  const results: PreparedOrFailed[] = message.inputs.map((input) => {
    try {
      return { prepared: prepareArticle(input) };
    } catch (error) {
      const reason = isAppError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
      return { failed: reason };
    }
  });
  parentPort?.postMessage({ id: message.id, results });
});
