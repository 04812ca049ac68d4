import type { AnalysedDocument, AnalysedSentence, Cluster, Mention } from './document-analysis.js';
import { normaliseExchange } from './name-normalisation.js';
import type { RelationDraft } from './relation-draft.js';
import { clauseEnd, moneyAt, parseNumber, percentAfter, isCompany } from './sentence-reading.js';
import type { PropertyValue } from './types.js';

const UP = new Set(
  'rose rise rises rising risen surged surge surges surging soared soar soars soaring jumped jump jumps jumping gained gain gains gaining climbed climb climbs climbing rallied rally rallies rallying advanced advance advances added spiked spikes rocketed leapt leaped popped rebounded rebounds rebound firmed skyrocketed zoomed'.split(' '),
);
const DOWN = new Set(
  'fell fall falls falling dropped drop drops dropping slid slide slides sliding slumped slump slumps tumbled tumble tumbles plunged plunge plunges plunging declined decline declines declining lost lose loses sank sink sinks eased dipped dip dips retreated crashed plummeted plummets shed sheds skidded slipped slips slip sagged tanked cratered'.split(' '),
);
// "was up 2 %", "closed down 40 cents", "ticked up 0.3 %": a direction word after a verb of trading.
const DIRECTION_WORDS = new Map<string, 'UP' | 'DOWN'>([['up', 'UP'], ['higher', 'UP'], ['down', 'DOWN'], ['lower', 'DOWN']]);
const DIRECTION_VERBS = new Set(['was', 'were', 'is', 'are', 'been', 'closed', 'ended', 'finished', 'traded', 'trading', 'ticked', 'ran', 'moved', 'edged', 'gapped', 'still', 'opened', 'shot', 'inched', 'crept', 'traded', 'went', 'headed']);
const STOCK_NOUNS = new Set(['shares', 'share', 'stock', 'stocks', 'price', 'adrs', 'securities', 'units']);
// Words that may stand between a company and its move: "Great Wall's Hong Kong stock", "Xiaomi (HK: 1810) shares".
const GAP_WORDS = new Set(["'s", '’s', '(', ')', ':', ',', 'have', 'has', 'had', 'also', 'were', 'was', 'is', 'are', 'been', 'saw', 'see', 'sees', 'listed', 'a', 'h', 'class', 'b', 'the', 'common', 'sharply', 'further', 'shortly', 'initially', 'just', 'now', 'today', 'recently', 'which', 'both', 'all', 'last', 'seen']);
// "hit a 52-week high", "touched a record low": a move to an extreme price.
const EXTREME_VERBS = new Set(['hit', 'hits', 'hitting', 'touched', 'touches', 'reached', 'reaches', 'notched', 'set', 'sets', 'marked']);
const EXTREME_FILLER = /^(?:a|an|its|new|fresh|record|all-time|\d+-(?:week|month|year)|multi-year|multiyear|decade|lifetime|intraday)$/;

function extremeAfter(s: AnalysedSentence, verb: number): 'UP' | 'DOWN' | undefined {
  for (let k = verb + 1; k < Math.min(s.lower.length, verb + 5); k++) {
    const w = s.lower[k]!;
    if (w === 'high' || w === 'highs' || w === 'peak') return 'UP';
    if (w === 'low' || w === 'lows') return 'DOWN';
    if (!EXTREME_FILLER.test(w)) return undefined;
  }
  return undefined;
}
const CAUSE_OPENERS = new Set(['after', 'following', 'on', 'amid', 'as', 'over', 'because']);
const CAUSE_BY = new Set(['fueled', 'fuelled', 'driven', 'boosted', 'buoyed', 'lifted', 'helped', 'hit', 'weighed', 'dragged', 'spurred', 'sparked', 'triggered', 'pressured', 'supported', 'led']);

// "sent Celgene's shares higher", "driving Amazon shares higher": the move is the object of a causative verb.
const CAUSATIVE = new Set(['sent', 'sends', 'send', 'sending', 'pushed', 'pushes', 'pushing', 'drove', 'drives', 'driving', 'lifted', 'lifts', 'lifting', 'knocked', 'dragged', 'pulled', 'propelled', 'cheered']);

