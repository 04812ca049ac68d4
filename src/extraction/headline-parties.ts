import type { AnalysedSentence } from './analysis-types.js';
import type { ClusterIndex } from './cluster-index.js';
import { hasNameWord, isDescribed, isNamedKind } from './headline-subjects.js';
import { isPeoplesAdjective } from './ner/company-cues.js';
import { isListedCompanyWord } from './ner/company-gazetteer.js';
import { isDictionaryWord } from './ner/everyday-words.js';
import { knowsWordAs, type NerModel } from './ner/perceptron-tagger.js';
import { isWellKnownPlace } from './ner/well-known-places.js';
import { isPlainWord, SECTOR_WORDS } from './plain-words.js';

// In a title, the words right after these name the other party of a deal, even when the tagger knows no such name.
const DEAL_CUES = new Set(['with', 'acquires', 'acquire', 'buys', 'buy', 'in', 'of', 'for']);
const DEAL_NOUNS = new Set(['deal', 'pursuit', 'partnership', 'agreement', 'collaboration', 'alliance', 'venture', 'pact', 'stake', 'invests', 'invest', 'investment', 'acquires', 'acquire', 'buys', 'buy', 'contract', 'partners', 'partner', 'teams', 'round', 'acquisition', 'takeover', 'purchase', 'merge', 'merges', 'merger']);
// Only a purchase names its target after "of": "Completes Acquisition of Initech".
const OF_NOUNS = new Set(['acquisition', 'takeover', 'purchase', 'pursuit']);
// A bid names its target after "for": "Launches Hostile Bid for Kestrel Foods".
const FOR_NOUNS = new Set(['bid', 'offer', 'approach', 'proposal']);
// Only money names its target after "in": "Stake in Initech", "Invests in Initech" ("Collaboration in Pilbara" is where).
const IN_NOUNS = new Set(['stake', 'invests', 'invest', 'investment', 'round', 'partners', 'partner']);
// "Invests $500 Million in Initech": an amount may stand between the deal word and its cue.
const AMOUNT = /^(?:\$|us\$|€|£|\d[\d.,]*|million|billion|mln|bln|bn|m|b)$/;
const TITLE_STOPWORDS = new Set(['to', 'in', 'for', 'as', 'amid', 'after', 'on', 'at', 'with', 'and', 'of', 'from', 'over', 'by', 'the', 'a', 'an', 'its', 'their', 'into', 'says', 'said']);
// "Deal With SPEEA Workers": people of an organisation, not part of its name.
const GROUP_NOUNS = new Set(['workers', 'employees', 'members', 'shareholders', 'investors', 'officials', 'executives', 'pilots', 'staff', 'unions', 'union']);

const TITLE_MOVES = new Set(['rise', 'rises', 'slide', 'slides', 'jump', 'jumps', 'surge', 'surges', 'fall', 'falls', 'drop', 'drops', 'plunge', 'plunges', 'soar', 'soars', 'rally', 'rallies', 'rebound', 'rebounds', 'tumble', 'tumbles', 'sink', 'sinks', 'climb', 'climbs', 'gain', 'gains', 'slump', 'slumps', 'dip', 'dips', 'sag', 'sags', 'hit', 'hits']);

// What a title calls a company right before its name: "Temu Owner PDD", "Chipmaker AMD", "EV Maker Rivian".
const TITLE_DESCRIPTIONS = new Set(
  'owner parent maker giant rival chipmaker drugmaker automaker carmaker startup firm conglomerate developer manufacturer producer supplier operator retailer lender insurer miner'.split(' '),
);

