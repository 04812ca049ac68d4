import { isMonthName } from '../calendar-words.js';
import { describedByKind, followsBusinessKind } from './company-cues.js';
import type { NerSpan } from './recognise-mentions.js';
import { isCapitalised } from './token-features.js';

/**
 * "data-labeling startup Scale AI", "software company Harbour Labs": the capitalised words right after a kind of business
 * with its trade before it name the business, even where the tagger left them out or took one of them ("AI") for a
 * thing. Spans inside the run give way to it; one running past it is left alone.
 */

// Capitalised words that go on after a name without being part of it: "startup Orvane Monday said".
// Roles end the name too: "holding company Orvane Chief Executive Jo Reyes".
const NOT_NAME_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|In|On|At|For|And|But|CEO|CFO|Chief|Chairman|Chairwoman|President|Founder|Executive|Director)$/;
const MAX_WORDS = 4;

export function namesAfterKinds(words: readonly string[], shouted: boolean, spans: NerSpan[], sentence: number): NerSpan[] {
  if (shouted) return spans;
  let out = spans;
  for (let k = 2; k < words.length; k++) {
    // Most words follow no kind of business: that set look-up goes before the walk over the run.
    if (!followsBusinessKind(words, k)) continue;
    const w = words[k]!;
    if (!isCapitalised(w) || NOT_NAME_WORDS.test(w) || isMonthName(w) || isCapitalised(words[k - 1]!)) continue;
    let end = k + 1;
    while (end < words.length && end - k < MAX_WORDS && isCapitalised(words[end]!) && !NOT_NAME_WORDS.test(words[end]!)) end++;
    if (!describedByKind(words, k, end - 1)) continue;
    // Only where the tagger missed a word of the run or took part of it for a thing: the companies it found keep their
    // bounds ("software company Harbour Labs Boston …"), and its people and places stand.
    let keep = true;
    let tagged = 0;
    for (const sp of out) {
      if (!(sp.start < end && k < sp.end)) continue;
      if (sp.start < k || sp.end > end || sp.label === 'ORG') keep = false;
      if (sp.label !== 'MISC') tagged += sp.end - sp.start;
    }
    if (!keep || tagged === end - k) continue;
    out = out.filter((sp) => sp.end <= k || sp.start >= end);
    out.push({ sentence, start: k, end, label: 'ORG' });
    k = end - 1;
  }
  return out === spans ? spans : out.sort((a, b) => a.start - b.start);
}
