import type { AnalysedSentence } from './analysis-types.js';
import { DIRECTION_WORDS, DOWN_VERBS, UP_VERBS } from './move-words.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

/**
 * Stock market indices by name ("the S&P 500", "Dow Jones Industrial Average", "the tech-heavy Nasdaq", "PHLX
 * Semiconductor Index ( SOX )"), each with the one canonical name news gives it in full, so that "the Dow" of one
 * story and "DJIA" of another are one index of the graph.
 */

export interface IndexName {
  /** Token range of the name as written, with "index" after it. */
  start: number;
  end: number;
  canonical: string;
  /** The ticker written in brackets after the name ("SPX"), and the token after the closing bracket. */
  ticker?: { text: string; end: number };
}

const DJIA = 'Dow Jones Industrial Average';
const SP500 = 'S&P 500';
const NASDAQ = 'Nasdaq Composite';

// Lower-case token sequences (as the tokenizer splits them) and the index each names.
const NAMES: [string, string][] = [
  ['s&p 500', SP500],
  ["standard & poor 's 500", SP500],
  ['s&p 100', 'S&P 100'],
  ['s&p 400', 'S&P MidCap 400'],
  ['s&p midcap 400', 'S&P MidCap 400'],
  ['s&p 600', 'S&P SmallCap 600'],
  ['s&p smallcap 600', 'S&P SmallCap 600'],
  ['s&p/asx 200', 'S&P/ASX 200'],
  ['asx 200', 'S&P/ASX 200'],
  ['s&p/tsx composite', 'S&P/TSX Composite'],
  ['tsx composite', 'S&P/TSX Composite'],
  ['dow jones industrial average', DJIA],
  ['dow jones industrials', DJIA],
  ['dow industrials', DJIA],
  ['djia', DJIA],
  ['dow jones transportation average', 'Dow Jones Transportation Average'],
  ['dow transports', 'Dow Jones Transportation Average'],
  ['dow jones utility average', 'Dow Jones Utility Average'],
  ['nasdaq composite', NASDAQ],
  ['nasdaq 100', 'Nasdaq-100'],
  ['nasdaq-100', 'Nasdaq-100'],
  ['russell 1000', 'Russell 1000'],
  ['russell 2000', 'Russell 2000'],
  ['russell 3000', 'Russell 3000'],
  ['nyse composite', 'NYSE Composite'],
  ['ftse 100', 'FTSE 100'],
  ['ftse 250', 'FTSE 250'],
  ['ftse mib', 'FTSE MIB'],
  ['dax', 'DAX'],
  ['cac 40', 'CAC 40'],
  ['nikkei 225', 'Nikkei 225'],
  ['nikkei average', 'Nikkei 225'],
  ['nikkei stock average', 'Nikkei 225'],
  ['nikkei share average', 'Nikkei 225'],
  ['hang seng index', 'Hang Seng Index'],
  ['hang seng', 'Hang Seng Index'],
  ['shanghai composite', 'Shanghai Composite'],
  ['shenzhen component', 'Shenzhen Component'],
  ['csi 300', 'CSI 300'],
  ['kospi', 'KOSPI'],
  ['bse sensex', 'BSE Sensex'],
  ['sensex', 'BSE Sensex'],
  ['nifty 50', 'Nifty 50'],
  ['topix', 'TOPIX'],
  ['taiex', 'TAIEX'],
  ['straits times index', 'Straits Times Index'],
  ['bovespa', 'Bovespa'],
  ['ibex 35', 'IBEX 35'],
  ['stoxx europe 600', 'STOXX Europe 600'],
  ['stoxx 600', 'STOXX Europe 600'],
  ['euro stoxx 50', 'Euro Stoxx 50'],
  ['vix', 'Cboe Volatility Index'],
  ['cboe volatility index', 'Cboe Volatility Index'],
  ['phlx semiconductor index', 'PHLX Semiconductor Index'],
  ['philadelphia semiconductor index', 'PHLX Semiconductor Index'],
];

// Short names that stand for an index only as "the Dow fell", "the tech-heavy Nasdaq was up": the publisher Dow
// Jones, the Nasdaq exchange and the Nikkei newspaper are named the same way elsewhere.
const BARE: [string, string][] = [
  ['dow jones', DJIA],
  ['dow', DJIA],
  ['nasdaq', NASDAQ],
  ['nikkei', 'Nikkei 225'],
  ['ftse', 'FTSE 100'],
];