function causedMove(s: AnalysedSentence, at: number): boolean {
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

function ownsShares(s: AnalysedSentence, m: Mention): boolean {
  if (m.anaphoric || isCompany(m)) return isCompany(m);
  if (m.cluster.type !== 'Person' && m.cluster.type !== 'Location') return false;
  if (s.lower[m.start - 1] === 'of' && (s.lower[m.start - 2] === 'shares' || s.lower[m.start - 2] === 'stock')) return true;
  // "Great Wall's Hong Kong stock", "U.S. shares": a place of listing, not the owner.
  const before = s.lower[m.start - 1] ?? '';
  if (m.cluster.type === 'Location' && (before === "'s" || before === '’s' || POSSESSIVES.has(before) || /^\p{Lu}/u.test(s.tokens[m.start - 1]?.text ?? '') || normaliseExchange(s.lower.slice(m.start, m.end).join(' ')))) return false;
  let k = m.end;
  if (s.lower[k] === "'s" || s.lower[k] === '’s') k++;
  return (s.lower[k] === 'shares' || s.lower[k] === 'stock') && !/^(?:market|markets|index|indexes|indices|exchange|exchanges|futures|picks?|pickers?)$/.test(s.lower[k + 1] ?? '');
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

/** The percentage of a move: right after the verb, or after the amount ("rose by 26 cents, or almost 5 %"). */
function changePctAfter(s: AnalysedSentence, verb: number): number | undefined {
  const near = percentAfter(s, verb, 6);
  if (near !== undefined) return near;
  for (let k = verb + 2; k < Math.min(s.lower.length, verb + 6); k++) {
    if (s.lower[k] === ',' && s.lower[k + 1] === 'or') return percentAfter(s, k + 1, 4);
  }
  return undefined;
}

/** "Up more than 47 % over the past year, AbbVie has been …": an opening move whose subject follows the comma. */
function openingMove(s: AnalysedSentence): Found | undefined {
  if (!DIRECTION_WORDS.has(s.lower[0]!) || percentAfter(s, 0, 5) === undefined) return undefined;
  const comma = s.lower.indexOf(',');
  if (comma < 0 || comma > 12) return undefined;
  const subject = s.mentions.find((m) => m.start === comma + 1 && !m.anaphoric);
  // "Up 20 % from a year ago, Acme's revenue …": something the company owns, other than its stock, moved.
  const owned = s.lower[subject?.end ?? 0] === "'s" || s.lower[subject?.end ?? 0] === '’s';
  if (owned && !STOCK_NOUNS.has(s.lower[subject!.end + 1] ?? '')) return undefined;
  return subject && isCompany(subject) ? { subject, stockWord: true } : undefined;
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

const ATTRIBUTIVE = new Set(['at', 'of', 'for', 'in']);
const METRICS = /^(?:sales|revenue|revenues|deliveries|shipments|orders|production|output|volume|volumes|traffic|earnings|profit|profits|count|margin|margins|backlog|demand|exports|imports)$/;

/** A business figure named earlier in the clause of a subject at token `start`. */
function metricBefore(s: AnalysedSentence, start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 12; k--) {
    const w = s.lower[k]!;
    if (w === ';' || w === 'while' || w === 'but') break;
    if (METRICS.test(w)) return true;
  }
  return false;
}

function subjectOf(s: AnalysedSentence, verb: number): { subject: Mention; exchange?: string; stockWord: boolean } | undefined {
  // "Shares of X rose" / "Shares in X have rallied"
  for (const m of s.mentions) {
    if (!ownsShares(s, m) || m.end > verb || m.start < 2) continue;
    const before = s.lower[m.start - 1];
    if ((before === 'of' || before === 'in') && STOCK_NOUNS.has(s.lower[m.start - 2]!)) {
      // "Shares of AbbVie ( ABBV ) surged": gap words, capitalised words and a ticker in brackets may come between.
      const between = s.tokens.slice(m.end, verb).map((t) => t.text);
      if (between.every((w) => GAP_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))) return { subject: m, stockWord: true };
    }
  }
  // People have no share price: a "person" whose price moves is a company the tagger misread ("Wynn is up 7 %").
  const before = s.mentions.filter((m) => m.end <= verb && (ownsShares(s, m) || (m.cluster.type === 'Person' && !m.anaphoric && m.end - m.start === 1)));
  const subject = before[before.length - 1];
  if (!subject) return undefined;
  // "The backlog at Harris is up 30 pct": a figure of the company moved, not its stock.
  const owned = s.lower[subject.end] === "'s" || s.lower[subject.end] === '’s' ? subject.end + 1 : subject.end;
  const attribute = ATTRIBUTIVE.has(s.lower[subject.start - 1] ?? '') && /^\p{Ll}/u.test(s.tokens[subject.start - 2]?.text ?? '');
  if (attribute && !STOCK_NOUNS.has(s.lower[subject.start - 2] ?? '') && !STOCK_NOUNS.has(s.lower[owned] ?? '')) return undefined;
  let stockWord = s.lower.slice(subject.start, subject.end).some((w) => w === 'stock' || w === 'shares');
  let exchange: string | undefined;
  let inParens = false;
  for (let k = subject.end; k < verb; k++) {
    const w = s.lower[k]!;
    if (w === '(' || w === '<') inParens = true;
    if (inParens) {
      if (w === ')' || w === '>') inParens = false;
      continue;
    }
    if (STOCK_NOUNS.has(w)) {
      stockWord = true;
      continue;
    }
    if (GAP_WORDS.has(w)) continue;
    const place = normaliseExchange(w) ?? normaliseExchange(w + ' ' + (s.lower[k + 1] ?? ''));
    if (place && /^\p{Lu}/u.test(s.tokens[k]!.text)) {
      exchange = place;
      if (place === normaliseExchange(w + ' ' + (s.lower[k + 1] ?? ''))) k++;
      continue;
    }
    if (/^(?:hong|kong-listed|[\p{L}]+-listed)$/u.test(w)) continue;
    return undefined;
  }
  if (inParens) return undefined;
  return exchange ? { subject, exchange, stockWord } : { subject, stockWord };
}

/** The entity named as the reason for the move, if any: a policy first, then another company or a person. */
// "on Tuesday", "on Oct. 3" date a move; "on news of …" explains it.
const DATE_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|the|wall)\.?$|^\d/;

