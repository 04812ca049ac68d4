import type { AnalysedSentence, Mention } from './analysis-types.js';
import { DIRECTION_WORDS, DOWN_VERBS, TITLE_VERBS, UP_VERBS } from './move-words.js';
import { causedMove, conjoinedSubject, METRICS, openingMove, participleSubject, STOCK_NOUNS, subjectOf, withCoordinated, type Found } from './move-subjects.js';
import { clauseStart, isMannerAdverb, moneyAt, parseNumber, percentAfter, type Money } from './sentence-reading.js';

/** Where a sentence says a share price moved: the trigger word, its direction and the companies that moved. */

// "was up 2 %", "closed down 40 cents", "ticked up 0.3 %": a direction word after a verb of trading.
const DIRECTION_VERBS = new Set(['was', 'were', 'is', 'are', 'been', 'closed', 'ended', 'finished', 'traded', 'trading', 'ticked', 'ran', 'moved', 'edged', 'gapped', 'still', 'opened', 'shot', 'inched', 'crept', 'traded', 'went', 'headed']);

// Trading periods only: a company "ended the year up 5 %" may speak of its sales.
const PERIODS = new Set(['day', 'session', 'week']);

// "hit a 52-week high", "touched a record low": a move to an extreme price.
const EXTREME_VERBS = new Set(['hit', 'hits', 'hitting', 'touched', 'touches', 'reached', 'reaches', 'notched', 'set', 'sets', 'marked', 'closed', 'ended', 'finished', 'traded']);
const EXTREME_FILLER = /^(?:a|an|at|its|new|fresh|record|all-time|\d+-(?:week|month|year)|multi-year|multiyear|decade|lifetime|intraday)$/;

// What may follow a bare "record": "hit a record on Friday", "Shares Hit Record After Earnings" ("hit record sales" names
// a record of something else).
const AFTER_RECORD = new Set(['.', ',', ';', 'on', 'in', 'after', 'as', 'amid', 'following', 'today', 'yesterday', 'again', 'while']);

function extremeAfter(s: AnalysedSentence, verb: number): 'UP' | 'DOWN' | undefined {
  for (let k = verb + 1; k < Math.min(s.lower.length, verb + 5); k++) {
    const w = s.lower[k]!;
    if (w === 'high' || w === 'highs' || w === 'peak') return 'UP';
    if (w === 'low' || w === 'lows') return 'DOWN';
    if (w === 'record' && AFTER_RECORD.has(s.lower[k + 1] ?? '.')) return 'UP';
    if (!EXTREME_FILLER.test(w)) return undefined;
  }
  return undefined;
}

// "extended its gains", "extended losses": a move that went on.
const EXTENDING = new Set(['extended', 'extends', 'extending']);
const RUNS = new Map<string, 'UP' | 'DOWN'>([['gains', 'UP'], ['rally', 'UP'], ['advance', 'UP'], ['losses', 'DOWN'], ['declines', 'DOWN'], ['decline', 'DOWN'], ['slide', 'DOWN'], ['fall', 'DOWN']]);

function extendedRun(s: AnalysedSentence, verb: number): 'UP' | 'DOWN' | undefined {
  const k = s.lower[verb + 1] === 'its' || s.lower[verb + 1] === 'their' ? verb + 2 : verb + 1;
  return RUNS.get(s.lower[k] ?? '');
}

const HEDGES = new Set(['nearly', 'about', 'almost', 'roughly', 'some', 'around', 'over', 'more', 'than', 'just', 'less']);

/** Index of the lower-case verb before "[nearly] N %" that ends right before token `at`, or -1. */
function verbBeforePercent(s: AnalysedSentence, at: number): number {
  let k = at - 1;
  if (s.lower[k] === '%' || s.lower[k] === 'percent' || s.lower[k] === 'pct') k--;
  else if (s.lower[k] === 'cent' && s.lower[k - 1] === 'per') k -= 2;
  else return -1;
  if (k < 0 || parseNumber(s.lower[k]!) === undefined) return -1;
  k--;
  while (k > 0 && HEDGES.has(s.lower[k]!)) k--;
  return k > 0 && /^\p{Ll}+$/u.test(s.lower[k]!) && !STOCK_NOUNS.has(s.lower[k]!) ? k : -1;
}

