import type { AnalysedSentence, Cluster, Mention } from './analysis-types.js';
import { isCalendarWord } from './calendar-words.js';
import { DOWN_VERBS, UP_VERBS } from './move-words.js';
import { clauseEnd } from './sentence-reading.js';

/** Why a share price moved: the entity or the news named after the move ("fell 7 % after …"). */

const CAUSE_OPENERS = new Set(['after', 'following', 'on', 'amid', 'as', 'over', 'because']);
const CAUSE_BY = new Set(['fueled', 'fuelled', 'driven', 'boosted', 'buoyed', 'lifted', 'helped', 'hit', 'weighed', 'dragged', 'spurred', 'sparked', 'triggered', 'pressured', 'supported', 'led']);

// "on Tuesday", "on Oct. 3" date a move; "on news of …" explains it ("on the …" and "on Wall Street" neither).
const isDateWord = (w: string) => isCalendarWord(w) || /^(?:today|the|wall)\.?$|^\d/.test(w);

// "on turnover of 1.4 mln shares", "on heavy volume": the trading a move happened in, not its reason.
const TRADING_WORDS = /^(?:turnover|volume|heavy|light|active|moderate|thin|brisk|busy|trading|trade)$/;

function causeOpener(s: AnalysedSentence, verb: number): number {
  const end = clauseEnd(s, verb);
  for (let k = verb + 1; k < end; k++) {
    const w = s.lower[k]!;
    if (w === 'on' && (isDateWord(s.lower[k + 1] ?? '') || TRADING_WORDS.test(s.lower[k + 1] ?? ''))) continue;
    if (CAUSE_OPENERS.has(w) || (CAUSE_BY.has(w) && s.lower[k + 1] === 'by') || (w === 'thanks' && s.lower[k + 1] === 'to') || (w === 'due' && s.lower[k + 1] === 'to')) return k;
  }
  return -1;
}

// Verbs telling what the news did in turn, which end its name: "after an earnings miss fuels a sell-off".
const NEWS_EFFECTS = new Set(['fuels', 'fuelled', 'sparks', 'sparked', 'triggers', 'drives', 'lifts', 'hits', 'boosts', 'drags', 'weighs', 'sends', 'spurs', 'prompts', 'stokes', 'rattles', 'spooks']);

// Words that say what kind of news moved a stock when no company, person or policy is named as the cause.
const EVENT_KINDS: [RegExp, string][] = [
  [/^(?:earnings|results|profit|profits|revenue|revenues|sales|growth|guidance|forecast|outlook|loss|quarter|quarterly|eps|estimates|expectations|beat|miss)$/, 'earnings'],
  [/^(?:upgrade|upgraded|upgrades|downgrade|downgraded|downgrades|rating|price-target|target)$/, 'rating'],
  [/^(?:approval|approved|approves|clearance|cleared)$/, 'approval'],
  [/^(?:lawsuit|lawsuits|probe|investigation|fine|fined|charges|recall|recalls|recalled|ruling|verdict|court|judgment|judgement|settlement|antitrust)$/, 'legal'],
  [/^(?:trial|trials|study|efficacy)$/, 'clinical'],
  [/^(?:buyback|buybacks|repurchase|dividend|dividends|payout|offering|ipo|spin-off|spinoff|demerger|breakup|restructuring|layoffs)$/, 'corporate'],
  [/^(?:orders|order|bookings|backlog|demand|shipments)$/, 'demand'],
  [/^(?:cyberattack|cyber-attack|hack|hacking|breach|outage|fire|explosion|crash|accident|strike|strikes|walkout)$/, 'incident'],
  [/^(?:deal|agreed|agreement|acquire|acquires|acquired|acquisition|merger|takeover|tie-up|partnership|contract|stake)$/, 'deal'],
  [/^(?:launch|launched|launches|unveiled|unveils|unveiling|debut)$/, 'product'],
  [/^(?:resigned|resigns|resignation|departure|ousted|fired|stepped|appointed|appointment|succession)$/, 'management'],
  [/^(?:ban|bans|banned|banning|tariff|tariffs|curbs|restrictions|sanction|sanctions|embargo|quotas|subsidy|subsidies)$/, 'policy'],
  [/^(?:report|reported|reports|reportedly|announcement|announced|announces|said|says|delivery|deliveries|subscribers|data|news|warned|warns|warning)$/, 'report'],
];

const TRAILING = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'in', 'on', 'to', 'its', 'their', 'and', 'or', 'with', 'by', 'from']);