/** "Tencent Shares Slide After …": the capitalised run before "Shares <move>" in a title is a company. */
function addHeadlineMovers(s: AnalysedSentence, index: ClusterIndex, model: NerModel): void {
  for (let i = 1; i < s.tokens.length - 1; i++) {
    if (!(s.lower[i] === 'shares' || s.lower[i] === 'stock') || !TITLE_MOVES.has(s.lower[i + 1]!)) continue;
    if (s.mentions.some((m) => m.end === i)) continue;
    let start = i;
    // ("Marks & Spencer Shares Fall": an ampersand between capitalised words joins one name.)
    const glued = (k: number) => s.tokens[k]!.text === '&' && k > 0 && /^\p{Lu}/u.test(s.tokens[k - 1]!.text);
    while (start > 0 && i - start < 4 && (/^\p{Lu}|^\p{Ll}\p{Lu}/u.test(s.tokens[start - 1]!.text) || glued(start - 1)) && !TITLE_STOPWORDS.has(s.lower[start - 1]!) && !s.mentions.some((m) => m.end === start)) start--;
    // "Google Parent Alphabet Shares Jump", "iPhone Maker Apple Shares Fall": the name follows what the title calls it.
    for (let k = i - 2; k >= start; k--) {
      if (TITLE_DESCRIPTIONS.has(s.lower[k]!)) {
        start = k + 1;
        break;
      }
    }
    if (start === i || s.mentions.some((m) => m.start < i && m.end > start)) continue;
    // ("European Shares Fall": a people's shares are a market's.)
    if (i - start === 1 && (isPlainWord(model, s.lower[start]!) || SECTOR_WORDS.has(s.lower[start]!) || isPeoplesAdjective(s.tokens[start]!.text))) continue;
    const text = s.text.slice(s.tokens[start]!.start - s.start, s.tokens[i - 1]!.end - s.start);
    s.mentions.push({ cluster: index.resolve('Company', text, s.index), start, end: i, anaphoric: false });
  }
}

// Deals a title names by their target before the deal's noun: "Completes $28 Billion Splunk Acquisition".
const TARGETED_DEALS = new Set(['acquisition', 'takeover', 'purchase', 'buyout', 'deal', 'merger']);
// What opens such a deal's name: the verb closing it, an amount, or what an approval is "for".
const TARGET_OPENERS = new Set(['completes', 'closes', 'finalizes', 'finalises', 'seals', 'announces', 'clears', 'approves', 'blocks', 'abandons', 'scraps', 'ends', 'for']);

// Words of a price or of the shares bought, never a target's name: "52 DLR/SHARE CASH MERGER", "Rexnord Share Purchase".
const NOT_TARGETS = new Set(['dlr', 'dlrs', 'per', 'share', 'shares', 'stock', 'cash', 'asset', 'assets']);

/** "Cisco Completes $28 Billion Splunk Acquisition", "Synopsys Completes Ansys Takeover": the name before the deal's noun is its target. */
function addDealTargets(s: AnalysedSentence, index: ClusterIndex, model: NerModel): void {
  for (let i = 2; i < s.tokens.length; i++) {
    if (!TARGETED_DEALS.has(s.lower[i]!) || s.mentions.some((m) => m.end === i)) continue;
    let start = i;
    const inName = (k: number) => /^\p{Lu}|^\p{Ll}\p{Lu}/u.test(s.tokens[k]!.text) && !s.lower[k]!.includes('/') && !TITLE_STOPWORDS.has(s.lower[k]!) && !TARGET_OPENERS.has(s.lower[k]!) && !AMOUNT.test(s.lower[k]!) && !NOT_TARGETS.has(s.lower[k]!);
    while (start > 0 && i - start < 3 && inName(start - 1)) start--;
    if (start === i || start === 0 || s.mentions.some((m) => m.start < i && m.end > start)) continue;
    // The deal's verb right before the name, or before the amount ahead of it: "Completes $28 Billion Splunk Acquisition".
    let opener = start - 1;
    while (opener > 0 && AMOUNT.test(s.lower[opener]!)) opener--;
    if (!TARGET_OPENERS.has(s.lower[opener]!)) continue;
    if (!hasNameWord(s, start, i, model) || (i - start === 1 && isPeoplesWord(model, s.tokens[start]!.text))) continue;
    // ("Court Blocks Delta-Western Airlines Merger": a hyphen joins the two parties of a merger.)
    if (s.lower[i] === 'merger' && s.lower.slice(start, i).some((w) => w.includes('-'))) continue;
    const text = s.text.slice(s.tokens[start]!.start - s.start, s.tokens[i - 1]!.end - s.start);
    s.mentions.push({ cluster: index.resolve('Company', text, s.index), start, end: i, anaphoric: false });
  }
}

/** A people's adjective the tagger or the dictionary knows: "Chinese", not a name that only ends like one ("Initech"). */
const isPeoplesWord = (model: NerModel, word: string) => {
  const lower = word.toLowerCase();
  return isPeoplesAdjective(word) && (knowsWordAs(model, lower, 'MISC') || knowsWordAs(model, lower, 'LOC') || isDictionaryWord(lower));
};

