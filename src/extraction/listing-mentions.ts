import type { AnalysedSentence, Cluster, ListedAs } from './analysis-types.js';
import type { ClusterIndex } from './cluster-index.js';
import type { ListingMatch } from './listing-patterns.js';

/** The token of a listing that spells its symbol: "GLBX" of "NASDAQ : GLBX", "GLBX.O" of "( GLBX.O )". */
function symbolToken(s: AnalysedSentence, l: ListingMatch): number {
  return s.tokens.findIndex((t) => t.start >= l.start && t.end <= l.end && (t.text === l.symbol || t.text.startsWith(l.symbol + '.')));
}

const MARKET_CITIES = new Set(
  ('shanghai,shenzhen,hong kong,tokyo,london,toronto,frankfurt,amsterdam,paris,berlin,hamburg,munich,stuttgart,dusseldorf,' +
    'stockholm,oslo,copenhagen,helsinki,brussels,vienna,milan,madrid,zurich,sydney,seoul,singapore,mumbai,taipei,new york').split(','),
);
const covered = (s: AnalysedSentence, k: number) => s.mentions.some((m) => m.start <= k && k < m.end);

/**
 * "Globex ( NASDAQ : GLBX )", "Globex ( GLBX.O )": the symbol of a listing attached to a company stands for that
 * company, as a bare bracketed ticker does ("Nokia ( NOK )"), so it is one more mention of it.
 */
export function addListingMentions(sentences: AnalysedSentence[], listings: ListingMatch[], listedAs: ListedAs[], index: ClusterIndex): void {
  if (listedAs.length === 0) return;
  const companyOf = new Map<string, Cluster>();
  for (const l of listedAs) companyOf.set(`${l.listing.properties['exchange']}:${l.listing.properties['symbol']}`, l.company);
  for (const l of listings) {
    const company = companyOf.get(`${l.exchange}:${l.symbol}`);
    const s = company && sentences.find((x) => l.start >= x.start && l.start < x.end);
    // "Globex <GLBX.O>": the angle brackets of old wire copy mark a code for machines, not words of the story.
    if (!company || !s || s.text[l.start - s.start] === '<') continue;
    const k = symbolToken(s, l);
    if (k < 0 || covered(s, k)) continue;
    company.mentions++;
    s.mentions.push({ cluster: company, start: k, end: k + 1, anaphoric: false });
    addExchangeMention(s, l, k, index);
  }
}

/** "NASDAQ" of "( NASDAQ : GLBX )": the exchange written before the symbol is an organisation the story names. */
function addExchangeMention(s: AnalysedSentence, l: ListingMatch, symbol: number, index: ClusterIndex): void {
  const start = s.tokens.findIndex((t) => t.start >= l.start);
  let end = start;
  while (end < symbol && s.tokens[end]!.text !== ':') end++;
  if (start < 0 || end <= start || end >= symbol || covered(s, start)) return;
  const written = s.text.slice(s.tokens[start]!.start - s.start, s.tokens[end - 1]!.end - s.start);
  // "( Amsterdam : GX8.AS )": a market written as its city names a place; "( Other OTC : GHL )", "( OTCQX : GHL )": trading
  // over the counter is no body.
  if (MARKET_CITIES.has(written.toLowerCase()) || l.exchange === 'OTC') return;
  // One entity per market however it is written ("NasdaqGS", "NASDAQ"), named by its code.
  const cluster = index.resolve('Organization', l.exchange!, s.index);
  if (!cluster.surfaceForms.includes(written)) cluster.surfaceForms.push(written);
  s.mentions.push({ cluster, start, end, anaphoric: false });
}