/** "… fell 7% after the company reported weaker-than-expected deliveries": the news itself, as an event. */
export function causeEvent(s: AnalysedSentence, verb: number): { kind: string; name: string; start: number } | undefined {
  const opener = causeOpener(s, verb);
  if (opener < 0) return undefined;
  let end = Math.min(clauseEnd(s, verb), opener + 16);
  // The news ends where another clause starts: "after earnings, as a capex plan sparks debate", "After Earnings Miss
  // Fuels Sell-Off".
  for (let k = opener + 2; k < end; k++) if (s.lower[k] === ',' || CAUSE_OPENERS.has(s.lower[k]!) || NEWS_EFFECTS.has(s.lower[k]!)) end = k;
  const words = s.lower.slice(opener + 1, end);
  for (const [pattern, kind] of EVENT_KINDS) {
    if (!words.some((w) => pattern.test(w))) continue;
    let stop = end - 1;
    // (A name cut by the window ends on a full word: "… a takeover offer for the" ends at "offer".)
    // ("… Revenue Surges 26 %" keeps its percent sign.)
    while (stop > opener + 1 && ((/^[^\p{L}\p{N}]+$/u.test(s.tokens[stop]!.text) && s.lower[stop] !== '%') || TRAILING.has(s.lower[stop]!))) stop--;
    const name = s.text.slice(s.tokens[opener + 1]!.start - s.start, s.tokens[stop]!.end - s.start);
    return { kind, name, start: opener + 1 };
  }
  // "Airbnb Shares Sink as Regulators Tighten Rules in Spain": a title in capital and small letters gives its reason
  // in a few words, whatever they are about.
  if (s.caseless && !s.shouted && end - opener > 2 && s.tokens.slice(opener + 1, end).some((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) {
    const name = s.text.slice(s.tokens[opener + 1]!.start - s.start, s.tokens[end - 1]!.end - s.start);
    return { kind: 'news', name, start: opener + 1 };
  }
  return undefined;
}

// "after a late start on the Tokyo Stock Exchange": where a stock trades is never why it moved.
const VENUE = /^(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSE|HKEX|SSE|SZSE|TSX|ASX)$|\b(?:Stock|Exchange|Bourse)$/;

function isTradingVenue(cluster: Cluster): boolean {
  return cluster.surfaceForms.some((f) => VENUE.test(f));
}

/** The entity named as the reason for the move, if any: a policy first, then another company or a person. */
export function causeOf(s: AnalysedSentence, verb: number, subject: Cluster): Mention | undefined {
  const end = clauseEnd(s, verb);
  const opener = causeOpener(s, verb);
  if (opener < 0) return undefined;
  // "slid 6 % as the Nasdaq gained 3 %": a name that moved too is a comparison, not a cause.
  const movedToo = (m: Mention) => s.lower.slice(m.end, m.end + 3).some((w) => UP_VERBS.has(w) || DOWN_VERBS.has(w));
  const candidates = s.mentions.filter((m) => m.start > opener && m.start < end && m.cluster !== subject && !movedToo(m) && !isTradingVenue(m.cluster));
  const rank = (m: Mention) =>
    m.cluster.type === 'Policy' ? 0 : m.cluster.type === 'Company' ? 1 : m.cluster.type === 'Person' ? 2 : m.cluster.type === 'Organization' ? 3 : 9;
  // (A policy told by its kind alone, "after Beijing announced new subsidies", is one too.)
  const named = candidates.filter((m) => rank(m) < 9 && (!m.anaphoric || m.cluster.type === 'Policy'));
  // A policy named anywhere in the reason is it ("after Beijing widened its subsidy program"); else the reason's own
  // subject, named first ("after CEO Jane Doe spoke at a Globex conference" is Jane Doe's doing, not Globex's).
  const policy = named.find((m) => m.cluster.type === 'Policy');
  if (policy) return policy;
  // "after the chipmaker said it would supply Nvidia": the moved company's own news, not a company it names.
  if (actsInReason(s, opener, subject)) return undefined;
  // "after China 's regulator told companies including Globex to …": a place opening the reason is its subject, and a
  // company named later in it is only its object ("after Wall Street firm Globex issued …" describes the company).
  const first = candidates.find((m) => !m.anaphoric);
  if (first && rank(first) === 9 && first.start <= opener + 2 && named[0] && named[0].start > first.end + 2) return undefined;
  return named[0];
}

// "after it was reported to …", "after it was upgraded by …": news told of the company by others.
const PASSIVE = new Set(['was', 'is', 'were', 'are', 'has', 'had', 'been', 'being', 'got']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', "'s", "'"]);

/** The reason's subject is the moved company itself, acting ("after the memory chipmaker said …", "after it agreed …"). */
function actsInReason(s: AnalysedSentence, opener: number, subject: Cluster): boolean {
  const first = s.mentions.find((m) => m.start === opener + 1);
  if (!first || first.cluster !== subject) return false;
  if (POSSESSIVES.has(s.lower[first.end - 1]!) || POSSESSIVES.has(s.lower[first.end] ?? '')) return false;
  const next = s.lower[first.end] ?? '';
  return /^\p{Ll}/u.test(next) && !PASSIVE.has(next);
}
