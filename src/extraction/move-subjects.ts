import type { AnalysedSentence, Mention } from './analysis-types.js';
import { DIRECTION_WORDS, DOWN_VERBS, UP_VERBS } from './move-words.js';
import { normaliseExchange } from './name-normalisation.js';
import { isListedCompanyWord } from './ner/company-gazetteer.js';
import { defaultNerModel } from './ner/default-model.js';
import { clauseStart, isCompany, percentAfter } from './sentence-reading.js';

/** Who moved: the company whose shares a move verb or word speaks of. */

export const STOCK_NOUNS = new Set(['shares', 'share', 'stock', 'stocks', 'price', 'adrs', 'securities', 'units']);
// Words that may stand between a company and its move: "Great Wall's Hong Kong stock", "Xiaomi (HK: 1810) shares".
const GAP_WORDS = new Set(["'s", '’s', '(', ')', ':', ',', 'have', 'has', 'had', 'also', 'were', 'was', 'is', 'are', 'been', 'saw', 'see', 'sees', 'listed', 'a', 'h', 'class', 'b', 'the', 'common', 'sharply', 'further', 'shortly', 'initially', 'just', 'now', 'today', 'recently', 'which', 'both', 'all', 'last', 'seen', "'", '’', 'already', 'still', 'currently', 'again', 'then', 'since', 'largely', 'slightly', 'modestly', 'steadily', 'yesterday', 'actually', 'whose', 'more', 'than', 'nearly', 'almost', 'itself']);

// "sent Celgene's shares higher", "driving Amazon shares higher": the move is the object of a causative verb.
const CAUSATIVE = new Set(['sent', 'sends', 'send', 'sending', 'pushed', 'pushes', 'pushing', 'drove', 'drives', 'driving', 'lifted', 'lifts', 'lifting', 'knocked', 'dragged', 'pulled', 'propelled', 'cheered']);

export function causedMove(s: AnalysedSentence, at: number): boolean {
  if (!STOCK_NOUNS.has(s.lower[at - 1] ?? '')) return false;
  let k = at - 2;
  if (s.lower[k] === "'s" || s.lower[k] === '’s') k--;
  const m = s.mentions.find((x) => x.end === k + 1 && !x.anaphoric);
  return m !== undefined && CAUSATIVE.has(s.lower[m.start - 1] ?? '');
}

/**
 * "Amazon stock", "shares of Boeing": a name owning shares is a company, whatever the tagger took it for
 * ("U.S. stock markets" excepted).
 */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'the']);

// "JAPANESE STOCK PLUNGE", "Swedish shares": a people's stocks are a market, unless a company goes by the word
// ("American") or the story names a company in full that the word is short for ("Veridian" of "Veridian Therapeutics Inc").
const PEOPLES_WORD = /^\p{L}+(?:ese|ian|ean|ish|can|ch)$/iu;
const isPeoplesWord = (s: AnalysedSentence, m: Mention) =>
  m.end - m.start === 1 &&
  PEOPLES_WORD.test(s.tokens[m.start]!.text) &&
  !isListedCompanyWord(s.tokens[m.start]!.text) &&
  !m.cluster.surfaceForms.some((f) => f.startsWith(s.tokens[m.start]!.text + ' '));