function causeOpener(s: AnalysedSentence, verb: number): number {
  const end = clauseEnd(s, verb);
  for (let k = verb + 1; k < end; k++) {
    const w = s.lower[k]!;
    if (w === 'on' && DATE_WORDS.test(s.lower[k + 1] ?? '')) continue;
    if (CAUSE_OPENERS.has(w) || (CAUSE_BY.has(w) && s.lower[k + 1] === 'by') || (w === 'thanks' && s.lower[k + 1] === 'to') || (w === 'due' && s.lower[k + 1] === 'to')) return k;
  }
  return -1;
}

// Words that say what kind of news moved a stock when no company, person or policy is named as the cause.
const EVENT_KINDS: [RegExp, string][] = [
  [/^(?:earnings|results|profit|profits|revenue|revenues|sales|guidance|forecast|outlook|loss|quarter|quarterly|eps|estimates|expectations)$/, 'earnings'],
  [/^(?:upgrade|upgraded|upgrades|downgrade|downgraded|downgrades|rating|price-target|target)$/, 'rating'],
  [/^(?:approval|approved|approves|clearance|cleared)$/, 'approval'],
  [/^(?:lawsuit|probe|investigation|fine|fined|charges|recall|recalls|recalled)$/, 'legal'],
  [/^(?:report|reported|reports|reportedly|announcement|announced|announces|said|says|deliveries|data)$/, 'report'],
];