function pointsAfter(s: AnalysedSentence, verb: number): boolean {
  for (let k = verb + 1; k < Math.min(s.lower.length - 1, verb + 8); k++) {
    if (UNITS.has(s.lower[k]!)) return s.lower[k + 1] === 'points' || s.lower[k + 1] === 'point';
  }
  return false;
}

const UNITS = new Set(['%', 'percent', 'pct']);
const TRADING = new Set(['trading', 'trade', 'session', 'premarket', 'pre-market', 'after-hours', 'intraday']);

const IN_TIME = new Set(['in', 'during', 'after', 'before']);
// "the trade war", "trade talks": trade between countries, not trading in a stock.
const NOT_MARKET = /^(?:wars?|deals?|talks|disputes?|tensions|polic(?:y|ies)|agreements?|tariffs?|partners?|secrets?|desks?|units?|barriers?|deficits?|surplus|groups?|body|bodies|representatives?)$/;

/** "inched up 0.7 on the stock market", "fell 2 % on Wall Street": the market named a few words on. */
function onTheMarket(s: AnalysedSentence, verb: number): boolean {
  for (let j = verb + 1; j < Math.min(s.lower.length - 2, verb + 7); j++) {
    const w = s.lower[j]!;
    if (w === ',' || w === ';' || w === 'and' || w === 'but' || w === 'while') return false;
    if (w !== 'on') continue;
    const [a, b, c] = s.lower.slice(j + 1, j + 4);
    return (a === 'wall' && b === 'street') || (a === 'the' && b === 'stock' && c === 'market');
  }
  return false;
}

/** "[sharply] in early trading", "during Tuesday 's session": the verb at `verb` tells of the market. */
function tradingAfter(s: AnalysedSentence, verb: number): boolean {
  if (onTheMarket(s, verb)) return true;
  let k = verb + 1;
  if (s.lower[k]?.endsWith('ly')) k++;
  if (!IN_TIME.has(s.lower[k] ?? '')) return false;
  for (let j = k + 1; j < Math.min(s.lower.length, k + 5); j++) {
    const w = s.lower[j]!;
    if (TRADING.has(w)) return !NOT_MARKET.test(s.lower[j + 1] ?? '');
    if (/^[,;]$/.test(w)) return false;
  }
  return false;
}

// Words opening the clause of a move's reason: "Shares Rally After Cloud Revenue Surges 26 %".
const REASON_OPENERS = new Set(['after', 'following', 'amid', 'despite', 'because', 'since', 'when', 'as']);
// "rose as much as 12 %", "as high as $ 50": an "as" that measures the move.
const MEASURING_AS = new Set(['much', 'many', 'high', 'low', 'little']);

/** How many words after `verb` (at most `window`) still tell of the move, before a clause giving its reason opens. */
function ownClauseWindow(s: AnalysedSentence, verb: number, window: number): number {
  for (let k = verb + 1; k < Math.min(s.lower.length, verb + window); k++) {
    const w = s.lower[k]!;
    if (REASON_OPENERS.has(w) && !(w === 'as' && (MEASURING_AS.has(s.lower[k + 1] ?? '') || MEASURING_AS.has(s.lower[k - 1]!)))) return k - verb;
  }
  return window;
}

/** The percentage of a move: right after the verb, or after the amount ("rose by 26 cents, or almost 5 %"). */
export function changePctAfter(s: AnalysedSentence, verb: number): number | undefined {
  // A figure in the reason's clause is the reason's: "jumped after sales rose 26 %".
  const window = ownClauseWindow(s, verb, 6);
  const near = percentAfter(s, verb, window);
  // "gained 8 % points of market share": points of a share of something, not of the price.
  if (near !== undefined) return pointsAfter(s, verb) ? undefined : near;
  for (let k = verb + 2; k < Math.min(s.lower.length, verb + window); k++) {
    if (s.lower[k] === ',' && s.lower[k + 1] === 'or') return percentAfter(s, k + 1, 4);
  }
  return undefined;
}


const HOLDINGS = new Set(['control', 'stake', 'ownership', 'interest', 'holding', 'market', 'voting']);

