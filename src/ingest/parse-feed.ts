import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { SourceItem } from './read-sources.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return text((value as Record<string, unknown>)['#text']);
  return '';
}

/** Feed bodies are HTML: tags dropped, the common entities decoded, white space folded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const alternate = links.find((l) => typeof l === 'object' && l && ((l as Record<string, unknown>)['@rel'] ?? 'alternate') === 'alternate');
  const chosen = (alternate ?? links[0]) as Record<string, unknown> | string | undefined;
  if (typeof chosen === 'string') return chosen;
  return typeof chosen?.['@href'] === 'string' ? chosen['@href'] : null;
}

function date(value: unknown): string | null {
  const raw = text(value).trim();
  return raw && !Number.isNaN(Date.parse(raw)) ? new Date(raw).toISOString() : null;
}

/** RSS 2.0 items and Atom entries as articles. */
export function parseFeed(xml: string, source: string): SourceItem[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [{ rejected: { where: source, reason: `not a readable feed: ${valid.err.msg} (line ${valid.err.line})` } }];
  let document: Record<string, unknown>;
  try {
    document = parser.parse(xml) as Record<string, unknown>;
  } catch (error) {
    return [{ rejected: { where: source, reason: `not a readable feed: ${error instanceof Error ? error.message : String(error)}` } }];
  }
  const rss = document.rss as { channel?: { item?: unknown[]; title?: unknown } } | undefined;
  const atom = document.feed as { entry?: unknown[]; title?: unknown } | undefined;
  const feedTitle = text(rss?.channel?.title ?? atom?.title) || source;
  const entries = (rss?.channel?.item ?? atom?.entry ?? []) as Array<Record<string, unknown>>;
  return entries.map((entry, i): SourceItem => {
    const where = `${source}#${i + 1}`;
    const title = htmlToText(text(entry.title));
    const body = htmlToText(text(entry['content:encoded'] ?? entry.content ?? entry.description ?? entry.summary));
    if (!title && !body) return { rejected: { where, reason: 'feed item without title or text' } };
    const guid = text(entry.guid ?? entry.id).trim();
    const link = Array.isArray(entry.link) ? (rss ? text(entry.link[0]) : atomLink(entry.link)) : null;
    return {
      input: {
        id: guid || undefined,
        title: title || null,
        text: body,
        source: feedTitle,
        url: link,
        publishedAt: date(entry.pubDate ?? entry.published ?? entry.updated ?? entry['dc:date']),
      },
      where,
    };
  });
}