export function ownsShares(s: AnalysedSentence, m: Mention): boolean {
  // An index moves as a stock does: "the S&P 500 rose 0.4 %", "the benchmark rose" (named again by what it is).
  if (m.cluster.type === 'MarketIndex') return true;
  if (!m.anaphoric && isPeoplesWord(s, m)) return false;
  if (m.anaphoric || isCompany(m)) return isCompany(m);
  if (m.cluster.type !== 'Person' && m.cluster.type !== 'Location') return false;
  if (s.lower[m.start - 1] === 'of' && (s.lower[m.start - 2] === 'shares' || s.lower[m.start - 2] === 'stock')) return true;
  // "Great Wall's Hong Kong stock", "U.S. shares": a place of listing, not the owner.
  const before = s.lower[m.start - 1] ?? '';
  // "Japan shares rose": a place the tagger knows is a market, unless the company list names it too ("Amazon").
  const name = s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ');
  if (m.cluster.type === 'Location' && defaultNerModel().places.has(name.toLowerCase()) && !isListedCompanyWord(name)) return false;
  if (m.cluster.type === 'Location' && (before === "'s" || before === '’s' || POSSESSIVES.has(before) || /^\p{Lu}/u.test(s.tokens[m.start - 1]?.text ?? '') || normaliseExchange(s.lower.slice(m.start, m.end).join(' ')))) return false;
  let k = m.end;
  if (s.lower[k] === "'s" || s.lower[k] === '’s') k++;
  return (s.lower[k] === 'shares' || s.lower[k] === 'stock') && !/^(?:market|markets|index|indexes|indices|exchange|exchanges|futures|picks?|pickers?)$/.test(s.lower[k + 1] ?? '');
}


/** "Up nearly 30 % since January, Globex has been …": an opening move whose subject follows the comma. */
export function openingMove(s: AnalysedSentence): Found | undefined {
  if (!DIRECTION_WORDS.has(s.lower[0]!) || percentAfter(s, 0, 5) === undefined) return undefined;
  const comma = s.lower.indexOf(',');
  if (comma < 0 || comma > 12) return undefined;
  const subject = s.mentions.find((m) => m.start === comma + 1 && !m.anaphoric);
  // "Up 20 % from a year ago, Acme's revenue …": something the company owns, other than its stock, moved.
  const owned = s.lower[subject?.end ?? 0] === "'s" || s.lower[subject?.end ?? 0] === '’s';
  if (owned && !STOCK_NOUNS.has(s.lower[subject!.end + 1] ?? '')) return undefined;
  return subject && isCompany(subject) ? { subject, stockWord: true } : undefined;
}


const ATTRIBUTIVE = new Set(['at', 'of', 'for', 'in']);
export const METRICS = /^(?:sales|revenue|revenues|deliveries|shipments|orders|production|output|volume|volumes|traffic|earnings|profit|profits|count|margin|margins|backlog|demand|exports|imports)$/;

/** A business figure named earlier in the clause of a subject at token `start`. */
export function metricBefore(s: AnalysedSentence, start: number): boolean {
  // "… shipments rose 2.1 % , while it slipped 0.4 %": a pronoun stands for the figure named before it.
  if (s.lower[start] === 'it') return s.lower.slice(0, start).some((w) => METRICS.test(w));
  // "car sales rose 9 % , while Acme was up 5 %": a figure told in parallel after "while" or "but" is the same figure.
  for (let k = start - 1; k >= 0 && k >= start - 20; k--) {
    const w = s.lower[k]!;
    if (w === ';') break;
    if (METRICS.test(w)) return true;
  }
  return false;
}

const MARKET_WORTH = new Set(['value', 'cap', 'capitalization', 'capitalisation', 'valuation']);

// ", which reports earnings ,", ", a gas producer ,": a clause or apposition set off between a company and its move.
const SET_OFF = new Set(['which', 'who', 'whose', 'a', 'an', 'the']);

// ", in which Orvane owns a 21 % stake ,", ", of whom …": a relative clause may open with its preposition.
const RELATIVE_PREPOSITIONS = new Set(['in', 'of', 'for', 'with', 'to', 'from', 'at', 'on', 'by', 'under', 'through']);

function opensSetOff(s: AnalysedSentence, k: number): boolean {
  const w = s.lower[k] ?? '';
  return SET_OFF.has(w) || (RELATIVE_PREPOSITIONS.has(w) && (s.lower[k + 1] === 'which' || s.lower[k + 1] === 'whom'));
}

