import type { NerSpan } from './recognise-mentions.js';

/**
 * "Photo : Dana Whitlow Share on twitter Share on Facebook": a page's share buttons, scraped into the text after a
 * photo credit or a byline. "Share" before "on" is the button's word, never the end of a name nor a name alone.
 */
const isShareButton = (words: readonly string[], k: number) => words[k] === 'Share' && words[k + 1] === 'on';

/** Cuts a share button's word from the end of the spans it closes; a span of the word alone is dropped. */
export function cutShareButtons(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  for (const span of spans) if (isShareButton(words, span.end - 1)) span.end--;
  return spans.filter((s) => s.end > s.start);
}
