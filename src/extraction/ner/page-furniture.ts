import type { NerSpan } from './recognise-mentions.js';
import { opensSentence } from './token-features.js';

/**
 * Scraped pages keep their buttons and labels in the text, next to the names of a photo credit, a byline or the story's
 * first sentence: "Dana Whitlow Share on twitter", "Advertisement Kestwell Media said …", "Sponsored Links Orvane …",
 * "Dana Whitlow Photographer : …".
 * Those words are never part of a name, nor a name alone.
 */

// Labels of advertising and of the buttons to follow, tweet or subscribe.
const LABELS = new Set(['advertisement', 'advertisements', 'tweet', 'subscribe', 'sponsored']);
// Words a label takes after it: "Sponsored Links", "Sponsored Content".
const LABEL_TAILS = new Set(['Links', 'Content']);

// Headings of a press release's closing sections, opening a line: "About Kestwell Labs …", "SOURCE Kestwell Labs".
const SECTION_HEADINGS = new Set(['About', 'ABOUT', 'SOURCE']);

// Labels of a picture's credit, before a colon: "… Dana Whitlow Photographer : Jo Reyes / Kestwell".
const CREDIT_LABELS = new Set(['Photographer', 'Photo', 'Photos', 'Picture', 'Image', 'Credit', 'Caption', 'Graphic']);
/** A credit label closing a span, right before its colon. */
const isCreditLabel = (words: readonly string[], k: number) => CREDIT_LABELS.has(words[k] ?? '') && words[k + 1] === ':';

/** "Share" before "on": a share button's word. */
const isShareButton = (words: readonly string[], k: number) => words[k] === 'Share' && words[k + 1] === 'on';
const isLabel = (word: string | undefined) => word !== undefined && LABELS.has(word.toLowerCase());

/** Cuts page furniture from the ends of the spans; a span of furniture alone is dropped. */
export function cutPageFurniture(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  for (const span of spans) {
    if (isShareButton(words, span.end - 1) || isCreditLabel(words, span.end - 1)) span.end--;
    while (span.end > span.start && isLabel(words[span.end - 1])) span.end--;
    if (span.end - span.start > 1 && opensSentence(words, span.start) && SECTION_HEADINGS.has(words[span.start]!)) span.start++;
    while (span.start < span.end && isLabel(words[span.start])) {
      span.start++;
      if (span.start < span.end - 1 && LABEL_TAILS.has(words[span.start]!)) span.start++;
    }
  }
  return spans.filter((s) => s.end > s.start);
}