/** The end (its closing comma) of a clause set off by commas that opens at token `k`, if it closes before `verb`. */
export function setOffEnd(s: AnalysedSentence, k: number, verb: number): number {
  if (s.lower[k] !== ',' || !opensSetOff(s, k + 1)) return -1;
  const closing = s.lower.indexOf(',', k + 2);
  return closing > 0 && closing < verb && closing - k < 16 ? closing : -1;
}

/**
 * Whether the mention lies inside a set-off clause closed before the move word: "Quillmere , which signed a deal
 * with Tarnwell last year , rose 4 %" moves Quillmere, not the company named inside the clause.
 */
function insideSetOff(s: AnalysedSentence, m: Mention, verb: number): boolean {
  for (let k = m.start - 1; k >= 0 && k >= m.start - 16; k--) {
    const end = setOffEnd(s, k, verb);
    if (end >= m.end) return true;
  }
  return false;
}

/**
 * The owner of the shares that moved, before the move word at `verb`. With both a percentage and a price
 * (`priced`), a name the tagger took for a person or place is taken too: people and places have no share price.
 */
export function subjectOf(s: AnalysedSentence, verb: number, priced = false): { subject: Mention; exchange?: string; stockWord: boolean } | undefined {
  // "Shares of X rose" / "Shares in X have rallied"
  for (const m of s.mentions) {
    if (!ownsShares(s, m) || m.end > verb || m.start < 2) continue;
    const before = s.lower[m.start - 1];
    // "most stocks in the group": stocks of many companies, not of one.
    if ((before === 'of' || before === 'in') && STOCK_NOUNS.has(s.lower[m.start - 2]!) && s.lower[m.start - 2] !== 'stocks') {
      // "Shares of Globex ( GLBX ) jumped": gap words, capitalised words and a ticker in brackets may come between.
      const between = s.tokens.slice(m.end, verb).map((t) => t.text);
      if (between.every((w) => GAP_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))) return { subject: m, stockWord: true };
    }
  }
  // People have no share price: a "person" whose price moves is a company the tagger misread ("Wynn is up 7 %").
  const misread = (m: Mention) => !m.anaphoric && (m.cluster.type === 'Person' || (priced && m.cluster.type === 'Location')) && (priced || m.end - m.start === 1);
  const before = s.mentions.filter((m) => m.end <= verb && (ownsShares(s, m) || misread(m)) && !insideSetOff(s, m, verb));
  const subject = before[before.length - 1];
  if (!subject) return undefined;
  // "The order book at Initech is up 12 pct": a figure of the company moved, not its stock.
  const owned = s.lower[subject.end] === "'s" || s.lower[subject.end] === '’s' ? subject.end + 1 : subject.end;
  const attribute = ATTRIBUTIVE.has(s.lower[subject.start - 1] ?? '') && /^\p{Ll}/u.test(s.tokens[subject.start - 2]?.text ?? '');
  if (attribute && !STOCK_NOUNS.has(s.lower[subject.start - 2] ?? '') && !STOCK_NOUNS.has(s.lower[owned] ?? '')) return undefined;
  let stockWord = s.lower.slice(subject.start, subject.end).some((w) => w === 'stock' || w === 'shares');
  let exchange: string | undefined;
  let inParens = false;
  for (let k = subject.end; k < verb; k++) {
    const w = s.lower[k]!;
    // "Globex , which posts results before the bell , is trading higher": the relative clause is skipped.
    const closing = setOffEnd(s, k, verb);
    if (closing > 0) {
      k = closing;
      continue;
    }
    if (w === '(' || w === '<') inParens = true;
    if (inParens) {
      if (w === ')' || w === '>') inParens = false;
      continue;
    }
    if (STOCK_NOUNS.has(w)) {
      stockWord = true;
      continue;
    }
    // "Acme 's market value fell": the worth of all its shares.
    if (w === 'market' && MARKET_WORTH.has(s.lower[k + 1] ?? '')) {
      stockWord = true;
      k++;
      continue;
    }
    // "TSMC shares in Taipei were up 1.2 %": where the shares trade, after the stock word.
    const market = w === 'in' && STOCK_NOUNS.has(s.lower[k - 1]!) ? s.mentions.find((m) => m.start === k + 1 && m.cluster.type === 'Location' && m.end <= verb) : undefined;
    if (market) {
      exchange = normaliseExchange(s.lower.slice(market.start, market.end).join(' ')) ?? exchange;
      k = market.end - 1;
      continue;
    }
    if (GAP_WORDS.has(w)) continue;
    const place = normaliseExchange(w) ?? normaliseExchange(w + ' ' + (s.lower[k + 1] ?? ''));
    if (place && /^\p{Lu}/u.test(s.tokens[k]!.text)) {
      exchange = place;
      if (place === normaliseExchange(w + ' ' + (s.lower[k + 1] ?? ''))) k++;
      continue;
    }
    if (/^(?:hong|[\p{L}.]+-listed)$/u.test(w)) continue;
    // "Airbus ' U.S.-listed shares": the place of a listing, written in three tokens.
    if (s.lower[k + 1] === '-' && s.lower[k + 2] === 'listed') {
      k += 2;
      continue;
    }
    return undefined;
  }
  if (inParens) return undefined;
  return exchange ? { subject, exchange, stockWord } : { subject, stockWord };
}