/** "… fell 7% after the company reported weaker-than-expected deliveries": the news itself, as an event. */
function causeEvent(s: AnalysedSentence, verb: number): { kind: string; name: string } | undefined {
  const opener = causeOpener(s, verb);
  if (opener < 0) return undefined;
  let end = Math.min(clauseEnd(s, verb), opener + 12);
  // The news ends where another clause starts: "after earnings, as a capex plan sparks debate".
  for (let k = opener + 2; k < end; k++) if (s.lower[k] === ',' || CAUSE_OPENERS.has(s.lower[k]!)) end = k;
  const words = s.lower.slice(opener + 1, end);
  for (const [pattern, kind] of EVENT_KINDS) {
    if (!words.some((w) => pattern.test(w))) continue;
    let stop = end - 1;
    while (stop > opener + 1 && /^[^\p{L}\p{N}]+$/u.test(s.tokens[stop]!.text)) stop--;
    const name = s.text.slice(s.tokens[opener + 1]!.start - s.start, s.tokens[stop]!.end - s.start);
    return { kind, name };
  }
  return undefined;
}

function causeOf(s: AnalysedSentence, verb: number, subject: Cluster): Mention | undefined {
  const end = clauseEnd(s, verb);
  const opener = causeOpener(s, verb);
  if (opener < 0) return undefined;
  const candidates = s.mentions.filter((m) => m.start > opener && m.start < end && m.cluster !== subject);
  const rank = (m: Mention) =>
    m.cluster.type === 'Policy' ? 0 : m.cluster.type === 'Company' ? 1 : m.cluster.type === 'Person' ? 2 : m.cluster.type === 'Organization' ? 3 : 9;
  const best = candidates.filter((m) => rank(m) < 9 && !m.anaphoric).sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0];
  return best;
}

interface Move {
  subject: Cluster;
  cause?: Cluster;
  sentence: number;
}

