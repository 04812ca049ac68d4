import { parentPort } from 'node:worker_threads';
import type { ArticleInput } from './article-input.js';
import { prepareArticles } from './prepare-article.js';

/** Runs extraction off the main thread, so Neo4j round trips never wait behind CPU work. */
parentPort?.on('message', (message: { id: number; inputs: ArticleInput[] }) => {
  parentPort?.postMessage({ id: message.id, results: prepareArticles(message.inputs) });
});
