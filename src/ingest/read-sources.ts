import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { decodeInput, splitDocuments } from '../extraction/index.js';
import type { ArticleInput, RejectedInput } from './article-input.js';
import { parseFeed } from './parse-feed.js';

export type SourceItem = { input: ArticleInput; where: string } | { rejected: RejectedInput };

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom']);
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A plain-text file: its article and each listed headline become separate documents. */
export function textFileItems(text: string, source: string): SourceItem[] {
  return splitDocuments(text).map((document, i) => ({
    input: { id: document.id, kind: document.kind, text: document.text, source },
    where: `${source}#${i + 1}`,
  }));
}

/** One JSON object per line: title, text or body, publishedAt, source, url, id. */
export function jsonLineItem(line: string, where: string, source: string): SourceItem | null {
  if (line.trim().length === 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { rejected: { where, reason: 'not valid JSON' } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { rejected: { where, reason: 'not a JSON object' } };
  const record = value as Record<string, unknown>;
  const text = typeof record.text === 'string' ? record.text : typeof record.body === 'string' ? record.body : '';
  const title = typeof record.title === 'string' ? record.title : null;
  if (text.trim().length === 0 && !title) return { rejected: { where, reason: 'no text, body or title' } };
  const date = record.publishedAt ?? record.date ?? record.published;
  return {
    input: {
      id: typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : undefined,
      title,
      text,
      source: typeof record.source === 'string' ? record.source : source,
      url: typeof record.url === 'string' ? record.url : null,
      publishedAt: typeof date === 'string' && !Number.isNaN(Date.parse(date)) ? date : null,
    },
    where,
  };
}

async function* jsonLines(stream: Readable, source: string): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    const item = jsonLineItem(line, `${source}:${n}`, source);
    if (item) yield item;
  }
}

function looksLikeJsonLines(text: string): boolean {
  return text.trimStart().startsWith('{');
}

function looksLikeFeed(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?<(rss|feed|rdf:RDF)\b/.test(text);
}

function itemsOfText(text: string, source: string): SourceItem[] {
  if (looksLikeFeed(text)) return parseFeed(text, source);
  return textFileItems(text, source);
}

async function* fileItems(path: string): AsyncGenerator<SourceItem> {
  const extension = extname(path).toLowerCase();
  const source = basename(path);
  if (JSONL_EXTENSIONS.has(extension)) {
    yield* jsonLines(createReadStream(path), source);
    return;
  }
  const info = await stat(path);
  if (info.size > MAX_FILE_BYTES) {
    yield { rejected: { where: path, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; split it or use JSON Lines` } };
    return;
  }
  let text: string;
  try {
    text = decodeInput(await readFile(path), { maxBytes: MAX_FILE_BYTES });
  } catch (error) {
    yield { rejected: { where: path, reason: error instanceof Error ? error.message : String(error) } };
    return;
  }
  if (FEED_EXTENSIONS.has(extension)) yield* parseFeed(text, source);
  else if (extension === '.json' || (!TEXT_EXTENSIONS.has(extension) && looksLikeJsonLines(text))) {
    let n = 0;
    for (const line of text.split('\n')) {
      n += 1;
      const item = jsonLineItem(line, `${source}:${n}`, source);
      if (item) yield item;
    }
  } else yield* itemsOfText(text, source);
}

async function* walk(path: string): AsyncGenerator<string> {
  const info = await stat(path);
  if (!info.isDirectory()) {
    yield path;
    return;
  }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    yield* walk(join(path, entry.name));
  }
}

async function readStdin(stdin: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_FILE_BYTES) throw new Error(`standard input is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Every article in the given files, folders (recursively) and `-` (standard input), in order. */
export async function* readSources(paths: readonly string[], stdin: Readable = process.stdin): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    if (path === '-') {
      try {
        const text = decodeInput(await readStdin(stdin), { maxBytes: MAX_FILE_BYTES });
        yield* looksLikeJsonLines(text)
          ? text.split('\n').flatMap((line, i) => jsonLineItem(line, `stdin:${i + 1}`, 'stdin') ?? [])
          : itemsOfText(text, 'stdin');
      } catch (error) {
        yield { rejected: { where: 'stdin', reason: error instanceof Error ? error.message : String(error) } };
      }
      continue;
    }
    try {
      for await (const file of walk(path)) yield* fileItems(file);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : error instanceof Error ? error.message : String(error);
      yield { rejected: { where: path, reason } };
    }
  }
}
