import type { AnalysedSentence } from './analysis-types.js';
import type { ClusterIndex } from './cluster-index.js';
import { isCorporateHead } from './corporate-heads.js';
import { isListedCompanyWord } from './ner/company-gazetteer.js';
import { isEverydayWord } from './ner/everyday-words.js';
import { knowsWordAs, type NerModel } from './ner/perceptron-tagger.js';
import { isPlainWord } from './plain-words.js';

// What a company does in a title, third person: "Anthropic Appoints …", "Boeing Reaches …".
export const COMPANY_VERBS = new Set(
  (
    'acquires announces appoints beats boosts buys closes completes cuts delays eyes expands files gains halts hires invests launches lays ' +
    'lifts lowers misses names opens partners plans posts raises reaches recalls reports secures sees seeks sells settles signs slashes strikes ' +
    'sues taps targets teams unveils warns wins agrees inks takes leads joins sends approves rejects blocks backs clears fines probes ' +
    'mulls explores trims invites'
  ).split(' '),
);
// The same verbs after two subjects: "Rio Tinto and BHP Agree …".
const PLURAL_VERBS = new Set(
  'agree announce form launch merge partner plan sign strike team unveil join near reach settle'.split(' '),
);
// "Globex Partners With Initech" but "Globex Partners Raises …": these verbs are also the last word of a firm's name.
const NEEDS_WITH = new Set(['partners', 'teams']);
// What a company is to do in a title: "Coldridge to Buy Lumenfold", "Orvane to Cut 500 Jobs".
const INFINITIVES = new Set([...PLURAL_VERBS, ...'buy acquire sell invest cut raise list spin exit close build hire pay take seek open shut'.split(' ')]);
const isVerbAt = (s: AnalysedSentence, k: number) =>
  (COMPANY_VERBS.has(s.lower[k]!) && (!NEEDS_WITH.has(s.lower[k]!) || s.lower[k + 1] === 'with' || s.lower[k + 1] === 'up')) ||
  (s.lower[k] === 'to' && INFINITIVES.has(s.lower[k + 1] ?? ''));
const MAX_NAME_WORDS = 4;
// Verbs of a clause a title reports: "Says Kestrel Will Spend More", "Says Orvane Is Turning the Corner".
const REPORTED_VERBS = new Set(['will', 'is', 'has', 'can', 'could', 'may', 'must', 'should', 'expects', 'needs', 'remains']);
// Words that end a subject before any verb of ours: "Mono Gold Says Partnership Agrees …".
// So do people's titles: "Lebanese President Agrees …", "Nymex Outgoing Chairman Sees …".
const NOT_IN_NAME = new Set(
  (
    'says said to in on at for with from as by after amid over is are was were will would ' +
    'president chairman chairwoman chair ceo cfo chief executive minister secretary governor official officials spokesman spokeswoman economist economists analyst analysts negotiator director outgoing former'
  ).split(' '),
);

/**
 * The capitalised words of a title from `start` up to the first word where `stopAt` holds: the index of that word,
 * or -1 when a word that is no part of a name comes first or no such word follows soon.
 */
function nameRun(s: AnalysedSentence, start: number, stopAt: (k: number) => boolean): number {
  let k = start;
  while (k < s.tokens.length && k - start < MAX_NAME_WORDS && !stopAt(k)) {
    if (!/^\p{Lu}|^\p{Ll}\p{Lu}/u.test(s.tokens[k]!.text) || NOT_IN_NAME.has(s.lower[k]!) || s.lower[k]!.endsWith('ly')) return -1;
    k++;
  }
  return k > start && k < s.tokens.length && stopAt(k) ? k : -1;
}

// Nouns that make the title words before them a description: "Acquires Paris Company", "Buys Texas Units".
const DESCRIPTION_HEADS = new Set(['company', 'companies', 'firm', 'firms', 'unit', 'units', 'businesses', 'operations', 'assets', 'plant', 'plants', 'stake']);
// Kinds of company a title in capital and small letters puts after a name or a people's adjective: "Stake in Indian
// Lender", "Buys Kestrel Startup". (In capitals, "U.K. LENDERS" and "SWISS-OWNED INSURER" are left as they were read.)
const KIND_HEADS = new Set(['lender', 'insurer', 'startup', 'retailer', 'chipmaker', 'carmaker', 'automaker', 'drugmaker', 'miner']);

