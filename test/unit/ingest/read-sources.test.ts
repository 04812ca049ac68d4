import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonLineItem, readSources, type SourceItem } from '../../../src/ingest/read-sources.js';
import { parseFeed, htmlToText } from '../../../src/ingest/parse-feed.js';

async function collect(paths: string[], stdin?: Readable): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(paths, stdin)) items.push(item);
  return items;
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-sources-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const RSS = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
  <item><title>Acme &amp; Co to buy Beta Ltd</title><description>&lt;p&gt;Acme Corp agreed to buy &lt;b&gt;Beta Ltd&lt;/b&gt;.&lt;/p&gt;</description>
    <link>https://news.example/acme</link><guid>wire-1</guid><pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate></item>
  <item><title></title><description></description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
  <entry><id>urn:1</id><title>Gamma rises</title><link rel="alternate" href="https://news.example/gamma"/>
    <updated>2026-11-21T10:00:00Z</updated><summary>Gamma Inc shares rose 5%.</summary></entry>
</feed>`;

describe('readSources', () => {
  it('reads JSON Lines with text or body, keeping ids, dates and urls, and reports bad lines', async () => {
    const dir = folder({
      'feed.jsonl': [
        JSON.stringify({ id: 'a1', title: 'T1', body: 'Body one.', publishedAt: '2026-11-20T08:00:00Z', url: 'https://x/1' }),
        '{not json',
        JSON.stringify({ title: 'T2', text: 'Body two.', source: 'Wire' }),
        JSON.stringify([1, 2]),
        '',
      ].join('\n'),
    });
    const items = await collect([dir]);
    expect(items).toEqual([
      { input: { id: 'a1', title: 'T1', text: 'Body one.', source: 'feed.jsonl', url: 'https://x/1', publishedAt: '2026-11-20T08:00:00Z' }, where: 'feed.jsonl:1' },
      { rejected: { where: 'feed.jsonl:2', reason: 'not valid JSON' } },
      { input: { id: undefined, title: 'T2', text: 'Body two.', source: 'Wire', url: null, publishedAt: null }, where: 'feed.jsonl:3' },
      { rejected: { where: 'feed.jsonl:4', reason: 'not a JSON object' } },
    ]);
  });

  it('splits a plain-text file into its article and its headlines', async () => {
    const dir = folder({ 'news.txt': 'Acme Corp said on Monday that profit rose.\nIt expects more.\n\n\nBeta Shares Slide After Earnings Miss\nGamma Names New Chief Executive\n' });
    const items = (await collect([dir])).filter((item): item is Extract<SourceItem, { input: unknown }> => 'input' in item);
    expect(items.map((item) => item.input.kind)).toEqual(['article', 'headline', 'headline']);
    expect(items[1]?.input.text).toBe('Beta Shares Slide After Earnings Miss');
  });

  it('reports a binary file and a missing path instead of failing', async () => {
    const dir = folder({ 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]) });
    const items = await collect([dir, join(dir, 'missing.txt')]);
    expect(items).toHaveLength(2);
    expect(items.every((item) => 'rejected' in item)).toBe(true);
    expect(items[1]).toEqual({ rejected: { where: join(dir, 'missing.txt'), reason: 'no such file or folder' } });
  });

  it('reads standard input for -', async () => {
    const items = await collect(['-'], Readable.from([Buffer.from(JSON.stringify({ title: 'From stdin', text: 'Body.' }))]));
    expect(items).toEqual([expect.objectContaining({ input: expect.objectContaining({ title: 'From stdin' }) })]);
  });
});

describe('parseFeed', () => {
  it('reads RSS items, with HTML bodies turned into text', () => {
    const [first, second] = parseFeed(RSS, 'wire.xml');
    expect(first).toEqual({
      input: { id: 'wire-1', title: 'Acme & Co to buy Beta Ltd', text: 'Acme Corp agreed to buy Beta Ltd .', source: 'Wire', url: 'https://news.example/acme', publishedAt: '2026-11-20T08:00:00.000Z' },
      where: 'wire.xml#1',
    });
    expect(second).toEqual({ rejected: { where: 'wire.xml#2', reason: 'feed item without title or text' } });
  });

  it('reads Atom entries', () => {
    expect(parseFeed(ATOM, 'atom.xml')).toEqual([
      { input: { id: 'urn:1', title: 'Gamma rises', text: 'Gamma Inc shares rose 5%.', source: 'Atom Wire', url: 'https://news.example/gamma', publishedAt: '2026-11-21T10:00:00.000Z' }, where: 'atom.xml#1' },
    ]);
  });

  it('reports what is not a feed', () => {
    expect(parseFeed('<rss><channel><item><title>x</title>', 'broken.xml')[0]).toHaveProperty('rejected');
  });

  it('drops scripts and tags from HTML', () => {
    expect(htmlToText('<p>Hi<script>alert(1)</script> <b>there</b></p>')).toBe('Hi there');
  });
});

describe('jsonLineItem', () => {
  it('needs a text, a body or a title', () => {
    expect(jsonLineItem('{"url": "https://x"}', 'f:1', 'f')).toEqual({ rejected: { where: 'f:1', reason: 'no text, body or title' } });
  });
});
