import type { AnalysedDocument, AnalysedSentence, Cluster, Mention } from './analysis-types.js';
import { WEEKDAYS } from './calendar-words.js';
import { CAUSATIVE_WORDS, causativeMoveAt } from './causative-moves.js';
import { NAME_CLOSING_TRADES } from './company-nouns.js';
import { GROUP_WORDS, groupMoveAt } from './group-moves.js';
import { levelAfter, pointsAfter } from './index-move-figures.js';
import { causeEvent, causeOf } from './move-causes.js';
import { metricBefore, ownsShares, setOffEnd, STOCK_NOUNS, type Found } from './move-subjects.js';
import { DIRECTION_WORDS, DOWN_VERBS, PRICE_VERBS, UP_VERBS } from './move-words.js';
import { MOVE_WORDS, moveAt, type MoveTrigger } from './move-triggers.js';
import { NOMINAL_WORDS, nominalMoveAt } from './nominal-moves.js';
import { STANDING_WORDS, standingMoveAt } from './standing-moves.js';
import { endsWithLegalSuffix, isLegalSuffix } from './name-normalisation.js';
import { isListedCompanyWord } from './ner/company-gazetteer.js';
import { defaultNerModel } from './ner/default-model.js';
import { isCommonWord } from './ner/everyday-words.js';
import { isWellKnownPlace } from './ner/well-known-places.js';
import type { RelationDraft } from './relation-draft.js';
import { clauseStart, isCurrencyName, isMannerAdverb, isMonthMay } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';
import type { PropertyValue } from './types.js';

interface Move {
  subject: Cluster;
  cause?: Cluster;
  sentence: number;
}

// "soared into the lead", "plunged into the red": a move somewhere else than in price.
const AWAY = new Set(['into', 'onto', 'to', 'past', 'ahead', 'through', 'out', 'from', 'in', 'over']);

/** A verb only prices take, not sent elsewhere by the word after it. */
function priceVerbAt(s: AnalysedSentence, at: number): boolean {
  return PRICE_VERBS.has(s.lower[at]!) && !AWAY.has(s.lower[at + 1] ?? '');
}

// "shares could rise 20 %", "sees the stock rising above $ 100": a forecast, not a move.
const FORECASTS = new Set(['could', 'may', 'might', 'would', 'should', 'will', "'ll", 'sees', 'see', 'expects', 'expect', 'expected', 'forecasts', 'predicts', 'predict', 'if', 'unless', 'until', 'can']);

function forecast(s: AnalysedSentence, at: number): boolean {
  const from = Math.max(clauseStart(s, at) + 1, at - 8);
  for (let k = from; k < at; k++) if (FORECASTS.has(s.lower[k]!) && !isMonthMay(s, k)) return true;
  return false;
}

const OWNERS = new Set(['its', 'their', 'his', 'her', 'the']);

/** A name after "its" or "the" (an adjective may come between), not a company's own full name ("The Walt Disney Co."). */
function ownedThing(s: AnalysedSentence, found: Found): boolean {
  if (found.subject.anaphoric) return false;
  const k = found.subject.start;
  // "the stock AAPL ran up", "the company Acme": a word naming what follows as a company or stock.
  const between = s.tokens[k - 1]?.text ?? '';
  const adjective = /^\p{Ll}+$/u.test(between) && !STOCK_NOUNS.has(between) && between !== 'company' && between !== 'firm';
  const owner = OWNERS.has(s.lower[k - 1] ?? '') ? k - 1 : OWNERS.has(s.lower[k - 2] ?? '') && adjective ? k - 2 : -1;
  if (owner < 0) return false;
  return s.lower[owner] !== 'the' || !isLegalSuffix(s.tokens[found.subject.end - 1]!.text);
}

/**
 * Whether the text names a title's company in full, not only in a title where every word is capitalised
 * ("HAWKE POPULARITY RISES" is not named by "Hawke" in the text).
 */
function namedInProse(doc: AnalysedDocument, title: Mention): boolean {
  const words = title.end - title.start;
  return doc.sentences.some((p) => !p.caseless && p.mentions.some((m) => m.cluster === title.cluster && !m.anaphoric && m.end - m.start >= words));
}

/**
 * A headline alone has no prose to name its company in: "Nvidia Falls 5 % After Earnings" needs a name a company list
 * has, or one closed by a legal suffix ("Hawke Popularity Rises" names no company).
 */
