import type { AnalysedSentence } from './analysis-types.js';
import { isCalendarWord } from './calendar-words.js';
import type { ClusterIndex } from './cluster-index.js';
import { isLegalSuffix } from './name-normalisation.js';
import { isEverydayWord } from './ner/everyday-words.js';
import type { NerModel } from './ner/perceptron-tagger.js';
import { isWellKnownPlace } from './ner/well-known-places.js';
import { isPlainWord } from './plain-words.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

/**
 * Companies named only by a deal: "bought out Receptos", "its acquisition of Quillmere", "sold Quidsi to Amazon".
 * Small and private companies are the usual targets, and no tagger or list knows them; the deal word says that the
 * capitalised name after it is a company.
 */

// Words after which a company's name follows at once (with "the", "out" or "up" between).
const VERBS = new Set(['acquire', 'acquires', 'acquired', 'acquiring', 'bought', 'purchased', 'sold', 'buys', 'buy', 'buying']);
// Nouns and the preposition that introduces what they take: "acquisition of", "merger with".
const NOUNS = new Map([
  ['acquisition', 'of'],
  ['takeover', 'of'],
  ['buyout', 'of'],
  ['purchase', 'of'],
  ['merger', 'with'],
]);
const SKIPPED = new Set(['the', 'out', 'up']);
// What a deal may name after its verb that is no company: goods, securities, dates.
const NOT_COMPANY_AFTER = /^(?:shares?|stocks?|stake|bonds?|notes|debt|jets?|planes?|aircraft|products?|rights|assets|units?|brands?|stores?|plants?|'s|’s)$/;
const MAX_WORDS = 4;
const ENDS_PHRASE = new Set(['.', ',', ';', ':', '(', ')', '<', 'for', 'in', 'from', 'to', 'and', 'last', 'on', 'at', 'earlier', 'this', 'that', 'which', 'after', 'as', 'with', 'through', 'via', '--', '-', "''", '"']);

const DEAL_NAME_TRIGGERS = triggerClass(VERBS, NOUNS.keys());

const isNameToken = (text: string) => /^\p{Lu}[\p{L}\d&.'’-]*$/u.test(text) && text.length > 1;

/** The token where a name named by the deal word at `t` would start, or -1. */
function nameStart(s: AnalysedSentence, t: number): number {
  const w = s.lower[t]!;
  let k = t + 1;
  const prep = NOUNS.get(w);
  if (prep) {
    if (s.lower[k] !== prep) return -1;
    k++;
  } else if (!VERBS.has(w)) return -1;
  while (k < t + 4 && SKIPPED.has(s.lower[k] ?? '')) k++;
  return k;
}

/** The end of a company's name starting at `k` (capitalised words, a legal suffix), or `k` when none starts there. */
function nameEnd(s: AnalysedSentence, k: number, model: NerModel): number {
  let end = k;
  while (end < s.tokens.length && end - k < MAX_WORDS && (isNameToken(s.tokens[end]!.text) || (end > k && isLegalSuffix(s.tokens[end]!.text)))) end++;
  if (end === k) return k;
  const first = s.lower[k]!;
  // "bought Monday", "acquired Treasury bonds", "purchased Boeing jets": a date, an ordinary word or goods.
  if (isCalendarWord(first) || isPlainWord(model, first) || isEverydayWord(first)) return k;
  if (NOT_COMPANY_AFTER.test(s.lower[end] ?? '')) return k;
  // "buy Canadian wheat", "acquired the Italian food group Vismara": a name is followed by the end of its phrase,
  // not by a noun it describes; nor does it hold a figure or a description ("MD-11", "Ohio-based").
  if (!ENDS_PHRASE.has(s.lower[end] ?? '.')) return k;
  if (s.tokens.slice(k, end).some((t) => /\d|-(?:based|made|owned|listed)$/i.test(t.text))) return k;
  const text = s.tokens.slice(k, end).map((t) => t.text).join(' ');
  if (model.places.has(text.toLowerCase()) || isWellKnownPlace(text)) return k;
  return end;
}

function add(s: AnalysedSentence, start: number, end: number, index: ClusterIndex): void {
  const text = s.text.slice(s.tokens[start]!.start - s.start, s.tokens[end - 1]!.end - s.start);
  s.mentions.push({ cluster: index.resolve('Company', text, s.index), start, end, anaphoric: false });
}

/** Adds a company mention for each name a deal word introduces that nothing else recognised. */
export function addDealNames(sentences: AnalysedSentence[], index: ClusterIndex, model: NerModel): void {
  for (const s of sentences) {
    // In a title every word is capitalised.
    if (s.caseless || !mayTrigger(s, DEAL_NAME_TRIGGERS)) continue;
    for (let t = 0; t < s.tokens.length - 1; t++) {
      if (!VERBS.has(s.lower[t]!) && !NOUNS.has(s.lower[t]!)) continue;
      const start = nameStart(s, t);
      if (start < 0 || start >= s.tokens.length) continue;
      const end = nameEnd(s, start, model);
      if (end === start || s.mentions.some((m) => m.start < end && start < m.end)) continue;
      add(s, start, end, index);
      // "sold Quidsi to Amazon": the buyer is named after "to".
      if (s.lower[t] !== 'sold' || s.lower[end] !== 'to') continue;
      const buyerEnd = nameEnd(s, end + 1, model);
      if (buyerEnd > end + 1 && !s.mentions.some((m) => m.start < buyerEnd && end + 1 < m.end)) add(s, end + 1, buyerEnd, index);
    }
  }
}
