import { createHash } from 'node:crypto';
import type { DocumentKind, ExtractedDocument } from './types.js';

/** `doc-` + a short content hash: the same text always gets the same id. */
export function documentId(text: string): string {
  return 'doc-' + createHash('sha256').update(text).digest('hex').slice(0, 12);
}

export function makeDocument(kind: DocumentKind, text: string): ExtractedDocument {
  return { id: documentId(text), kind, text };
}

function isHeadlineLine(line: string): boolean {
  const trimmed = line.trim();
  const words = trimmed.split(/\s+/);
  if (words.length < 2 || words.length > 25) return false;
  if (/[.!?]["”’)]?$/.test(trimmed) && !/\b(?:Inc|Corp|Co|Ltd)\.$/.test(trimmed)) return false;
  const lettered = words.filter((w) => /^\p{L}/u.test(w));
  if (lettered.length === 0) return false;
  const capitalised = lettered.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / lettered.length >= 0.6;
}

/**
 * Splits a file into documents: blocks that are lists of title-case lines are independent headlines,
 * everything else is one article (its facts never mix with the headlines').
 */
export function splitDocuments(text: string): ExtractedDocument[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const blocks = normalised.split(/\n[ \t]*\n/).map((b) => b.replace(/^\s*\n|\s+$/g, '')).filter((b) => b.trim() !== '');
  const articleBlocks: string[] = [];
  const headlines: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    const headlineLines = lines.filter(isHeadlineLine).length;
    if (lines.length >= 2 && headlineLines / lines.length >= 0.8 && lines.every((l) => l.length < 250)) {
      headlines.push(...lines.map((l) => l.trim()));
    } else {
      articleBlocks.push(block.trim());
    }
  }
  const documents: ExtractedDocument[] = [];
  if (articleBlocks.length > 0) documents.push(makeDocument('article', articleBlocks.join('\n\n')));
  for (const headline of headlines) documents.push(makeDocument('headline', headline));
  // Identical texts are one document.
  const seen = new Set<string>();
  return documents.filter((d) => (seen.has(d.id) ? false : (seen.add(d.id), true)));
}