/** A percentage a few words after `verb` that measures a holding or a market share. */
function holdingAfter(s: AnalysedSentence, verb: number): boolean {
  // ("Shares Soar After Orvane Takes 10 % Stake": the stake is the reason's.)
  for (let k = verb + 1; k < Math.min(s.lower.length - 1, verb + ownClauseWindow(s, verb, 7)); k++) {
    if (UNITS.has(s.lower[k]!)) return HOLDINGS.has(s.lower[k + 1]!);
  }
  return false;
}

/** "off [about] 1.6 %" with no "of" after the figure: a fall of the price, not a share of something sold. */
function percentOfPriceAfter(s: AnalysedSentence, at: number): boolean {
  let k = at + 1;
  while (k < at + 3 && HEDGES.has(s.lower[k] ?? '')) k++;
  if (parseNumber(s.lower[k] ?? '') === undefined) return false;
  const unit = s.lower[k + 1];
  const after = unit === 'per' ? k + 3 : k + 2;
  return (unit === '%' || unit === 'percent' || (unit === 'per' && s.lower[k + 2] === 'cent')) && s.lower[after] !== 'of';
}

/** Every word that may open a move read by `moveAt`, for a quick first test. */
// "has run up 18 %": a run up, told with its figure ("ran up debts" has none).
const RUN_VERBS = new Set(['run', 'ran', 'runs']);

export const MOVE_WORDS = new Set([...UP_VERBS, ...DOWN_VERBS, ...TITLE_VERBS.keys(), ...EXTREME_VERBS, ...EXTENDING, ...RUN_VERBS, ...DIRECTION_WORDS.keys(), 'off']);

export interface MoveTrigger {
  /** The word that says the price moved; causes and prices are read after it. */
  at: number;
  direction: 'UP' | 'DOWN';
  founds: Found[];
  pct?: number;
  price?: Money;
  /** Named as doing the move ("Nintendo's console lifted shares in Best Buy"). */
  cause?: Mention;
}

/** "9 cents", "$ 1.01", "2 %" right after token `at`, or after "from" ("down from $ 60"). */
function amountAfter(s: AnalysedSentence, at: number): boolean {
  if (s.lower[at + 1] === 'from') at++;
  const n = parseNumber(s.lower[at + 1] ?? '');
  return (n !== undefined && /^(?:%|percent|pct|cents?)$/.test(s.lower[at + 2] ?? '')) || moneyAt(s, at + 1) !== undefined;
}

/** "a record high of", "an all-time low of", "record high of" from token k: the index after "of", or k when none. */
function extremeOf(s: AnalysedSentence, k: number): number {
  // ("Shares Hit Record High of $ 555": a title may leave out the article.)
  let j = s.lower[k] === 'a' || s.lower[k] === 'an' ? k + 1 : k;
  while (j < k + 4 && EXTREME_FILLER.test(s.lower[j] ?? '')) j++;
  return /^(?:high|low|peak)$/.test(s.lower[j] ?? '') && s.lower[j + 1] === 'of' ? j + 2 : k;
}

/** "to $ 47.08", "at HK$ 43.05", "to a record high of $ 328" within a few words after the trigger; share prices have no "billion". */
function priceAfter(s: AnalysedSentence, at: number): Money | undefined {
  // "hit a record high of $ 328": the extreme right after the verb.
  const extreme = extremeOf(s, at + 1);
  if (extreme > at + 1) {
    const price = moneyAt(s, extreme);
    return price && price.value < 100_000 ? price : undefined;
  }
  for (let k = at + 1; k < Math.min(s.lower.length, at + ownClauseWindow(s, at, 10)); k++) {
    if (s.lower[k] !== 'to' && s.lower[k] !== 'at') continue;
    const price = moneyAt(s, extremeOf(s, k + 1));
    return price && price.value < 100_000 ? price : undefined;
  }
  return undefined;
}

const PER_UNIT = new Set(['a', 'an', 'per']);
const GOODS_UNITS = /^(?:barrels?|ounces?|oz|tons?|tonnes?|bushels?|pounds?|lbs?|gallons?|cwt|kilos?|kg|litres?|liters?|carats?|head)$/;

