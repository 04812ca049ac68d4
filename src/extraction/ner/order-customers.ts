import { isTitleCased } from './title-runs.js';
import type { NerModel } from './perceptron-tagger.js';
import { isPlaceName } from './place-cues.js';
import type { NerSpan } from './recognise-mentions.js';
import { isWellKnownPlace } from './well-known-places.js';

/**
 * "Boeing Wins Order From Quillmere", "Airbus Lands $2 Billion Orders From Kestrel Air": a title tells who placed an
 * order or awarded a contract after "From". A buyer is a company or a public body; a place ("Order From China") is
 * left to the place rules. The tagger, which leans on case, often leaves such a name out of a title.
 */

// (So are those of an approach, a bid or money: "Rejects Merger Approach From Rio Tinto", "Investment From Kestrel".)
const ORDER_WORDS = new Set(['order', 'orders', 'contract', 'contracts', 'approach', 'bid', 'bids', 'offer', 'offers', 'proposal', 'investment', 'funding', 'backing']);
const MAX_NAME_WORDS = 3;
// Capitalised small words that end the name in a title ("From Quillmere For 40 Jets").
const STOP = new Set(['for', 'in', 'on', 'at', 'to', 'as', 'amid', 'after', 'worth', 'with', 'and', 'of', 'by', 'over', 'valued']);

/** Spans to add (one per buyer the tagger left untagged) or to relabel (a name it took for a place or a thing). */
export function orderCustomers(model: NerModel, words: readonly string[], title: boolean, spans: NerSpan[], sentence: number): NerSpan[] {
  if (!title && !isTitleCased(words)) return spans;
  const out = [...spans];
  for (let k = 1; k + 1 < words.length; k++) {
    // Titles in capitals ("ORDER FROM") are read as those in title case.
    if (!/^from$/i.test(words[k]!) || !/^\p{Lu}/u.test(words[k]!) || !ORDER_WORDS.has(words[k - 1]!.toLowerCase())) continue;
    let end = k + 1;
    while (end < words.length && end - k <= MAX_NAME_WORDS && /^\p{Lu}[\p{L}&-]*$/u.test(words[end]!) && !STOP.has(words[end]!.toLowerCase())) end++;
    if (end === k + 1) continue;
    const text = words.slice(k + 1, end).join(' ');
    if (isWellKnownPlace(text) || (end === k + 2 && isPlaceName(model, text))) continue;
    const own = out.find((sp) => sp.start < end && sp.end > k + 1);
    // ("Order From Saudi Electricity": a people's word the tagger took alone opens the buyer's name.)
    const ownPlace = own !== undefined && isWellKnownPlace(words.slice(own.start, own.end).join(' '));
    if (own && (own.label === 'MISC' || own.label === 'LOC') && !ownPlace && own.start === k + 1 && own.end < end && !out.some((sp) => sp !== own && sp.start < end && sp.end > k + 1)) {
      own.label = 'ORG';
      own.end = end;
    } else if (own && own.label === 'MISC' && own.start === k + 1) own.label = 'ORG';
    // ("Order From Saudi Kestrelco": a name taken whole for a place's that ends in no place's word.)
    else if (own && own.label === 'LOC' && !ownPlace && own.start === k + 1 && own.end === end && end - k > 2 && !isPlaceName(model, words[end - 1]!)) own.label = 'ORG';
    else if (!own) out.push({ sentence, start: k + 1, end, label: 'ORG' });
  }
  return out;
}
