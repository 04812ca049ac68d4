/**
 * Golden check for extraction: hashes the full extraction output of Reuters stories (one article document each,
 * as ingestion builds them) and of every file in data/news (split as the CLI's `extract` does), so a refactoring
 * meant to be output-neutral can be verified byte for byte.
 *
 * Usage:
 *   npx tsx bench/profile/extraction-golden.ts write FILE [--limit N]   record the hashes
 *   npx tsx bench/profile/extraction-golden.ts check FILE [--limit N]   compare with a recording (exit 1 on a difference)
 * --dist runs the compiled extraction in dist/ instead of the sources (after `npm run -s build`).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type ExtractionModule = typeof import('../../src/extraction/index.js');

const REUTERS_PATH = '../shared/eval/reuters21578/reuters21578.jsonl';
const NEWS_DIR = 'data/news';

interface GoldenRecord {
  /** Document label (reuters:<row> or news:<file>) to the sha256 of its extraction result as JSON. */
  documents: Record<string, string>;
  total: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function reutersRows(limit: number): Array<{ title: string; body: string }> {
  const rows: Array<{ title: string; body: string }> = [];
  for (const line of readFileSync(REUTERS_PATH, 'utf8').split('\n')) {
    if (rows.length >= limit) break;
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { title?: string; body?: string };
    if (!row.body && !row.title) continue;
    rows.push({ title: row.title ?? '', body: row.body ?? '' });
  }
  return rows;
}

function record(extraction: ExtractionModule, limit: number): GoldenRecord {
  const documents: Record<string, string> = {};
  reutersRows(limit).forEach((row, i) => {
    const result = extraction.extractDocuments([extraction.articleDocument(row.title, row.body)]);
    documents[`reuters:${i}`] = sha256(JSON.stringify(result));
  });
  for (const file of readdirSync(NEWS_DIR).sort()) {
    const text = extraction.decodeInput(readFileSync(join(NEWS_DIR, file)));
    documents[`news:${file}`] = sha256(JSON.stringify(extraction.extract(text)));
  }
  return { documents, total: sha256(Object.entries(documents).map(([k, v]) => `${k} ${v}`).join('\n')) };
}

function compare(expected: GoldenRecord, actual: GoldenRecord): string[] {
  const keys = new Set([...Object.keys(expected.documents), ...Object.keys(actual.documents)]);
  return [...keys].filter((k) => expected.documents[k] !== actual.documents[k]);
}

const [mode, file] = process.argv.slice(2);
const limitAt = process.argv.indexOf('--limit');
const limit = limitAt >= 0 ? Number(process.argv[limitAt + 1]) : 4000;
if ((mode !== 'write' && mode !== 'check') || !file) {
  console.error('usage: extraction-golden.ts write|check FILE [--limit N] [--dist]');
  process.exit(2);
}
const modulePath = process.argv.includes('--dist') ? join(process.cwd(), 'dist/extraction/index.js') : join(import.meta.dirname, '../../src/extraction/index.ts');
const extraction = (await import(pathToFileURL(modulePath).href)) as ExtractionModule;
const actual = record(extraction, limit);
if (mode === 'write') {
  writeFileSync(file, JSON.stringify(actual, null, 1) + '\n');
  console.log(`${Object.keys(actual.documents).length} documents, total ${actual.total}`);
} else {
  const expected = JSON.parse(readFileSync(file, 'utf8')) as GoldenRecord;
  const differing = compare(expected, actual);
  console.log(`${Object.keys(actual.documents).length} documents, total ${actual.total} (expected ${expected.total})`);
  if (differing.length > 0) {
    console.log(`${differing.length} differ: ${differing.slice(0, 20).join(', ')}`);
    process.exit(1);
  }
  console.log('identical');
}
