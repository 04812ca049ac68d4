import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SourceItem } from '../../src/ingest/read-sources.js';

export const DEFAULT_REUTERS_PATH = '../shared/eval/reuters21578/reuters21578.jsonl';

/** Reuters-21578 stories as ingest items (title + body), at most `limit` of them, read into memory. */
export async function readReutersItems(path: string, limit: number): Promise<{ items: SourceItem[]; bytes: number }> {
  const items: SourceItem[] = [];
  let bytes = 0;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (items.length >= limit) break;
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { newid?: number; title?: string; body?: string };
    if (!row.body && !row.title) continue;
    const title = row.title ?? null;
    const text = row.body ?? '';
    bytes += Buffer.byteLength(`${title ?? ''}\n${text}`);
    items.push({ input: { id: `reuters-${row.newid ?? items.length}`, title, text, source: 'reuters21578' }, where: `reuters:${row.newid}` });
  }
  return { items, bytes };
}