function companyOfLoneTitle(doc: AnalysedDocument, title: Mention): boolean {
  if (!doc.sentences.every((p) => p.caseless)) return false;
  return title.cluster.surfaceForms.some((f) => isListedCompanyWord(f) || endsWithLegalSuffix(f) || closedByTrade(f));
}

// "Chinese Steel", "Asian Airlines": a people's adjective before a trade names the trade of a country, not a company.
const PEOPLES_ADJECTIVE = /(?:an|ese|ish|ic|i)$/;

/**
 * "Harbin Motors", "Pinecrest Retail": a name whose last word is a trade and whose other words are neither common English
 * words ("Clean Energy"), places ("China Auto") nor a people's adjective.
 */
function closedByTrade(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || !NAME_CLOSING_TRADES.has(words[words.length - 1]!)) return false;
  return words.slice(0, -1).every((w) => !isCommonWord(w.toLowerCase()) && !isWellKnownPlace(w) && !PEOPLES_ADJECTIVE.test(w));
}

/** "from a year ago", "from a year earlier", "year-over-year" a few words after the move word at `at`. */
function yearOnYear(s: AnalysedSentence, at: number): boolean {
  for (let k = at + 1; k < Math.min(s.lower.length, at + 8); k++) {
    const w = s.lower[k]!;
    if (w === ',' || w === ';') return false;
    if (/^(?:year-over-year|year-on-year|y-o-y|yoy)$/.test(w)) return true;
    if (w === 'from' && s.lower[k + 1] === 'a' && s.lower[k + 2] === 'year' && /^(?:ago|earlier|before)$/.test(s.lower[k + 3] ?? '')) return true;
  }
  return false;
}

/** An index move's figures, read once per move: points moved and the level reached, when stated. */
interface IndexFigures {
  points: number | undefined;
  level: number | undefined;
}

// What may follow a move verb used without an object: "jumped on Thursday", "fell sharply", "rose , led by …".
const AFTER_INTRANSITIVE = new Set(['on', 'in', 'to', 'after', 'as', 'amid', 'following', ',', '.', 'sharply', 'slightly', 'broadly', 'again', 'today', 'yesterday', 'for', 'while', 'early', 'late']);

/** "The Dow jumped on Thursday": an index that rose or fell needs no figure ("the S&P 500 added Tesla" is no move). */
function intransitiveAt(s: AnalysedSentence, at: number): boolean {
  return (UP_VERBS.has(s.lower[at]!) || DOWN_VERBS.has(s.lower[at]!)) && AFTER_INTRANSITIVE.has(s.lower[at + 1] ?? '.');
}

// "Acme fell, while …", "Acme rose on Tuesday", "Acme has dropped sharply": a company that rose or fell with nothing
// after the verb but a pause, a day, a manner or a reason. Only past forms: "both had gains" names gains of something.
// Verbs that also tell of refusing, collapsing or multiplying a business figure ("Acme declined to comment", "Acme
// collapsed", "Acme doubled its sales") are left out.
const BARE_COMPANY_VERBS = new Set(
  [...UP_VERBS, ...DOWN_VERBS].filter(
    (w) => /(?:ed|^rose|^risen|^fell|^fallen|^sank|^sunk|^slid|^leapt)$/.test(w) && !/^(?:declin|lost|add|halv|doubl|tripl|quadrupl|collaps|crash|crumbl|advanc|eas)/.test(w),
  ),
);
const AFTER_BARE_MOVE = new Set([',', '.', ';', 'sharply', 'slightly', 'steeply', 'today', 'yesterday', 'after', 'amid', 'following']);
// "rose on Tuesday", "fell on the news", "jumped on reports that …".
const ON_WHAT = new Set(['news', 'reports', 'report', 'word', 'speculation', 'hopes', 'fears', 'concerns', 'worries', 'optimism']);

const CLAUSE_OPENING = new Set(['.', ',', ';', ':', 'while', 'and', 'but', 'whereas', 'meanwhile', '--', '—', '(']);

// "Chevron is down this year", "Acme was sharply higher today": a company that is up or down is its stock.
const BE = new Set(['is', 'was', 'are', 'were', 'been']);
const PERIODS = new Set(['year', 'week', 'month', 'quarter', 'morning', 'afternoon', 'session']);

