import type { AnalysedSentence, Cluster, ListedAs } from './analysis-types.js';
import { isOrg, type ClusterIndex } from './cluster-index.js';
import type { ListingMatch } from './listing-patterns.js';
import { isWellKnownPlace } from './ner/well-known-places.js';

function sentenceOf(sentences: AnalysedSentence[], offset: number): AnalysedSentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end);
}

export function attachListings(sentences: AnalysedSentence[], listings: ListingMatch[], index: ClusterIndex): ListedAs[] {
  const result: ListedAs[] = [];
  for (const l of listings) {
    const s = sentenceOf(sentences, l.start);
    if (!s) continue;
    // The listed company is the name just before the ticker (other tickers of the same list may intervene).
    const orgs = s.mentions.filter((m) => isOrg(m.cluster.type) && s.tokens[m.end - 1]!.end <= l.start).sort((a, b) => b.end - a.end);
    const before = orgs[0];
    if (!before) continue;
    // "Hitachi Ltd of Japan <HIT.T>": a country after "of" says where the company before it is from.
    const of = s.lower[before.start - 1] === 'of' ? orgs.find((m) => m.end === before.start - 1) : undefined;
    const listed = of && isWellKnownPlace(s.tokens.slice(before.start, before.end).map((t) => t.text).join(' ')) ? of : before;
    const gap = s.text.slice(s.tokens[before.end - 1]!.end - s.start, l.start - s.start);
    // "Quick Bite ( Other OTC : QKBTF )": capitalised words of a market's name may stand inside the bracket.
    // "BYD 's Hong Kong-listed shares ( 1211.HK )": so may the company's shares, named with their market.
    // "First Union Corp of Georgia <FUNC>": so may the place the company is from.
    if (!/^(?:[\s(,;:A-Z0-9.\-<>]|[A-Z][a-z]+|['’]s\b|listed\b|shares\b|stock\b|of\b)*$/.test(gap) || gap.length > 40) continue;
    const company = listed.cluster;
    company.type = 'Company';
    if (!l.exchange) {
      company.properties['ticker'] ??= l.symbol;
      continue;
    }
    const listing = index.resolve('Listing', `${l.exchange}:${l.symbol}`, s.index);
    listing.keyWords = [l.exchange.toLowerCase().replace(/\s+/g, '-'), l.symbol.toLowerCase()];
    listing.properties = { exchange: l.exchange, symbol: l.symbol };
    company.properties['ticker'] ??= l.symbol;
    if (!result.some((r) => r.company === company && r.listing === listing)) result.push({ company, listing, sentence: s.index });
  }
  return result;
}

/** "American Airlines Group Inc. AAL" — a bare ticker after a company name, then "AAL" alone means it. */
// "Liberal MP Warren Entsch", "Nvidia CEO Jensen Huang": a title after a name is no ticker.
const STOCK = new Set(['stock', 'shares']);
const LIST_CLOSERS = new Set([',', '.', ';', 'and', 'or']);
const TITLES = new Set(['CEO', 'CFO', 'COO', 'CTO', 'CIO', 'CMO', 'MP', 'VP', 'SVP', 'EVP', 'MD']);

/**
 * "AMD EPYC": capitals after a company the story writes as other capitals of its own ("AMD" for Advanced Micro
 * Devices, but not "CHASE" for Chase) name something else.
 */
function hasOtherCapitals(c: Cluster, caps: string): boolean {
  const shouted = (f: string) => c.surfaceForms.some((g) => g !== f && g.toLowerCase().startsWith(f.toLowerCase()));
  return c.surfaceForms.some((f) => f !== caps && /^[A-Z]{2,5}$/.test(f) && !shouted(f));
}

export function attachTickers(sentences: AnalysedSentence[], index: ClusterIndex): void {
  const tickers = new Map<string, Cluster>();
  for (const s of sentences) {
    if (s.caseless) continue;
    for (const m of s.mentions) {
      // "Nokia ( NOK )" as well as "American Airlines Group Inc. AAL".
      const bracketed = s.lower[m.end] === '(' && s.lower[m.end + 2] === ')';
      const at = bracketed ? m.end + 1 : m.end;
      const next = s.tokens[at];
      if (m.cluster.type !== 'Company' || !next || TITLES.has(next.text)) continue;
      // "Orvane O , Kestwell KSW": a single letter closing a company's name in a list is its ticker too, though too short to
      // stand for the company elsewhere in the story.
      const letter = /^[A-Z]$/.test(next.text) && !bracketed && LIST_CLOSERS.has(s.lower[at + 1] ?? '.');
      if (!letter && !/^[A-Z]{2,5}$/.test(next.text)) continue;
      if (hasOtherCapitals(m.cluster, next.text)) continue;
      const tagged = s.mentions.find((o) => o.start === at);
      if (tagged && (tagged.end !== at + 1 || !isOrg(tagged.cluster.type))) continue;
      if (tagged && tagged.cluster !== m.cluster) {
        // The tagger saw the ticker as a name of its own: it is this company's.
        const stray = tagged.cluster;
        for (const other of sentences) for (const o of other.mentions) if (o.cluster === stray) o.cluster = m.cluster;
        index.clusters.splice(index.clusters.indexOf(stray), 1);
        if (!m.cluster.surfaceForms.includes(next.text)) m.cluster.surfaceForms.push(next.text);
      }
      m.cluster.properties['ticker'] ??= next.text;
      if (!letter) tickers.set(next.text, m.cluster);
      else if (!m.cluster.surfaceForms.includes(next.text)) m.cluster.surfaceForms.push(next.text);
    }
  }
  if (tickers.size === 0) return;
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      const c = tickers.get(t.text);
      if (!c || s.mentions.some((m) => i >= m.start && i < m.end)) return;
      if (!c.surfaceForms.includes(t.text)) c.surfaceForms.push(t.text);
      c.mentions++;
      s.mentions.push({ cluster: c, start: i, end: i + 1, anaphoric: false });
    });
  }
}

/** "FB" in "Facebook": the capitals spell, in order, letters of the name's first word, starting with its first letter. */
function spellsFrom(caps: string, name: string): boolean {
  const word = name.split(' ')[0]!.toLowerCase();
  if (caps.length > word.length || word[0] !== caps[0]!.toLowerCase()) return false;
  let at = 1;
  for (let k = 1; k < caps.length; k++) {
    at = word.indexOf(caps[k]!.toLowerCase(), at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** "DIS" opens "Disney" and "Walt Disney" does not; "AEGON" is the whole first word of "AEGON U.S. Holding", no ticker. */
function opens(caps: string, name: string): boolean {
  const first = name.split(' ')[0]!;
  return first.length > caps.length && /\p{Ll}/u.test(first) && first.toUpperCase().startsWith(caps);
}

/**
 * "Orvane Inc said … ORVN stock fell": capitals the story writes as a stock ("ORVN shares") that spell letters of
 * exactly one company of the story, its first letter first, are that company's ticker; a company with another ticker
 * or two companies the capitals could stand for ("MS": Morgan Stanley or Microsoft?) leave them alone.
 */
export function attachShortTickers(sentences: AnalysedSentence[], index: ClusterIndex): void {
  for (const stray of [...index.clusters]) {
    const caps = stray.surfaceForms[0]!;
    if (stray.type !== 'Company' || stray.surfaceForms.length !== 1 || !/^[A-Z]{2,5}$/.test(caps) || TITLES.has(caps)) continue;
    const asStock = sentences.some((s) => !s.caseless && s.mentions.some((m) => m.cluster === stray && STOCK.has(s.lower[m.end] ?? '')));
    // "DIS" for Disney: three capitals or more opening the first word of a company's name need no stock word (in running
    // text: a title writes names in capitals).
    const inText = sentences.some((s) => !s.caseless && s.mentions.some((m) => m.cluster === stray));
    const opening = caps.length >= 3 && inText && index.clusters.some((c) => c !== stray && c.type === 'Company' && c.surfaceForms.some((f) => opens(caps, f)));
    if (!asStock && !opening) continue;
    let owner: Cluster | undefined;
    let owners = 0;
    for (const c of index.clusters) {
      if (c === stray || c.type !== 'Company' || !c.surfaceForms.some((f) => f.length > caps.length && spellsFrom(caps, f))) continue;
      const ticker = c.properties['ticker'];
      if (ticker !== undefined && ticker !== caps) continue;
      owner = c;
      owners++;
    }
    if (owners !== 1 || !owner) continue;
    for (const s of sentences) for (const m of s.mentions) if (m.cluster === stray) m.cluster = owner;
    owner.mentions += stray.mentions;
    owner.firstSentence = Math.min(owner.firstSentence, stray.firstSentence);
    if (!owner.surfaceForms.includes(caps)) owner.surfaceForms.push(caps);
    owner.properties['ticker'] ??= caps;
    index.clusters.splice(index.clusters.indexOf(stray), 1);
  }
}
