import type { AnalysedSentence, Mention } from './document-analysis.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

/** Small readers over a tagged sentence, shared by the relation rules. */

export const isCompany = (m: Mention) => m.cluster.type === 'Company';
export const isParty = (m: Mention) => m.cluster.type === 'Company' || m.cluster.type === 'Organization';
/** The mention starting at token i that passes `pred`. */
export const mentionAt = (s: AnalysedSentence, i: number, pred: (m: Mention) => boolean) => s.mentions.find((m) => m.start === i && pred(m));
/** The mention ending at token `end` (exclusive) that passes `pred`. */
export const mentionEndingAt = (s: AnalysedSentence, end: number, pred: (m: Mention) => boolean) => s.mentions.find((m) => m.end === end && pred(m));

/** Words that make a deal or bid a possibility rather than a fact. */
const SPECULATIVE = new Set(
  'rumor rumors rumour rumours rumored rumoured reportedly denied denies speculation speculated speculate considering consider considers mulls mulling weighing weighs eyes eyeing explore explores exploring may might could talks talk nears approach approached potential possible possibly sources if unlikely'.split(' '),
);
const FAILED = new Set(
  'withdrew withdrawn withdraws withdraw terminated terminate terminates abandoned abandon abandons scrapped scraps rejected rejects reject rebuffed failed fails collapsed blocked blocks cancelled canceled cancelling canceling cancels terminating scrapping abandoning'.split(' '),
);
// "ended talks", "dropped its bid" — but not "ending a regulatory battle" or "shares dropped".
const ENDING = new Set(['ended', 'ending', 'ends', 'end', 'dropped', 'drops', 'drop', 'halted', 'suspended', 'discontinue', 'discontinued', 'discontinues', 'discontinuing']);
// Words a failed deal is told with (the lines of failedIn).
const FAILURE_WORDS = triggerClass(FAILED, ENDING, ['called', 'walked']);
const DEAL_OBJECTS = new Set(['talks', 'bid', 'offer', 'pursuit', 'deal', 'agreement', 'merger', 'negotiations', 'attempt', 'plan', 'plans', 'takeover', 'approach', 'partnership', 'alliance', 'collaboration', 'venture', 'contract', 'relationship', 'ties', 'tie-up']);

/** "Would it be Boeing, in collaboration with Blue Origin?": a question states no fact. */
export function isQuestion(s: AnalysedSentence): boolean {
  // "Remember when Starbucks spent $ 100 million to acquire La Boulange?" only recalls a fact.
  if (RHETORICAL.has(s.lower[0] ?? '')) return false;
  for (let k = s.lower.length - 1; k >= 0 && k >= s.lower.length - 3; k--) if (s.lower[k] === '?') return true;
  return false;
}

const RHETORICAL = new Set(['remember', 'recall', 'guess']);

const SPECULATIVE_WORDS = triggerClass(SPECULATIVE);

const CURRENCY_NAME =
  /^(?:U\.?\s?S\.?|US|American|Canadian|Australian|New Zealand|Hong Kong|Singapore|Taiwan|Swiss|French|Japanese|British|Chinese|Indian|Mexican|Russian|Turkish|South African|German|Euro)\s+(?:dollar|yen|euro|sterling|pound|franc|yuan|renminbi|peso|rupee|rouble|ruble|lira|mark|currency|dlr)s?$/i;

/** "U.S. Dollar", "the U.S. Currency": a country's currency the tagger took for a company ("Honest Dollar" is one). */
export const isCurrencyName = (name: string) => CURRENCY_NAME.test(name);

// Verbs and auxiliaries that follow a clause's subject: "Waymo has partnered", "… and also agreed to buy".
const SUBJECT_VERBS = new Set('has have had is was will would said says plans planned signed agreed agrees announced struck reached formed completed bought acquired'.split(' '));

/** Does the lower-case word follow a clause's subject ("has", "will", "said", "agreed", "signed" …)? */
export const followsSubject = (lower: string) => SUBJECT_VERBS.has(lower);

const MANNER_ADVERB = /^\p{Ll}+ly$/u;

/** "steadily", "sharply": a lower-case word ending in "-ly", read as an adverb of manner before a direction. */
// (The ending is tested first: most words have none, and the expression backtracks over the whole word to find it.)
export const isMannerAdverb = (lower: string) => lower.endsWith('ly') && MANNER_ADVERB.test(lower);

/** "in May", "May 5": the month (capitalised inside the sentence, or before a day), not the modal "may". */
export function isMonthMay(s: AnalysedSentence, k: number): boolean {
  return s.tokens[k]?.text === 'May' && (k > 0 || /^\d/.test(s.lower[k + 1] ?? ''));
}

export function speculativeBetween(s: AnalysedSentence, from: number, to: number): boolean {
  if (isQuestion(s)) return true;
  if (!mayTrigger(s, SPECULATIVE_WORDS)) return false;
  for (let i = Math.max(0, from); i < Math.min(to, s.lower.length); i++) {
    if (SPECULATIVE.has(s.lower[i]!) && !isMonthMay(s, i)) return true;
  }
  return false;
}

export function failedIn(s: AnalysedSentence): boolean {
  if (!mayTrigger(s, FAILURE_WORDS)) return false;
  for (let i = 0; i < s.lower.length; i++) {
    const w = s.lower[i]!;
    // "will not be blocked", "was never rejected": a denied failure is none.
    if (FAILED.has(w) && !deniedBefore(s, i)) return true;
    if (w === 'called' && s.lower[i + 1] === 'off') return true;
    if (ENDING.has(w) && s.lower.slice(i + 1, i + 4).some((x) => DEAL_OBJECTS.has(x))) return true;
    if (w === 'walked' && s.lower[i + 1] === 'away') return true;
  }
  return false;
}

