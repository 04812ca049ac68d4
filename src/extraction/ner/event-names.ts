import type { NerSpan } from './recognise-mentions.js';

/** Awards, prizes and days, which news names like organisations or people ("the Varga awards"). */

// Last words of the names of events and honours: "World Oceans Day", "Davis Cup", "the Harbour Growth Summit", "the
// Paris Air Show". ("Conference" and "Forum" also close the names of bodies: "the Southern Leadership Conference".)
const EVENT_HEADS = new Set(['Award', 'Awards', 'Prize', 'Prizes', 'Day', 'Cup', 'Festival', 'Olympics', 'Championship', 'Championships', 'Summit', 'Gala', 'Expo', 'Symposium', 'Meeting', 'Show']);
// Nouns after a name that make it an honour's: "the Varga awards", "Nobel laureates".
const HONOUR_NOUNS = new Set(['award', 'awards', 'prize', 'prizes', 'awardee', 'awardees', 'laureate', 'laureates']);

/** Is this span the name of an event or honour: closed by an event word, or followed by an honour noun? */
export function isEventName(words: readonly string[], span: NerSpan): boolean {
  if (span.end - span.start > 1 && EVENT_HEADS.has(words[span.end - 1]!)) return true;
  return HONOUR_NOUNS.has(words[span.end] ?? '');
}