const byFirstWord = new Map<string, { words: string[]; canonical: string; bare: boolean }[]>();
for (const [bare, list] of [[false, NAMES] as const, [true, BARE] as const]) {
  for (const [name, canonical] of list) {
    const words = name.split(' ');
    const entries = byFirstWord.get(words[0]!) ?? [];
    entries.push({ words, canonical, bare });
    byFirstWord.set(words[0]!, entries);
  }
}
// Longest first, so "Dow Jones Industrial Average" wins over "Dow Jones" and "Dow".
for (const entries of byFirstWord.values()) entries.sort((a, b) => b.words.length - a.words.length);

/** Does a lower-case word open the name of a market index ("dow", "nasdaq", "nikkei")? */
export const opensIndexName = (lower: string) => byFirstWord.has(lower);

// Makers of indices whose name opens a longer "… Index": "NYSE Arca Airline Index", "KBW Bank Index", "MSCI World Index".
const INDEX_MAKERS = new Set(['phlx', 'nyse', 'arca', 'nasdaq', 'dow', 's&p', 'russell', 'ftse', 'msci', 'kbw', 'stoxx', 'cboe', 'bloomberg', 'wilshire', 'amex', 'philadelphia']);

const INDEX_TRIGGERS = triggerClass(byFirstWord.keys(), INDEX_MAKERS);

// Words between "the" and a bare name: "the tech-heavy Nasdaq", "the blue-chip Dow".
const EPITHETS = new Set(['tech-heavy', 'technology-heavy', 'blue-chip', 'broader', 'broad', 'benchmark', 'wider', 'tech-laden', 'technology-laden', 'tech-rich', 'small-cap', 'industrial']);
// What may follow a bare name that is an index: a move or a state of the market.
// ("the Nasdaq and the NYSE", "the Nasdaq's rules", "the Nasdaq has delisted" speak of the exchange.)
const STATES = new Set(['closed', 'ended', 'finished', 'opened', 'hit', 'touched', 'edged', 'ticked', 'traded', 'also', 'both', 'briefly', 'index', 'average', 'composite']);
const COPULAS = new Set(['was', 'is', 'were']);

const isMoveWord = (w: string) => UP_VERBS.has(w) || DOWN_VERBS.has(w) || DIRECTION_WORDS.has(w);

const isName = (text: string) => /^[\p{Lu}\d]/u.test(text);

// Words between a bare name and its move: "the Dow itself is up", "the Dow has gained".
const BEFORE_MOVE = new Set(['itself', 'has', 'have', 'had']);

/** A bare name's index sense: after "the" (and an epithet), before a move or a state. */
function bareIsIndex(s: AnalysedSentence, start: number, end: number): boolean {
  let k = start - 1;
  while (k >= 0 && EPITHETS.has(s.lower[k]!)) k--;
  if (s.lower[k] !== 'the') return false;
  let j = end;
  while (j < end + 2 && BEFORE_MOVE.has(s.lower[j] ?? '')) j++;
  const next = s.lower[j] ?? '';
  // "the Dow was down 1 %", "the Nasdaq is up": a copula counts only before the move; a state follows the name at once.
  return isMoveWord(next) || (j === end && STATES.has(next)) || (COPULAS.has(next) && isMoveWord(s.lower[j + 1] ?? ''));
}

// Capitals after an index's name that are no ticker of it: "the S&P 500 ETF", "the Nasdaq 100 ETF".
const NOT_TICKERS = new Set(['ETF', 'ETFS', 'ETN', 'SPDR', 'CEO', 'GDP', 'AND', 'THE']);

/** "+0.35 %" or ", -0.2 %" at `k`: the day's change a quote gives after a ticker; the token after it, or `k`. */
function quoteEnd(s: AnalysedSentence, k: number): number {
  let j = s.lower[k] === ',' ? k + 1 : k;
  if (!/^[+\-−]$/.test(s.lower[j] ?? '')) return k;
  j++;
  return /^\d+(?:\.\d+)?$/.test(s.lower[j] ?? '') && s.lower[j + 1] === '%' ? j + 2 : k;
}

/**
 * "( SPX )", "( .DJI )", "( ^GSPC )", or the bare "SPX , +0.04 %" of a quote: a ticker at `k`, and the token after
 * it (and after the quote's change).
 */