/** Whether the word at `end` is a kind of company a title in capital and small letters names after a name. */
export const isNamedKind = (s: AnalysedSentence, end: number) => !s.shouted && KIND_HEADS.has(s.lower[end] ?? '');

/** Whether the word at `end` makes the words before it a description of a company rather than its name. */
export const isDescribed = (s: AnalysedSentence, end: number) => DESCRIPTION_HEADS.has(s.lower[end] ?? '') || isNamedKind(s, end);

/**
 * Whether a capitalised run the tagger did not know can be a company's name rather than an ordinary phrase, a place
 * or a person: a ticker mark follows it, it ends in a word that only ends company names, the company list names one
 * of its words (written as a name or shouted), or one word is neither an ordinary word, a place, a nationality nor a
 * listed personal name.
 */
export function hasNameWord(s: AnalysedSentence, start: number, end: number, model: NerModel): boolean {
  // A ticker mark right after the words names them a listed company: "Buys Fountain Oil <FGAS>".
  if (s.tokens[end]?.text === '<') return true;
  // "Wayne Enterprises", "Orvane Robotics": words that only end company names.
  if (end - start > 1 && isCorporateHead(s.lower[end - 1]!)) return true;
  for (let k = start; k < end; k++) {
    const w = s.lower[k]!;
    // The company list holds ordinary words of names too ("Company", "Time"): those say nothing.
    if (isPlainWord(model, w) || isEverydayWord(w)) continue;
    if (model.places.has(w)) continue;
    const text = s.tokens[k]!.text;
    if (isListedCompanyWord(text) || isListedCompanyWord(text[0] + w.slice(1))) return true;
    // A word the training text knew as a person, place or nationality ("Italian Treasury") is no company's.
    if (model.lexicon(w).includes('pn')) continue;
    if (!knowsWordAs(model, w, 'PER') && !knowsWordAs(model, w, 'LOC') && !knowsWordAs(model, w, 'MISC')) return true;
  }
  return false;
}

/**
 * "Anthropic Appoints Former Microsoft Executive …", "Rio Tinto and BHP Agree to …": the name opening a title
 * right before a company's verb is a company, even when the tagger, with no capitals to go by, knew no such name.
 */
export function addHeadlineSubjects(sentences: AnalysedSentence[], index: ClusterIndex, model: NerModel): void {
  for (const s of sentences) {
    // Shouted titles ("ASCS BUYS PEANUT PRODUCTS") leave the tagger too little to go by for the rest of the title.
    if (!s.caseless || s.tokens.length < 4 || s.shouted) continue;
    // "Warren Buffett's Berkshire Hathaway Buys …": a company after its owner's possessive opens the title.
    const owner = s.mentions.find((m) => m.start === 0 && m.cluster.type === 'Person');
    const from = owner && (s.lower[owner.end] === "'s" || s.lower[owner.end] === '’s') ? owner.end + 1 : 0;
    const runs: [number, number][] = [];
    const first = nameRun(s, from, (k) => k > from && (isVerbAt(s, k) || s.lower[k] === 'and'));
    if (first >= 0) {
      const second = s.lower[first] === 'and' ? nameRun(s, first + 1, (k) => k > first + 1 && PLURAL_VERBS.has(s.lower[k]!)) : first;
      if (second >= 0) runs.push([from, first]);
      if (second > first) runs.push([first + 1, second]);
    }
    // "Jo Reyes Says Kestrel Will Spend More", "… Says Orvane Sees Strong Demand": the subject of what a title's speaker says.
    const says = s.lower.findIndex((w, k) => k > 0 && (w === 'says' || w === 'said'));
    if (says > 0) {
      const end = nameRun(s, says + 1, (k) => k > says + 1 && (isVerbAt(s, k) || REPORTED_VERBS.has(s.lower[k]!)));
      if (end >= 0) runs.push([says + 1, end]);
    }
    for (const [start, end] of runs) {
      if (s.mentions.some((m) => m.start < end && start < m.end) || !hasNameWord(s, start, end, model)) continue;
      const text = s.text.slice(s.tokens[start]!.start - s.start, s.tokens[end - 1]!.end - s.start);
      s.mentions.push({ cluster: index.resolve('Company', text, s.index), start, end, anaphoric: false });
    }
  }
}