export type Found = NonNullable<ReturnType<typeof subjectOf>>;

// What may stand between "and" and a second verb of the same subject: "… and has gained 15 %", "… , and was up".
const CONJOINED_AUX = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'been', 'also', 'then', 'later', 'since', 'still', 'now']);
const OPENERS = new Set(['the', 'shares', 'stock', 'of', 'in']);

/**
 * "The index is up 8 % this year and has gained 15 % in twelve months", "the stock recovered early losses , and was
 * up 1.5 %": a second verb joined by "and", its group starting at `end`, moves the subject of the first verb when
 * that subject opens the clause and nothing else is named, and no business figure told, before the "and".
 */
export function conjoinedSubject(s: AnalysedSentence, end: number): Found | undefined {
  let and = end - 1;
  while (and > 0 && CONJOINED_AUX.has(s.lower[and]!)) and--;
  if (s.lower[and] !== 'and') return undefined;
  if (s.lower[and - 1] === ',') and--;
  const from = clauseStart(s, and) + 1;
  const named = s.mentions.filter((m) => m.start >= from && m.end <= and);
  const first = named[0];
  if (!first || named.some((m) => m.cluster !== first.cluster)) return undefined;
  // An index may come after what it is: "The broad gauge of the S&P 500 is up 8 % and …".
  const described = (k: number) => first.cluster.type === 'MarketIndex' && /^\p{Ll}/u.test(s.tokens[k]!.text);
  for (let k = from; k < first.start; k++) if (!OPENERS.has(s.lower[k]!) && !described(k)) return undefined;
  for (let k = first.end; k < and; k++) if (METRICS.test(s.lower[k]!) || s.lower[k] === ',') return undefined;
  // The first verb: the first word after the subject's phrase that is no gap word.
  let verb = named[named.length - 1]!.end;
  while (verb < and && (GAP_WORDS.has(s.lower[verb]!) || STOCK_NOUNS.has(s.lower[verb]!))) verb++;
  const found = verb < and ? subjectOf(s, verb) : undefined;
  return found?.subject.cluster === first.cluster ? found : undefined;
}