function tickerAt(s: AnalysedSentence, k: number): { text: string; end: number } | undefined {
  const bracketed = s.lower[k] === '(';
  let j = bracketed ? k + 1 : k;
  if (bracketed && (s.lower[j] === '.' || s.lower[j] === '^')) j++;
  const text = s.tokens[j]?.text ?? '';
  if (!/^[A-Z]{2,5}$/.test(text) || NOT_TICKERS.has(text)) return undefined;
  if (bracketed) return s.lower[j + 1] === ')' ? { text, end: j + 2 } : undefined;
  // A bare ticker ends the name: "SPX has gained", "SPX , +0.04 %", not "FTSE 100 FTSE" or a name going on.
  const next = s.tokens[j + 1]?.text ?? '';
  if (/^\p{Lu}/u.test(next)) return undefined;
  return { text, end: quoteEnd(s, j + 1) };
}

const NAME_GOES_ON = new Set(['Index', 'Average', 'Composite', 'Industrials']);

/** A listed name at `k`, longest first, or undefined. */
function namedAt(s: AnalysedSentence, k: number): { end: number; canonical: string } | undefined {
  const entries = byFirstWord.get(s.lower[k]!);
  if (!entries || !isName(s.tokens[k]!.text)) return undefined;
  for (const { words, canonical, bare } of entries) {
    if (!words.every((w, i) => s.lower[k + i] === w)) continue;
    const end = k + words.length;
    if (bare && !bareIsIndex(s, k, end)) continue;
    // "Dow Chemical", "Nasdaq Inc", "Hang Seng Bank": a name going on with a capitalised word is another name.
    const next = s.tokens[end]?.text ?? '';
    if (!s.caseless && /^\p{Lu}\p{Ll}/u.test(next) && !NAME_GOES_ON.has(next)) continue;
    return { end, canonical };
  }
  return undefined;
}

/** "NYSE Arca Airline Index": capitalised words from an index maker's name to "Index", at most six. */
function madeIndexAt(s: AnalysedSentence, k: number): { end: number; canonical: string } | undefined {
  if (!INDEX_MAKERS.has(s.lower[k]!) || s.caseless) return undefined;
  for (let j = k + 1; j < Math.min(s.tokens.length, k + 6); j++) {
    const text = s.tokens[j]!.text;
    if (text === 'Index') return { end: j + 1, canonical: s.tokens.slice(k, j + 1).map((t) => t.text).join(' ') };
    if (!isName(text)) return undefined;
  }
  return undefined;
}

const SECTOR_WORD = /^\p{Ll}[\p{Ll}-]+$/u;
const titleCase = (w: string) => w.replace(/(^|-)(\p{Ll})/gu, (_, dash: string, c: string) => dash + c.toUpperCase());

/**
 * "the S&P 500 energy sector index", "the S&P technology sector": one or two lower-case words after the S&P name,
 * closed by "sector" or "index", name one of its sector indices ("S&P 500 Energy").
 */
function sectorIndexAt(s: AnalysedSentence, k: number, from: number): { end: number; canonical: string } | undefined {
  if (s.lower[k] !== 's&p' || s.caseless) return undefined;
  for (let j = from + 1; j <= from + 2; j++) {
    const words = s.tokens.slice(from, j).map((t) => t.text);
    if (!words.every((w) => SECTOR_WORD.test(w))) return undefined;
    if (s.lower[j] !== 'sector' && s.lower[j] !== 'index') continue;
    const end = s.lower[j] === 'sector' && s.lower[j + 1] === 'index' ? j + 2 : j + 1;
    return { end, canonical: `S&P 500 ${words.map(titleCase).join(' ')}` };
  }
  return undefined;
}

/** The market indices a sentence names, in order. */
export function marketIndexNames(s: AnalysedSentence): IndexName[] {
  if (!mayTrigger(s, INDEX_TRIGGERS)) return [];
  const found: IndexName[] = [];
  for (let k = 0; k < s.tokens.length; k++) {
    const listed = namedAt(s, k);
    const named = sectorIndexAt(s, k, listed?.canonical === SP500 ? listed.end : k + 1) ?? listed ?? madeIndexAt(s, k);
    if (!named) continue;
    let end = named.end;
    // "the S&P 500 index", "the Dow Jones industrial average index".
    if (s.lower[end] === 'index' || (s.lower[end] === 'stock' && s.lower[end + 1] === 'index')) end += s.lower[end] === 'index' ? 1 : 2;
    const ticker = tickerAt(s, end);
    found.push({ start: k, end, canonical: named.canonical, ...(ticker ? { ticker } : {}) });
    k = (ticker?.end ?? end) - 1;
  }
  return found;
}