/** Share-price moves: who moved, how much, and why. */
export function findStockMoves(doc: AnalysedDocument): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  const moves: Move[] = [];
  let eventCount = 0;
  for (const s of doc.sentences) {
    const seen = new Set<Cluster>();
    for (let verb = 0; verb < s.lower.length; verb++) {
      const w = s.lower[verb]!;
      let direction = UP.has(w) ? 'UP' : DOWN.has(w) ? 'DOWN' : undefined;
      let subjectEnd = verb;
      if (!direction && EXTREME_VERBS.has(w)) direction = extremeAfter(s, verb);
      if (!direction && DIRECTION_WORDS.has(w) && causedMove(s, verb)) direction = DIRECTION_WORDS.get(w);
      let traded = false;
      if (!direction && DIRECTION_WORDS.has(w) && DIRECTION_VERBS.has(s.lower[verb - 1] ?? '')) {
        direction = DIRECTION_WORDS.get(w);
        subjectEnd = verb - 1;
        while (subjectEnd > 0 && DIRECTION_VERBS.has(s.lower[subjectEnd - 1]!)) subjectEnd--;
        // "are trading up this morning": trading says it is the stock that moved.
        traded = s.lower.slice(subjectEnd, verb).some((x) => x === 'trading' || x === 'traded');
      }
      let pctFrom = verb;
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
      const opening = !direction && verb === 0 ? openingMove(s) : undefined;
      if (opening) direction = DIRECTION_WORDS.get(w);
      if (!direction) continue;
      const founds = opening ? [opening] : withCoordinated(s, subjectOf(s, subjectEnd)).map((f) => (traded ? { ...f, stockWord: true } : f));
      for (const found of founds) {
      if (seen.has(found.subject.cluster)) continue;
      const pct = changePctAfter(s, pctFrom);
      let price: { value: number; currency: string } | undefined;
      for (let k = verb + 1; k < Math.min(s.lower.length, verb + 10); k++) {
        if (s.lower[k] === 'to' || s.lower[k] === 'at') {
          const m = moneyAt(s, k + 1);
          if (m) price = m;
          break;
        }
      }
      const caseless = s.caseless;
      // Share prices have no "billion": "to $ 87 billion" is a revenue figure.
      if (price && price.value >= 100_000) price = undefined;
      // A bare "X rose" is a share move only with a percentage or price, or in a headline about shares.
      if (!found.stockWord && pct === undefined && !price) continue;
      // "Sales of GM's trucks, the Chevrolet Silverado …, were down 2.7 %": a business figure moved, not a stock.
      if (!found.stockWord && metricBefore(s, found.subject.start)) continue;
      if (!found.stockWord && caseless) continue;
      // "ASMs declined 0.6 %": a plural abbreviation is a metric, not a company.
      const subjectText = s.tokens.slice(found.subject.start, found.subject.end).map((t) => t.text).join(' ');
      if (!found.stockWord && /^[A-Z]{2,5}s$/.test(subjectText)) continue;
      const subject = found.subject.cluster;
      if (subject.type === 'Person' || subject.type === 'Location') {
        if (pct === undefined && !price && !ownsShares(s, found.subject)) continue;
        subject.type = 'Company';
      }
      seen.add(subject);
      const properties: Record<string, PropertyValue> = { direction };
      if (pct !== undefined) properties['changePct'] = pct;
      if (price) {
        properties['price'] = price.value;
        properties['currency'] = price.currency;
      }
      if (found.exchange) properties['exchange'] = found.exchange;
      let confidence = found.subject.anaphoric ? 0.6 : 0.8;
      let cause = causeOf(s, verb, subject)?.cluster;
      if (!cause) {
        // "Meanwhile, Great Wall's stock soared": the move that named it as a cause explains this one.
        const again = moves.find((m) => m.subject === subject && s.index - m.sentence <= 2);
        const linked = moves.find((m) => m.cause === subject && s.index - m.sentence <= 2);
        if (again?.cause) cause = again.cause;
        else if (linked) cause = linked.subject;
        else {
          // "… other stocks expected to benefit from the subsidy program. Lenovo surged 7%": a generic benefit
          // sentence (naming no company) just before explains the moves listed after it.
          const benefit = doc.sentences
            .slice(Math.max(0, s.index - 3), s.index)
            .filter((p) => /\bbenefit(?:s|ed|ing)? from\b/i.test(p.text) && !p.mentions.some((m) => m.cluster.type === 'Company'))
            .flatMap((p) => p.mentions)
            .find((m) => m.cluster.type === 'Policy');
          if (benefit) cause = benefit.cluster;
        }
        if (cause && !again) confidence -= 0.2;
      }
      if (!cause) {
        // The news named as the reason (an earnings report, a downgrade) or, failing that, the move itself.
        const news = causeEvent(s, verb);
        const name = news?.name ?? `${subject.surfaceForms[0]} share ${direction === 'UP' ? 'rise' : 'fall'}`;
        const kind = news?.kind ?? 'stock_move';
        cause = {
          type: 'Event',
          surfaceForms: [name],
          keyWords: [],
          properties: news ? { kind } : { kind, direction },
          mentions: 1,
          firstSentence: s.index,
          fixedId: `event:${doc.doc.id}:${kind.replace('_', '-')}-${++eventCount}`,
        };
        doc.clusters.push(cause);
        drafts.push({ type: 'INVOLVES', source: cause, target: subject, properties: {}, confidence, sentence: s });
      }
      moves.push({ subject, cause, sentence: s.index });
      drafts.push({ type: 'MOVED_BY', source: subject, target: cause, properties, confidence, sentence: s });
      if (cause.type === 'Policy' && direction === 'UP') {
        drafts.push({ type: 'BENEFITS_FROM', source: subject, target: cause, properties: {}, confidence: confidence - 0.1, sentence: s });
      }
      }
    }
  }
  return drafts;
}

type Found = NonNullable<ReturnType<typeof subjectOf>>;

/** "Facebook and Google stock both climbed", "Delta, United and American shares fell": every named owner moved. */
function withCoordinated(s: AnalysedSentence, found: Found | undefined): Found[] {
  if (!found) return [];
  const all = [found];
  let first = found.subject;
  for (;;) {
    const joint = s.lower[first.start - 1];
    if (joint !== 'and' && joint !== ',') break;
    const other = s.mentions.find((m) => m.end === first.start - 1 && !m.anaphoric && (isCompany(m) || ownsShares(s, m) || m.end - m.start === 1));
    if (!other || (other.cluster.type !== 'Company' && !found.stockWord)) break;
    all.push({ subject: other, stockWord: found.stockWord });
    first = other;
  }
  // A list needs its "and": "Apple, Amazon shares" is not one.
  return all.length > 1 && !all.slice(1).some((f) => s.lower[f.subject.end] === 'and') ? [found] : all;
}