/** "is down", "has been steadily lower": a direction word after a form of "be" (an adverb may come between). */
function beingMoved(s: AnalysedSentence, at: number): boolean {
  const before = isMannerAdverb(s.lower[at - 1] ?? '') ? at - 2 : at - 1;
  return DIRECTION_WORDS.has(s.lower[at]!) && BE.has(s.lower[before] ?? '');
}

function bareCompanyMove(s: AnalysedSentence, trigger: MoveTrigger, found: Found): boolean {
  if (found.subject.anaphoric || found.subject.cluster.type !== 'Company') return false;
  const being = beingMoved(s, trigger.at);
  if (!BARE_COMPANY_VERBS.has(s.lower[trigger.at]!) && !being) return false;
  // The company, or the list it ends, opens its clause: in "interest in Acme and Globex rose" the interest rose.
  let k = found.subject.start;
  for (let listed = true; listed; ) {
    const before = s.lower[k - 1];
    const previous = before === 'and' || before === ',' ? s.mentions.find((m) => m.end === k - 1) : undefined;
    listed = previous !== undefined;
    if (previous) k = previous.start;
  }
  if (!CLAUSE_OPENING.has(s.lower[k - 1] ?? '.')) return false;
  const next = s.lower[trigger.at + 1] ?? '.';
  if (AFTER_BARE_MOVE.has(next)) return true;
  if (being && (next === 'this' || next === 'so') && (PERIODS.has(s.lower[trigger.at + 2] ?? '') || s.lower[trigger.at + 2] === 'far')) return true;
  if (next !== 'on') return false;
  const [a, b] = [s.lower[trigger.at + 2] ?? '', s.lower[trigger.at + 3] ?? ''];
  return WEEKDAYS.has(a) || ON_WHAT.has(a) || (a === 'the' && ON_WHAT.has(b));
}

const MARKET_PLACES = new Set(['Wall Street', 'Dalal Street', 'Bay Street', 'Main Street']);