// Verbs a closing price follows: "finished trading in New York at $ 51.81", "closed at 410p".
const CLOSING_VERBS = new Set(['closed', 'finished', 'ended', 'settled', 'opened', 'traded', 'trading', 'stood']);

/** "closed at $ 51.81 , up 9 cents": the price a trading verb gave before the comma at `comma`. */
function closingPriceBefore(s: AnalysedSentence, comma: number): Money | undefined {
  const from = Math.max(clauseStart(s, comma) + 1, comma - 12);
  for (let k = comma - 2; k >= from; k--) {
    if (s.lower[k] !== 'at') continue;
    const price = moneyAt(s, k + 1);
    // "12.70 dlrs per cwt": a price per unit of goods is a commodity's, not a share's.
    if (!price || price.value >= 100_000 || (s.lower[price.end] === 'per' && s.lower[price.end + 1] !== 'share')) return undefined;
    for (let j = k - 1; j >= Math.max(from, k - 8); j--) if (CLOSING_VERBS.has(s.lower[j]!)) return price;
    return undefined;
  }
  return undefined;
}

const STILL = new Set(['now', 'still', 'already']);
const MARKET_MOVERS = new Set(['stocks', 'shares', 'index', 'indexes', 'indices', 'market', 'markets', 'benchmark', 'gauge']);

/** "up 4 % in sales": a business figure named a few words after the direction word at `at`. */
const metricAfter = (s: AnalysedSentence, at: number) => s.lower.slice(at + 1, at + 7).some((w) => METRICS.test(w));

/** Before the "with" phrase opening at `start`, a clause of stocks or an index: "Hong Kong stocks fell , with …". */
function amongStocks(s: AnalysedSentence, start: number): boolean {
  const comma = s.lower.lastIndexOf(',', start - 1);
  if (comma < 0 || s.lower[comma + 1] !== 'with') return false;
  return s.mentions.some((m) => m.cluster.type === 'MarketIndex' && m.end <= comma) || s.lower.slice(0, comma).some((w) => MARKET_MOVERS.has(w));
}

/**
 * "…, with the S&P 500 up 2 %", "with Acme shares now down 3 %": a phrase of "with", the stock and its direction
 * with an amount. The end of the stock's name before the direction word at `at`, or -1.
 */
function withPhraseSubject(s: AnalysedSentence, at: number): number {
  let end = at;
  while (end > 0 && STILL.has(s.lower[end - 1]!)) end--;
  if (!amountAfter(s, at) && percentAfter(s, at, 4) === undefined) return -1;
  const found = subjectOf(s, end);
  // "with Acme up 4 % in sales": without a stock word, only an index moves so, or a company in a sentence about stocks
  // ("The Hang Seng Tech index fell 2 % , with Acme down 4 %").
  if (!found || (!found.stockWord && found.subject.cluster.type !== 'MarketIndex' && !(amongStocks(s, found.subject.start) && !metricAfter(s, at)))) return -1;
  // ("with the S&P 500 up", "with shares of Acme down".)
  const start = found.subject.start;
  const opener = s.lower[start - 1] === 'the' ? start - 2 : s.lower[start - 1] === 'of' && STOCK_NOUNS.has(s.lower[start - 2] ?? '') ? start - 3 : start - 1;
  return s.lower[opener] === 'with' ? end : -1;
}