/** "Microsoft Strikes … Deal With Indigo Carbon to Boost …": the capitalised run after the cue is a company. */
export function addHeadlineParties(sentences: AnalysedSentence[], index: ClusterIndex, model: NerModel): void {
  for (const s of sentences) {
    if (!s.caseless) continue;
    addHeadlineMovers(s, index, model);
    addDealTargets(s, index, model);
    for (let i = 0; i < s.tokens.length - 1; i++) {
      const cue = s.lower[i]!;
      if (!DEAL_CUES.has(cue)) continue;
      let k = i - 1;
      while (k > 0 && i - k <= 4 && AMOUNT.test(s.lower[k]!)) k--;
      const trigger = DEAL_NOUNS.has(cue) ? cue : (s.lower[k] ?? '');
      // (Only in capital and small letters: a title in capitals runs the name on into its verb, "OFFER FOR DOME MAY …".)
      if (cue === 'for' ? s.shouted || !FOR_NOUNS.has(trigger) : !DEAL_NOUNS.has(trigger) || (cue === 'of' && !OF_NOUNS.has(trigger)) || (cue === 'in' && !IN_NOUNS.has(trigger))) continue;
      const start = i + 1;
      const taken = s.mentions.find((m) => m.start <= start && start < m.end);
      // A one-word name the tagger took for a place or person, not a known place: "Stake in Initech".
      if (taken && taken.start === start && taken.end === start + 1 && !taken.anaphoric && (taken.cluster.type === 'Location' || taken.cluster.type === 'Person')) {
        // ("Deal With Amazon": a listed company's name the training text knew as a place's is the company here, but
        // not a country, state or city.)
        const listed = isListedCompanyWord(s.tokens[start]!.text) && !isWellKnownPlace(s.tokens[start]!.text);
        if ((listed || !model.places.has(s.lower[start]!)) && !isPlainWord(model, s.lower[start]!)) taken.cluster.type = 'Company';
        continue;
      }
      // ("Drops Pursuit of Anglo American": a longer name taken for a place's, with no place's word at its end.)
      if (taken && taken.start === start && !taken.anaphoric && taken.cluster.type === 'Location' && taken.end - taken.start > 1) {
        const last = s.lower[taken.end - 1]!;
        const text = s.text.slice(s.tokens[taken.start]!.start - s.start, s.tokens[taken.end - 1]!.end - s.start);
        // ("Buy Florida Bank", "Stake in Portuguese Bank": a place's or a people's word opening it describes a company.)
        const written = s.tokens[taken.start]!.text;
        const first = written[0] + written.slice(1).toLowerCase();
        const described = isWellKnownPlace(first) || isPeoplesWord(model, first);
        if (!described && !isWellKnownPlace(text) && !model.places.has(last) && !knowsWordAs(model, last, 'LOC')) taken.cluster.type = 'Company';
        continue;
      }
      if (taken) continue;
      let end = start;
      while (end < s.tokens.length && end - start < 4 && /^\p{Lu}|^\p{Ll}\p{Lu}/u.test(s.tokens[end]!.text) && !TITLE_STOPWORDS.has(s.lower[end]!) && !GROUP_NOUNS.has(s.lower[end]!) && !isDescribed(s, end) && !s.mentions.some((m) => m.start === end)) end++;
      // Ordinary words ("Buys Peanut Products"), places ("Stake in U.S. Company") and numbers ("Buys Two …") are no
      // name, nor is a description of a company ("Buys Los Angeles PR Company"). In a title written in capital and
      // small letters, ordinary words ending in a singular noun may still be one ("Deal With Indigo Carbon"), and so
      // may a rarer single word ("Buys Impression").
      // ("Stake in Kestrel Lender": a name before what the title calls it is kept without it.)
      if (end === start || (isDescribed(s, end) && !(isNamedKind(s, end) && hasNameWord(s, start, end, model) && !isPeoplesWord(model, s.tokens[start]!.text)))) continue;
      // "invest $80 billion in AI data centres": capitals before a lower-case noun of a title in sentence case modify it.
      const next = s.tokens[end]?.text ?? '';
      if (/^\p{Ll}/u.test(next) && !TITLE_STOPWORDS.has(next)) continue;
      const last = s.lower[end - 1]!;
      const ordinaryName = !s.shouted && (end - start > 1 ? !last.endsWith('s') : !model.commonLower.has(last) && !model.places.has(last));
      if (!ordinaryName && !hasNameWord(s, start, end, model)) continue;
      // ("Invests in Chinese Robotics Startup": a people's adjective alone describes the party.)
      if (end - start === 1 && isPeoplesWord(model, s.tokens[start]!.text)) continue;
      const text = s.text.slice(s.tokens[start]!.start - s.start, s.tokens[end - 1]!.end - s.start);
      s.mentions.push({ cluster: index.resolve('Company', text, s.index), start, end, anaphoric: false });
    }
  }
}