/** Whether a found owner of shares really moved: a bare "X rose" needs a figure, and no business metric. */
function isShareMove(doc: AnalysedDocument, s: AnalysedSentence, trigger: MoveTrigger, found: Found, figures?: IndexFigures): boolean {
  const { pct, price } = trigger;
  if (forecast(s, trigger.at)) return false;
  // "a fall in Wall Street stock prices": the market's fall, not a company's.
  if (MARKET_PLACES.has(found.subject.cluster.surfaceForms[0]!)) return false;
  // "The U.S. Dollar opened slightly lower": a currency taken for a company moved, not a stock.
  if (isCurrencyName(found.subject.cluster.surfaceForms[0]!)) return false;
  if (found.stockWord) return true;
  // A bare "X rose" is a share move only with a percentage or price, or a verb only prices take ("X plunged").
  const index = figures !== undefined;
  // An index's move may be told in points or by the level it reached: "the Dow fell 120 points".
  const indexFigure = index && (figures.points !== undefined || figures.level !== undefined || intransitiveAt(s, trigger.at));
  if (pct === undefined && !price && !indexFigure && !(priceVerbAt(s, trigger.at) && !found.subject.anaphoric) && !s.caseless && !bareCompanyMove(s, trigger, found)) return false;
  // "Sales of GM's trucks, the Chevrolet Silverado …, were down 2.7 %": a business figure moved, not a stock.
  if (metricBefore(s, found.subject.start)) return false;
  // "its big Escalade SUV gained 21 %", "the Silverado and Sierra are down 5.6 %": a thing a company owns or sells.
  if (!index && ownedThing(s, found)) return false;
  // "Orvane 's Quillmere line was up 12 %": a thing another company owns, named with its possessive.
  const k = found.subject.start;
  // ("Germany's DAX slipped": an index is named for its country.)
  if (!index && !found.subject.anaphoric && /^(?:'s|’s)$/.test(s.lower[k - 1] ?? '') && s.mentions.some((m) => m.end === k - 1 && m.cluster !== found.subject.cluster)) return false;
  // "down 11 % from a year ago": a yearly comparison is told of sales and other business figures, not of a stock.
  if (yearOnYear(s, trigger.at)) return false;
  // "Chesapeake Energy Jumps 4.3 %" in a title: a company the story names in its text ("Sales Jump 5 %" is none).
  // "GE Drops After Immelt Predicts …": a reason after the verb makes a figure unnecessary there.
  // Without a figure, the title's verb follows its subject at once: "GE Drops After …", not "X To Have Gain On Sale".
  // ("Tencent , NetEase Slide After …": a list of companies opening the title is its subject.)
  const list = s.caseless ? listAround(s, found.subject) : { start: found.subject.start, end: found.subject.end };
  const explained = pct !== undefined || (/^(?:after|on|as|amid|following|despite)$/.test(s.lower[trigger.at + 1] ?? '') && trigger.at === list.end);
  // ("Globex Cuts Outlook , Shares Tumble 20 %": the title's company, opening it, owns the shares after the comma.)
  const opening = list.start === 0 || /^[:\-–—]$/.test(s.lower[list.start - 1]!) || (found.subject.anaphoric && s.mentions[0]?.start === 0 && s.mentions[0].cluster === found.subject.cluster);
  // An index is named in full in a title too ("S&P 500 Falls 1 %").
  const namedCompany = found.subject.cluster.type === 'Company' && (namedInProse(doc, found.subject) || companyOfLoneTitle(doc, found.subject));
  if (s.caseless && (!explained || !opening || !(index || namedCompany))) return false;
  // "ASMs declined 0.6 %": a plural abbreviation is a metric, not a company.
  const subjectText = s.tokens.slice(found.subject.start, found.subject.end).map((t) => t.text).join(' ');
  return !/^[A-Z]{2,5}s$/.test(subjectText);
}

/**
 * "Acme and Globex were down 4 % and 3.5 % respectively": each company listed takes the figure in its place, when
 * there are as many figures as companies.
 */
function respectivePct(s: AnalysedSentence, trigger: MoveTrigger, found: Found): number | undefined {
  if (trigger.founds.length < 2) return undefined;
  const end = s.lower.indexOf('respectively', trigger.at + 1);
  if (end < 0) return undefined;
  const figures: number[] = [];
  for (let k = trigger.at + 1; k < end; k++) {
    if (/^(?:%|percent|pct)$/.test(s.lower[k]!) && /^\d+(?:\.\d+)?$/.test(s.lower[k - 1] ?? '')) figures.push(Number(s.lower[k - 1]));
  }
  if (figures.length !== trigger.founds.length) return undefined;
  const order = [...trigger.founds].sort((a, b) => a.subject.start - b.subject.start);
  return figures[order.indexOf(found)];
}

/** The run of company names joined by commas or "and" that holds the mention: "Tencent , NetEase and Baidu". */
function listAround(s: AnalysedSentence, m: Mention): { start: number; end: number } {
  const named = (start: number, end: number) => s.mentions.find((x) => (start < 0 || x.start === start) && (end < 0 || x.end === end) && x.cluster.type === 'Company' && !x.anaphoric);
  let { start, end } = m;
  for (let before = named(-1, start - 1); before && /^(?:,|and|&)$/.test(s.lower[start - 1] ?? ''); before = named(-1, start - 1)) start = before.start;
  for (let after = named(end + 1, -1); after && /^(?:,|and|&)$/.test(s.lower[end] ?? ''); after = named(end + 1, -1)) end = after.end;
  return { start, end };
}

/** Share-price moves: who moved, how much, and why. */
// Each reader of a move with the words that may open it: most tokens open none.
const TRIGGERS: [Set<string>, (s: AnalysedSentence, at: number) => MoveTrigger | undefined][] = [
  [MOVE_WORDS, moveAt],
  [CAUSATIVE_WORDS, causativeMoveAt],
  [NOMINAL_WORDS, nominalMoveAt],
  [STANDING_WORDS, standingMoveAt],
  [GROUP_WORDS, groupMoveAt],
];
const ANY_TRIGGER = new Set(TRIGGERS.flatMap(([words]) => [...words]));
const MOVE_TRIGGERS = triggerClass(ANY_TRIGGER);

const OPENING_PRONOUN = /^(?:it|the company)(?= )/i;
// "after its results", "After Earnings": news told in a word or two, with nothing capitalised but its first word.
const BARE_NEWS = /^(?:(?:the|its|their)\s+)?\p{L}[\p{Ll}-]*(?:\s+[\p{Ll}-]+)?$/iu;

/**
 * The news named for the company it moved: "Acme agreed to buy …" for "it agreed to buy …" or "the drugmaker agreed
 * to buy …", "Acme earnings" for "earnings".
 */
function newsName(s: AnalysedSentence, news: { name: string; start: number }, subject: Cluster): string {
  const company = subject.surfaceForms[0]!;
  // ("After EV Orders": capitals that spell a term stay as written.)
  if (BARE_NEWS.test(news.name)) return `${company} ${news.name.replace(/^(?:the|its|their)\s+/i, '').replace(/\S+/g, (w) => (/^\p{Lu}{2,}s?$/u.test(w) ? w : w.toLowerCase()))}`;
  const described = s.mentions.find((m) => m.start === news.start && m.anaphoric && m.cluster === subject && m.end > m.start + 1);
  if (described) return company + news.name.slice(s.tokens[described.end - 1]!.end - s.tokens[news.start]!.start);
  return news.name.replace(OPENING_PRONOUN, company);
}

export function findStockMoves(doc: AnalysedDocument): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  const moves: Move[] = [];
  let eventCount = 0;

  /** The reason for a move: named after it, carried over from a linked move, or the news (else the move) as an event. */
  const causeFor = (s: AnalysedSentence, trigger: MoveTrigger, subject: Cluster): { cause: Cluster; inferred: boolean; created?: boolean } => {
    const named = trigger.cause?.cluster ?? causeOf(s, trigger.at, subject)?.cluster;
    if (named) return { cause: named, inferred: false };
    // "Meanwhile, Great Wall's stock soared": the move that named it as a cause explains this one.
    const again = moves.find((m) => m.subject === subject && s.index - m.sentence <= 2);
    if (again?.cause) return { cause: again.cause, inferred: false };
    const linked = moves.find((m) => m.cause === subject && s.index - m.sentence <= 2);
    if (linked) return { cause: linked.subject, inferred: true };
    // "… other stocks expected to benefit from the subsidy program. Lenovo surged 7%": a generic benefit
    // sentence (naming no company) just before explains the moves listed after it.
    const benefit = doc.sentences
      .slice(Math.max(0, s.index - 3), s.index)
      .filter((p) => /\bbenefit(?:s|ed|ing)? from\b/i.test(p.text) && !p.mentions.some((m) => m.cluster.type === 'Company'))
      .flatMap((p) => p.mentions)
      .find((m) => m.cluster.type === 'Policy');
    if (benefit) return { cause: benefit.cluster, inferred: true };
    const groupCause = groupMoveCause(doc, s, trigger.direction, subject);
    if (groupCause) return { cause: groupCause, inferred: true };
    // The news named as the reason (an earnings report, a downgrade) or, failing that, the move itself.
    const news = causeEvent(s, trigger.at);
    // "after it agreed to buy …" is named for the company: "Acme agreed to buy …".
    const name = news ? newsName(s, news, subject) : `${subject.surfaceForms[0]} ${subject.type === 'MarketIndex' ? '' : 'share '}${trigger.direction === 'UP' ? 'rise' : 'fall'}`;
    const kind = news?.kind ?? 'stock_move';
    const event: Cluster = {
      type: 'Event',
      surfaceForms: [name],
      keyWords: [],
      properties: news ? { kind } : { kind, direction: trigger.direction },
      mentions: 1,
      firstSentence: s.index,
      fixedId: `event:${doc.doc.id}:${kind.replace('_', '-')}-${++eventCount}`,
    };
    doc.clusters.push(event);
    return { cause: event, inferred: false, created: true };
  };

  /** One company's move at a trigger, with its figures and cause; false when it is no share move after all. */
  const record = (s: AnalysedSentence, trigger: MoveTrigger, found: Found): boolean => {
    const subject = found.subject.cluster;
    // An index has points and a level, not a price.
    const figures = subject.type === 'MarketIndex' ? { points: pointsAfter(s, trigger.at), level: levelAfter(s, trigger.at) } : undefined;
    if (!isShareMove(doc, s, trigger, found, figures)) return false;
    if (subject.type === 'Person' || subject.type === 'Location') {
      if (trigger.pct === undefined && !trigger.price && !ownsShares(s, found.subject)) return false;
      // "China shares rose 2 %", "Tokyo shares fell": a country's or a city's shares are its market's, not a company's
      // ("Amazon shares" are the company's).
      if (subject.type === 'Location' && isMarketPlace(subject)) return false;
      subject.type = 'Company';
    }
    const properties: Record<string, PropertyValue> = { direction: trigger.direction };
    const pct = respectivePct(s, trigger, found) ?? trigger.pct;
    if (pct !== undefined) properties['changePct'] = pct;
    if (figures) {
      if (figures.points !== undefined) properties['points'] = figures.points;
      if (figures.level !== undefined) properties['level'] = figures.level;
    } else if (trigger.price) {
      properties['price'] = trigger.price.value;
      properties['currency'] = trigger.price.currency;
    }
    if (found.exchange) properties['exchange'] = found.exchange;
    const { cause, inferred, created } = causeFor(s, trigger, subject);
    const confidence = (found.subject.anaphoric ? 0.6 : 0.8) - (inferred ? 0.2 : 0);
    if (created) drafts.push({ type: 'INVOLVES', source: cause, target: subject, properties: {}, confidence, sentence: s });
    moves.push({ subject, cause, sentence: s.index });
    drafts.push({ type: 'MOVED_BY', source: subject, target: cause, properties, confidence, sentence: s });
    if (cause.type === 'Policy' && trigger.direction === 'UP' && !figures) {
      drafts.push({ type: 'BENEFITS_FROM', source: subject, target: cause, properties: {}, confidence: confidence - 0.1, sentence: s });
    }
    return true;
  };

  for (const s of doc.sentences) {
    if (!mayTrigger(s, MOVE_TRIGGERS)) continue;
    const seen = new Set<Cluster>();
    // "Tesla shares , which have surged 40 % this year , dropped 4 % after …": the main clause's move is the one
    // the sentence explains; a move told in a relative clause counts only for a company the main clause left still.
    const relative: MoveTrigger[] = [];
    const recordAll = (trigger: MoveTrigger) => {
      for (const found of trigger.founds) if (!seen.has(found.subject.cluster) && record(s, trigger, found)) seen.add(found.subject.cluster);
    };
    for (let i = 0; i < s.lower.length; i++) {
      if (!ANY_TRIGGER.has(s.lower[i]!)) continue;
      for (const [words, find] of TRIGGERS) {
        if (!words.has(s.lower[i]!)) continue;
        const trigger = find(s, i);
        if (trigger && insideSetOffClause(s, i)) relative.push(trigger);
        else if (trigger) recordAll(trigger);
      }
    }
    for (const trigger of relative) recordAll(trigger);
  }
  return drafts;
}

/**
 * "Solar stocks surged after the Senate kept the tax credits . First Solar rose 12 %": a move of a whole group the
 * same way, told in one of the two sentences before with a policy as its reason and naming no company, explains the
 * moves of the companies after it.
 */
function groupMoveCause(doc: AnalysedDocument, s: AnalysedSentence, direction: 'UP' | 'DOWN', subject: Cluster): Cluster | undefined {
  const verbs = direction === 'UP' ? UP_VERBS : DOWN_VERBS;
  for (let n = s.index - 1; n >= Math.max(0, s.index - 2); n--) {
    const p = doc.sentences[n]!;
    if (p.mentions.some((m) => m.cluster.type === 'Company' || m.cluster.type === 'MarketIndex')) continue;
    for (let k = 0; k < p.lower.length; k++) {
      if (!verbs.has(p.lower[k]!) || !groupBefore(p, k)) continue;
      const cause = causeOf(p, k, subject);
      if (cause?.cluster.type === 'Policy') return cause.cluster;
    }
  }
  return undefined;
}

/** "Shares of U.S. solar companies surged", "solar stocks jumped": the stock of a group before the verb at `k`. */
function groupBefore(p: AnalysedSentence, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) if (STOCK_NOUNS.has(p.lower[j]!) || /^(?:companies|makers|producers|firms)$/.test(p.lower[j]!)) return true;
  return false;
}

/** Token `i` lies in a clause or apposition set off by commas (", which have surged 40 % ,"): the comma opening it is the last before `i`. */
function insideSetOffClause(s: AnalysedSentence, i: number): boolean {
  const open = s.lower.lastIndexOf(',', i - 1);
  return open >= 0 && i - open <= 10 && setOffEnd(s, open, s.lower.length) > i;
}

/** A place whose shares are a market's: a well-known place, or one the tagger learnt that no company list has ("Amazon"). */
function isMarketPlace(place: Cluster): boolean {
  const name = place.surfaceForms[0]!;
  return isWellKnownPlace(name) || (defaultNerModel().places.has(name.toLowerCase()) && !isListedCompanyWord(name));
}
