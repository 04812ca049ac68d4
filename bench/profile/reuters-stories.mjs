/**
 * What the extraction profilers share: the Reuters-21578 rows (from ../shared/eval beside the project, or the folder
 * NEWSGRAPH_EVAL names) and the CPU time one compiled build spends extracting stories.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

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