/** "Facebook and Google stock both climbed", "Delta, United and American shares fell": every named owner moved. */
export function withCoordinated(s: AnalysedSentence, found: Found | undefined): Found[] {
  if (!found) return [];
  const all = [found];
  let first = found.subject;
  // "Tarnwell Corp ( TRN ) fell": the list runs on from the name before the subject's bracketed ticker.
  const named = s.lower[first.start - 1] === '(' ? s.mentions.find((m) => m.end === first.start - 1 && m.cluster === found.subject.cluster) : undefined;
  if (named) first = named;
  for (;;) {
    const joint = s.lower[first.start - 1];
    if (joint !== 'and' && joint !== ',') break;
    // "Orvane ( ORV ) , Quillmere ( QLM ) and …": a ticker in brackets may close each name of the list.
    const end = tickerOpening(s, first.start - 2) ?? first.start - 1;
    const other = s.mentions.find((m) => m.end === end && !m.anaphoric && (isCompany(m) || ownsShares(s, m) || m.end - m.start === 1));
    if (!other || (other.cluster.type !== 'Company' && !found.stockWord)) break;
    all.push({ subject: other, stockWord: found.stockWord });
    first = other;
  }
  // A list needs its "and": "Apple, Amazon shares" is not one; a title's comma is its "and" ("Tencent, NetEase Slide").
  const after = (m: Mention) => (s.lower[m.end] === '(' && s.lower[m.end + 2] === ')' ? s.lower[m.end + 3] : s.lower[m.end]);
  const titleList = s.caseless && first.start === 0 && all.every((f) => f.subject.cluster.type === 'Company');
  if (all.length > 1 && !titleList && !all.slice(1).some((f) => after(f.subject) === 'and')) return [found];
  return stocksIntroducing(s, first.start) ? all.map((f) => ({ ...f, stockWord: true })) : all;
}

/** The index of "(" opening a bracketed ticker that closes at token `close` ("( QLM )"), if one does. */
function tickerOpening(s: AnalysedSentence, close: number): number | undefined {
  if (s.lower[close] !== ')' || s.lower[close - 2] !== '(') return undefined;
  return /^[A-Z][A-Z.]{0,5}$/.test(s.tokens[close - 1]!.text) ? close - 2 : undefined;
}

/** "Retail stocks including Wal-Mart , Target and Costco sank": the names are given as stocks. */
function stocksIntroducing(s: AnalysedSentence, start: number): boolean {
  const w = s.lower[start - 1];
  const head = w === 'including' || w === 'like' ? start - 2 : w === 'as' && s.lower[start - 2] === 'such' ? start - 3 : -1;
  return head >= 0 && (s.lower[head] === 'stocks' || s.lower[head] === 'shares');
}

// What shares may be named for other than their price: "share buyback", "stock options".
const NOT_PRICE = /^(?:buybacks?|repurchases?|offerings?|sales?|options?|counts?|dividends?|splits?|awards?|grants?|compensation|holdings?|issues?|issuance|plans?|programs?|markets?|index|indices|exchanges?)$/;
const STOCK_HEADS = new Set(['shares', 'stock']);

/** Index just after "shares", "stock", "share price" or "stock price" at `k` that speak of a price, or -1. */
function stockPhraseEnd(s: AnalysedSentence, k: number): number {
  const w = s.lower[k];
  const end = (w === 'share' || w === 'stock') && s.lower[k + 1] === 'price' ? k + 2 : w && STOCK_HEADS.has(w) ? k + 1 : -1;
  return end > 0 && !notAPrice(s, end) ? end : -1;
}

// What is traded on an index without being it: "S&P 500 futures".
const INDEX_PRODUCTS = /^(?:futures|options|etfs?|funds?|contracts?)$/;

/** Whether a stock word ending before `end` modifies something else: "stock buybacks", "the stock and bond markets". */
export function notAPrice(s: AnalysedSentence, end: number): boolean {
  return NOT_PRICE.test(s.lower[end] ?? '') || (s.lower[end] === 'and' && /^markets?$/.test(s.lower[end + 2] ?? ''));
}

/**
 * The company whose stock is named at token `k`: "AbbVie shares", "its stock", "Acme 's share price",
 * "shares of Acme", "shares in rival retailer Best Buy". `end` is the token after the phrase.
 */

