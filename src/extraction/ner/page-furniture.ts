import { isListedCompanyWord } from './company-gazetteer.js';
import { isDictionaryWord } from './everyday-words.js';
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

// A word of a personal name: "Dana", "D'Souza", "McNeil".
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;

/**
 * "Photo : Dana Whitlow Know anyone who …": the credit after a picture's label is a photographer's given name and
 * surname, run into the caption's first word when the page lost the line break. The run is cut after the surname when
 * the word after it is a dictionary word (or a determiner) and the surname is none; an agency's credit ("Photo : Kelso
 * Picture Library") has a dictionary word second and is left alone. Returns whether the span was cut.
 */
function cutCreditRunOn(words: readonly string[], span: NerSpan): boolean {
  if (span.end - span.start < 3 || words[span.start - 1] !== ':' || !CREDIT_LABELS.has(words[span.start - 2] ?? '')) return false;
  const [given, surname, next] = [words[span.start]!, words[span.start + 1]!, words[span.start + 2]!];
  if (!NAME_WORD.test(given) || !NAME_WORD.test(surname) || isListedCompanyWord(given) || isListedCompanyWord(surname)) return false;
  if (isDictionaryWord(surname.toLowerCase()) || !/^\p{Lu}/u.test(next) || !isDictionaryWord(next.toLowerCase())) return false;
  span.end = span.start + 2;
  span.label = 'PER';
  return true;
}

/** "Share" before "on": a share button's word. */
const isShareButton = (words: readonly string[], k: number) => words[k] === 'Share' && words[k + 1] === 'on';
const isLabel = (word: string | undefined) => word !== undefined && LABELS.has(word.toLowerCase());

// Time zones news writes after a clock time: "4:43 PM EDT", "11:00 CET", "13:25 BST".
const TIME_ZONES = new Set(['GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'ET', 'PT', 'IST', 'JST', 'HKT', 'SGT', 'AEST', 'AEDT', 'NZST', 'NZDT']);
// A clock time before its zone: "4:43 PM", "11:00", "1350".
const CLOCK_TIME = /^(?:\d{1,2}[:.]\d{2}|\d{4}|[AaPp]\.?[Mm]\.?)$/;

/** "4:43 PM EDT Welcome to …": the zone closing a page's timestamp, after its clock time ("11 : 00" split or whole). */
const isTimeZone = (words: readonly string[], k: number) =>
  TIME_ZONES.has(words[k] ?? '') && (CLOCK_TIME.test(words[k - 1] ?? '') || (/^\d{2}$/.test(words[k - 1] ?? '') && words[k - 2] === ':'));

/**
 * Cuts page furniture from the ends of the spans; a span of furniture alone is dropped. A timestamp's zone opening a
 * span is furniture too: the page's heading or first sentence starts after it ("11:00 CET Traders urged …").
 */
export function cutPageFurniture(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  for (const span of spans) {
    if (cutCreditRunOn(words, span)) continue;
    if (isTimeZone(words, span.start)) span.start++;
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