const DENIALS = new Set(['not', "n't", 'never', 'no']);
/** "not", "n't", "never", "no": a word that denies what follows it. */
export const isDenial = (lower: string) => DENIALS.has(lower);

function deniedBefore(s: AnalysedSentence, i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (DENIALS.has(s.lower[k]!)) return true;
  return false;
}

/** Parses "43.05", "1,200", "1-1/8" to a number. */
export function parseNumber(text: string): number | undefined {
  // Both forms open with a digit; most words are passed over without a regular expression.
  const first = text.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return undefined;
  const frac = FRACTION.exec(text);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  if (!FIGURE.test(text)) return undefined;
  return Number(text.replace(/,/g, ''));
}

const FRACTION = /^(\d+)-(\d+)\/(\d+)$/;
const FIGURE = /^\d[\d,]*(?:\.\d+)?$/;

/** First "N %"/"N percent" within a window after token i. */
export function percentAfter(s: AnalysedSentence, i: number, window = 8): number | undefined {
  for (let k = i + 1; k < Math.min(s.lower.length - 1, i + window); k++) {
    const w = s.lower[k]!;
    // Another clause or another company's figure starts here.
    if (w === ';' || w === 'while' || w === 'and' || w === 'but') return undefined;
    const n = parseNumber(w);
    if (n === undefined) continue;
    const unit = s.lower[k + 1]!;
    if (unit === '%' || unit === 'percent' || unit === 'pct' || (unit === 'per' && s.lower[k + 2] === 'cent')) return n;
  }
  return undefined;
}

const CURRENCIES: Record<string, string> = {
  $: 'USD', us$: 'USD', hk$: 'HKD', c$: 'CAD', a$: 'AUD', s$: 'SGD', nt$: 'TWD', nz$: 'NZD', r$: 'BRL',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', yen: 'JPY', yuan: 'CNY', rmb: 'CNY', euros: 'EUR', pence: 'GBX', dlrs: 'USD', rupees: 'INR', won: 'KRW',
};

export interface Money {
  value: number;
  currency: string;
  /** Token index just after the amount. */
  end: number;
}

const SCALES: Readonly<Record<string, number>> = { million: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, k: 1e3 };

/** "HK$ 43.05", "$ 30 billion", "47.08 dlrs", "270 mln dlrs" starting at token k. */
export function moneyAt(s: AnalysedSentence, k: number): Money | undefined {
  const w = s.lower[k];
  if (w === undefined) return undefined;
  let currency = CURRENCIES[w];
  let numberIndex = k + 1;
  if (!currency) {
    const n = parseNumber(w);
    if (n === undefined) return undefined;
    // "270 mln dlrs": a scale may stand between the figure and the currency written after it.
    const scaled = SCALES[s.lower[k + 1] ?? ''];
    const at = scaled ? k + 2 : k + 1;
    const after = s.lower[at];
    if (!after || !CURRENCIES[after] || after === '$') return undefined;
    currency = CURRENCIES[after]!;
    return { value: scaled ? n * scaled : n, currency, end: at + 1 };
  }
  let value = parseNumber(s.lower[numberIndex] ?? '');
  if (value === undefined) return undefined;
  numberIndex++;
  const mult = SCALES[s.lower[numberIndex] ?? ''];
  if (mult) {
    value *= mult;
    numberIndex++;
  }
  return { value, currency, end: numberIndex };
}

/** First amount of money within a window after token i. */
export function moneyAfter(s: AnalysedSentence, i: number, window = 12): Money | undefined {
  for (let k = i; k < Math.min(s.lower.length, i + window); k++) {
    const m = moneyAt(s, k);
    if (m) return m;
  }
  return undefined;
}

/**
 * The words strictly between tokens `from` and `to`, amounts and figures not counted: "a deal worth $ 2 billion with"
 * holds one word ("worth") between "deal" and "with".
 */
export function wordsBetween(s: AnalysedSentence, from: number, to: number): number {
  let words = 0;
  for (let k = from + 1; k < to; k++) {
    const money = moneyAt(s, k);
    if (money) k = money.end - 1;
    else if (parseNumber(s.lower[k]!) === undefined) words++;
  }
  return words;
}

/** Mentions overlapping nothing in [from, to). */
export function mentionsIn(s: AnalysedSentence, from: number, to: number): Mention[] {
  return s.mentions.filter((m) => m.start >= from && m.end <= to);
}

/** Index of the next clause break (";", "but", "while") after i, or the sentence end. */
export function clauseEnd(s: AnalysedSentence, i: number): number {
  for (let k = i + 1; k < s.lower.length; k++) {
    const w = s.lower[k]!;
    if (w === ';' || w === 'but' || w === 'while' || w === 'whereas' || w === 'meanwhile') return k;
    if (w === ',' && (s.lower[k + 1] === 'and' || s.lower[k + 1] === 'while' || s.lower[k + 1] === 'but')) return k;
  }
  return s.lower.length;
}

/** Index of the previous clause break before i, or -1. */
export function clauseStart(s: AnalysedSentence, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const w = s.lower[k]!;
    if (w === ';' || w === 'but' || w === 'while' || w === 'whereas' || w === 'meanwhile') return k;
    if (w === ',' && (s.lower[k + 1] === 'and' || s.lower[k + 1] === 'while' || s.lower[k + 1] === 'but')) return k;
  }
  return -1;
}