export function stockOwnerAt(s: AnalysedSentence, k: number): { subject: Mention; end: number } | undefined {
  const owner = s.mentions.find((m) => m.start === k);
  // An index is its own price: "a 2 % gain in the S&P 500", "pushed the Nasdaq up".
  const index = s.lower[k] === 'the' && !owner ? s.mentions.find((m) => m.start === k + 1) : owner;
  if (index?.cluster.type === 'MarketIndex' && !index.anaphoric && !INDEX_PRODUCTS.test(s.lower[index.end] ?? '')) return { subject: index, end: index.end };
  // "the stock", "the shares": a description of the story's stock is the phrase itself.
  if (owner?.anaphoric && STOCK_HEADS.has(s.lower[owner.end - 1]!) && !notAPrice(s, owner.end)) return { subject: owner, end: owner.end };
  if (owner) {
    let j = owner.end;
    if (s.lower[j] === "'s" || s.lower[j] === '’s' || s.lower[j] === "'") j++;
    const end = stockPhraseEnd(s, j);
    return end > 0 && ownsShares(s, owner) ? { subject: owner, end } : undefined;
  }
  if (!STOCK_HEADS.has(s.lower[k] ?? '') || (s.lower[k + 1] !== 'of' && s.lower[k + 1] !== 'in')) return undefined;
  // A description may come before the name: "shares in rival retailer Best Buy".
  for (let j = k + 2; j < Math.min(s.lower.length, k + 5); j++) {
    const m = s.mentions.find((x) => x.start === j);
    if (m) return ownsShares(s, m) ? { subject: m, end: m.end } : undefined;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(s.tokens[j]!.text)) return undefined;
  }
  return undefined;
}

// What makes a clause about a stock: "gapped up a second day", "was an unimpressive investment", "closed at $ 51.81".
const STOCK_CLAUSE = /^(?:shares|stock|stocks|investment|performer|performers|winner|winners|loser|losers|gainer|gainers|laggard|laggards|trade|trading|traded|closed|finished|ended|opened)$/;

/** "the S&P 500", "the Russell 2000", "the Dow": an index the tagger took for a company, named to compare with. */
function indexName(s: AnalysedSentence, m: Mention): boolean {
  return /^\d{2,4}$/.test(s.lower[m.end] ?? '') || /^(?:dow|nasdaq)$/.test(s.lower[m.start]!);
}

/**
 * "William Lyon Homes gapped up a second day , rising more than 4 %", "Acme closed at $ 51.81 , up 9 cents":
 * a participle or direction after a comma moves the company opening the sentence, when that clause is about its stock.
 */
export function participleSubject(s: AnalysedSentence, verb: number): Found | undefined {
  const w = s.lower[verb]!;
  if ((!w.endsWith('ing') && !DIRECTION_WORDS.has(w)) || s.lower[verb - 1] !== ',') return undefined;
  const subject = s.mentions[0];
  // "The stock closed at $ 12.40 , down 2 %": a description of the story's stock may open the sentence too.
  const describedStock = subject?.anaphoric === true && STOCK_NOUNS.has(s.lower[subject.end - 1]!) && !NOT_PRICE.test(s.lower[subject.end] ?? '');
  if (!subject || subject.start > 1 || (subject.anaphoric && !describedStock) || !isCompany(subject)) return undefined;
  if (s.mentions.some((m) => m !== subject && m.start < verb && isCompany(m) && !indexName(s, m))) return undefined;
  const clause = s.lower.slice(subject.end, verb - 1);
  if (clause.some((x) => METRICS.test(x) || x === ',')) return undefined;
  // "The stock has underperformed , falling 8 %": the described stock makes the clause about the stock.
  return describedStock || clause.some((x) => UP_VERBS.has(x) || DOWN_VERBS.has(x) || DIRECTION_WORDS.has(x) || STOCK_CLAUSE.test(x)) ? { subject, stockWord: describedStock || clause.some((x) => x === 'stock' || x === 'shares') } : undefined;
}