/** The move told by the word at `verb`, if it is a move word with an owner of shares before it. */
export function moveAt(s: AnalysedSentence, verb: number): MoveTrigger | undefined {
  const w = s.lower[verb]!;
  let direction: 'UP' | 'DOWN' | undefined = UP_VERBS.has(w) ? 'UP' : DOWN_VERBS.has(w) ? 'DOWN' : s.caseless ? TITLE_VERBS.get(w) : undefined;
  let subjectEnd = verb;
  if (!direction && EXTREME_VERBS.has(w)) direction = extremeAfter(s, verb);
  if (!direction && EXTENDING.has(w)) direction = extendedRun(s, verb);
  let pctFrom = verb;
  if (!direction && RUN_VERBS.has(w) && s.lower[verb + 1] === 'up' && percentAfter(s, verb + 1, 4) !== undefined) {
    direction = 'UP';
    pctFrom = verb + 1;
  }
  if (!direction && DIRECTION_WORDS.has(w) && causedMove(s, verb)) direction = DIRECTION_WORDS.get(w);
  let traded = false;
  // "ended the day up 13 cents", "closed the session lower": the period stands between the verb and its direction.
  // "has been steadily down", "was sharply lower": an adverb of manner may stand before the direction.
  const period = PERIODS.has(s.lower[verb - 1] ?? '') && s.lower[verb - 2] === 'the' ? 2 : isMannerAdverb(s.lower[verb - 1] ?? '') ? 1 : 0;
  if (!direction && DIRECTION_WORDS.has(w) && DIRECTION_VERBS.has(s.lower[verb - 1 - period] ?? '')) {
    direction = DIRECTION_WORDS.get(w);
    subjectEnd = verb - 1 - period;
    while (subjectEnd > 0 && DIRECTION_VERBS.has(s.lower[subjectEnd - 1]!)) subjectEnd--;
    // "are trading up this morning": trading says it is the stock that moved.
    traded = s.lower.slice(subjectEnd, verb).some((x) => x === 'trading' || x === 'traded');
  }
  // "Acme closed at $ 51.81 , up 9 cents": a direction set off after the clause that names the price.
  const setOff = !direction && DIRECTION_WORDS.has(w) && s.lower[verb - 1] === ',' && amountAfter(s, verb);
  if (setOff) direction = DIRECTION_WORDS.get(w);
  if (!direction && (w === 'higher' || w === 'lower')) {
    // "shares of Boeing have flown 56 % higher", "closed nearly 3 percent lower": the verb comes before the figure.
    const verbAt = verbBeforePercent(s, verb);
    if (verbAt > 0) {
      direction = DIRECTION_WORDS.get(w);
      subjectEnd = verbAt;
      pctFrom = verbAt;
    }
  }
  if (!direction && w === 'off' && percentOfPriceAfter(s, verb)) {
    // "shares of Boeing off 1.6 %", "the stock sold off about 2 %" (but "sold off 20 % of its stake" is a sale).
    direction = 'DOWN';
    subjectEnd = s.lower[verb - 1] === 'sold' ? verb - 1 : verb;
  }
  const withEnd = !direction && DIRECTION_WORDS.has(w) ? withPhraseSubject(s, verb) : -1;
  if (withEnd >= 0) {
    direction = DIRECTION_WORDS.get(w);
    subjectEnd = withEnd;
  }
  const opening = !direction && verb === 0 ? openingMove(s) : undefined;
  if (opening) direction = DIRECTION_WORDS.get(w);
  if (!direction) return undefined;
  // "gained close to 100 % control of X", "lost 5 % market share": a holding or a share of a market, not the price.
  if (holdingAfter(s, pctFrom)) return undefined;
  const pct = changePctAfter(s, pctFrom);
  const price = priceAfter(s, verb) ?? (setOff ? closingPriceBefore(s, verb - 1) : undefined);
  // "the benchmark crude grade climbed to 61 dlrs a barrel": a price per unit of goods is a commodity's.
  if (price && PER_UNIT.has(s.lower[price.end] ?? '') && GOODS_UNITS.test(s.lower[price.end + 1] ?? '')) return undefined;
  const subject = subjectOf(s, subjectEnd, pct !== undefined && price !== undefined) ?? participleSubject(s, verb) ?? conjoinedSubject(s, subjectEnd);
  // "slipped in early trading", "rose in after-hours trade": the market the move happened in says it is the stock.
  if (!traded && tradingAfter(s, verb)) traded = true;
  const founds = opening ? [opening] : withCoordinated(s, subject).map((f) => (traded ? { ...f, stockWord: true } : f));
  // "It hit a record low of 148.20 yen": an extreme's price says a stock moved only when the stock is named so (a
  // currency or a commodity reaches lows too).
  const stockPrice = price && extremeOf(s, verb + 1) > verb + 1 && !founds.some((f) => f.stockWord) ? undefined : price;
  return founds.length > 0 ? { at: verb, direction, founds, pct, price: stockPrice } : undefined;
}
