/**
 * What the extraction profilers share: the Reuters-21578 rows (from ../shared/eval beside the project, or the folder
 * NEWSGRAPH_EVAL names) and the CPU time one compiled build spends extracting stories.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Every row of the Reuters file, in order. */
export function reutersRows() {
  const dir = process.env.NEWSGRAPH_EVAL ?? resolve(process.cwd(), '../shared/eval');
  return readFileSync(`${dir}/reuters21578/reuters21578.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

/** The first `limit` stories with a title or a body. */
export const reutersStories = (limit = Infinity) => reutersRows().filter((r) => r.title || r.body).slice(0, limit);

/** CPU seconds (user and system) the build `M` spends extracting each story as one article. */
export function extractionSeconds(M, stories) {
  const t = process.cpuUsage();
  for (const d of stories) M.extractDocuments([M.articleDocument(d.title ?? '', d.body ?? '')]);
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1e6;
}

/**
 * The two builds an A/B compares, loaded from their `dist/extraction/index.js`, and the first `limit` stories, after
 * one warm-up pass of each build over them (so neither side's first chunk pays for compiling).
 */
export async function warmedBuilds(basePath, newPath, limit = Infinity) {
  const A = await import(pathToFileURL(basePath).href);
  const B = await import(pathToFileURL(newPath).href);
  const rows = reutersStories(limit);
  extractionSeconds(A, rows);
  extractionSeconds(B, rows);
  return { A, B, rows };
}
