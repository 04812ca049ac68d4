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
  if (SENTENCE_END.test(trimmed) && !SUFFIX_STOP.test(trimmed)) return false;
  const lettered = words.filter((w) => /^\p{L}/u.test(w));
  if (lettered.length === 0) return false;
  const capitalised = lettered.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / lettered.length >= 0.6;
}

// A line ending a sentence ("… in May.") is prose; a legal suffix's full stop ends no sentence.
const SENTENCE_END = /[.!?]["”’)]?$/;
const SUFFIX_STOP = /\b(?:Inc|Corp|Co|Ltd)\.$/;

/**
 * "Toyota to buy remaining stake in Toyota Industries", "Shell acquires Nature Energy for $2 billion": a headline in
 * sentence case, as many wires write them. It opens with a capital, ends with no full stop and names something past
 * its first word ("Net 1.2 mln vs 1.1 mln", a line of a results table, names nothing).
 */
function isSentenceCaseHeadline(line: string): boolean {
  const trimmed = line.trim();
  const words = trimmed.split(/\s+/);
  if (words.length < 3 || words.length > 25 || !/^[\p{Lu}\d"“‘'$]/u.test(trimmed)) return false;
  if (SENTENCE_END.test(trimmed) && !SUFFIX_STOP.test(trimmed)) return false;
  return words.slice(1).some((w) => /^[\p{Lu}]/u.test(w.replace(/^["“‘'(]+/u, '')));
}

// "Headlines:", "More news:": a label over a list, which is no document of its own.
const LIST_LABEL = /^\p{L}[\p{L} '-]{0,40}:$/u;

/** A block whose lines are all headlines: mostly title case, or every one a headline in sentence case. */
function isHeadlineList(lines: readonly string[]): boolean {
  if (lines.length < 2 || lines.some((l) => l.length >= 250)) return false;
  return lines.filter(isHeadlineLine).length / lines.length >= 0.8 || lines.every((l) => isHeadlineLine(l) || isSentenceCaseHeadline(l));
}

/**
 * Splits a file into documents: blocks that are lists of headlines (title case, or sentence case as wires write
 * them) are independent headlines, everything else is one article (its facts never mix with the headlines').
 */
export function splitDocuments(text: string): ExtractedDocument[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const blocks = normalised.split(/\n[ \t]*\n/).map((b) => b.replace(/^\s*\n|\s+$/g, '')).filter((b) => b.trim() !== '');
  const articleBlocks: string[] = [];
  const headlines: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    const listed = LIST_LABEL.test(lines[0]!.trim()) ? lines.slice(1) : lines;
    if (isHeadlineList(listed)) {
      headlines.push(...listed.map((l) => l.trim()));
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
