import type { AnalysedSentence, Cluster, NameSpan } from './analysis-types.js';
import { companyKeyWords, isLegalSuffix } from './name-normalisation.js';
import { isWellKnownPlace } from './ner/well-known-places.js';
import { STOCK_WORDS } from './plain-words.js';

/** A ticker cut from the end of a name ("Ford F"), and whether it spells the name's initials. */
export interface TrailingTicker {
  name: NameSpan;
  symbol: string;
  initials: boolean;
}

// Capitals that close bank and savings names as legal forms do ("Citibank NA", "Goldome FSB"), and Roman numerals.
const LEGAL_FORMS = new Set(['NA', 'NT', 'FSB', 'FA', 'FSA', 'FSLA', 'NL']);
const ROMAN = /^(?:I{2,3}|IV|VI{1,3}|IX|XI{0,3}|XI?V|XX)$/;
const LINKING = new Set(['and', 'of', 'the', 'for', 'de', '&']);

type Strength = 'initials' | 'spelled' | 'near' | 'single' | 'other';

/**
 * How a capital run after a name reads as its ticker: the name's initials ("Agnico Eagle Mines AEM"), letters of the
 * name from its first one on ("Tesla TSLA", "Chesapeake Energy CHK"), all but one of them ("Toyota TM"), one letter
 * ("Ford F"), or none of these ("Southwest Airlines LUV").
 */
function strengthOf(caps: string, nameWords: readonly string[]): Strength {
  const words = nameWords.filter((w) => !LINKING.has(w.toLowerCase()));
  if (words.length >= 2 && words.map((w) => w[0]!.toUpperCase()).join('') === caps) return 'initials';
  const letters = nameWords.join('').toUpperCase();
  if (caps[0] !== letters[0]) return 'other';
  if (caps.length === 1) return 'single';
  const missing = [...caps].filter((c) => !letters.includes(c)).length;
  return missing === 0 ? 'spelled' : missing === 1 ? 'near' : 'other';
}

/** "Samsung SDI", "Rolls-Royce PLC", "Citibank NA", "Episode IX", "Unilever US": capitals that are part of the name. */
function mayBeTicker(caps: string, next: string | undefined, afterNext: string | undefined): boolean {
  if (!/^[A-Z]{1,5}$/.test(caps) || isLegalSuffix(caps) || LEGAL_FORMS.has(caps) || ROMAN.test(caps) || isWellKnownPlace(caps)) return false;
  // "Alpha B & Co", "Series B 2", "Gold Miners ETF GDX": the name runs on, the ticker comes later; "S and L": initials.
  if (next !== undefined && /^(?:&|\d|[A-Z]{1,5}$)/.test(next)) return false;
  return !(next === 'and' && afterNext !== undefined && /^[A-Z]$/.test(afterNext));
}

const STRONG = new Set<Strength>(['initials', 'spelled']);

/**
 * "shares of Ford F rose", "Chesapeake Energy CHK gained", "Tesla TSLA fell": market copy writes a company's ticker
 * right after its name, with no bracket. Such a trailing capital run is cut from the name when it spells the name's
 * initials or letters of the name from its first one on; a run missing one of the name's letters ("Toyota TM"), or a
 * single letter ("Ford F"), only in a story that writes tickers so elsewhere, lists the company, or names it without
 * the run; any other run only beside a ticker cut in the same sentence ("Southwest Airlines LUV and Alaska Air ALK").
 * The names are shortened in place (a person or place so shortened is a company); returns the tickers cut.
 */
export function cutTrailingTickers(names: NameSpan[], sentences: readonly AnalysedSentence[], listed: boolean, textOf: (n: NameSpan) => string): TrailingTicker[] {
  const candidates: { name: NameSpan; caps: string; strength: Strength }[] = [];
  for (const name of names) {
    const s = sentences[name.sentence]!;
    if (s.shouted || name.end - name.start < 2) continue;
    const caps = s.tokens[name.end - 1]!.text;
    // Most names end in a word of lower-case letters: only a capital run may be a ticker.
    if (!/^[A-Z]{1,5}$/.test(caps)) continue;
    const words = s.tokens.slice(name.start, name.end - 1).map((t) => t.text);
    // The rest must read as a name of its own: some lower-case letters, ending in a word ("AT & T" is whole).
    if (!/\p{Ll}/u.test(words.join('')) || !/[\p{L}\p{N}.]$/u.test(words[words.length - 1]!)) continue;
    if (!mayBeTicker(caps, s.tokens[name.end]?.text, s.tokens[name.end + 1]?.text)) continue;
    const strength = strengthOf(caps, words);
    // "Alan L", "John Fitzgerald Kennedy JFK": a person's initial or initials after a name are no ticker.
    if (name.type === 'Person' && !(strength === 'spelled' && caps.length >= 3)) continue;
    candidates.push({ name, caps, strength });
  }
  if (candidates.length === 0) return [];
  const strong = candidates.filter((c) => STRONG.has(c.strength));
  const written = new Set(names.map((n) => companyKeyWords(n.text).join(' ')));
  const accepted = new Set(strong);
  const tickersAfter = names.filter((n) => tickerAfter(n, sentences[n.sentence]!));
  const tickerStyle = listed || tickersAfter.length > 0 || strong.some((o) => o.caps.length >= 2);
  for (const c of candidates) {
    if (accepted.has(c) || c.strength === 'other') continue;
    const s = sentences[c.name.sentence]!;
    const bare = companyKeyWords(textOf({ ...c.name, end: c.name.end - 1 })).join(' ');
    if (tickerStyle || written.has(bare) || asStock(s.lower, c.name.start, c.name.end)) accepted.add(c);
  }
  // Another name of the sentence with its ticker after it ("Fund ETF ( FND )" is no ticker beside its own).
  const withTickers = [...tickersAfter, ...[...accepted].map((c) => c.name)];
  for (const c of candidates) {
    if (c.strength === 'other' && c.caps.length >= 2 && withTickers.some((n) => n !== c.name && n.sentence === c.name.sentence)) accepted.add(c);
  }
  const cut: TrailingTicker[] = [];
  for (const c of candidates) {
    if (!accepted.has(c)) continue;
    // The mention still covers the ticker, as a bracketed one after a name is read with it; only the name loses it.
    c.name.text = textOf({ ...c.name, end: c.name.end - 1 });
    if (c.name.type === 'Person' || c.name.type === 'Location') c.name.type = 'Company';
    cut.push({ name: c.name, symbol: c.caps, initials: c.strength === 'initials' });
  }
  // "TRWL" named alone elsewhere in the story is the company too.
  const named = new Map(cut.filter((t) => t.symbol.length >= 2).map((t) => [t.symbol, t.name]));
  for (const n of names) {
    const owner = n.end - n.start === 1 ? named.get(n.text) : undefined;
    if (!owner) continue;
    n.text = owner.text;
    n.type = owner.type;
  }
  return cut;
}

/** "Alaska Air Group ALK", "Wells Fargo ( WFC )": capitals the tagger left out of the name right after it, spelling it. */
function tickerAfter(n: NameSpan, s: AnalysedSentence): boolean {
  const at = s.tokens[n.end]?.text === '(' && s.tokens[n.end + 2]?.text === ')' ? n.end + 1 : n.end;
  const caps = s.tokens[at]?.text ?? '';
  if (!/^[A-Z]{2,5}$/.test(caps) || !mayBeTicker(caps, s.tokens[at + 1]?.text, s.tokens[at + 2]?.text)) return false;
  const words = s.tokens.slice(n.start, n.end).map((t) => t.text);
  return /\p{Ll}/u.test(words.join('')) && STRONG.has(strengthOf(caps, words));
}

/** "shares of Ford F", "Ford F stock", "Ford F shares". */
function asStock(lower: readonly string[], start: number, end: number): boolean {
  if ((lower[start - 1] === 'of' || lower[start - 1] === 'in') && STOCK_WORDS.has(lower[start - 2] ?? '')) return true;
  return STOCK_WORDS.has(lower[end] ?? '');
}

/**
 * Each ticker cut is another name of its company, and its ticker (initials are only another name: "Food and Drug
 * Administration FDA"); a ticker of two letters or more written alone elsewhere in the story ("CHK fell") is a mention.
 */
export function mentionTrailingTickers(cut: readonly TrailingTicker[], sentences: AnalysedSentence[], clusterOf: (n: NameSpan) => Cluster): void {
  const spread = new Map<string, Cluster>();
  for (const t of cut) {
    const cluster = clusterOf(t.name);
    if (!cluster.surfaceForms.includes(t.symbol)) cluster.surfaceForms.push(t.symbol);
    if (!t.initials) cluster.properties['ticker'] ??= t.symbol;
    if (t.symbol.length >= 2) spread.set(t.symbol, cluster);
  }
  for (const s of sentences) {
    if (s.caseless) continue;
    s.tokens.forEach((t, k) => {
      const cluster = spread.get(t.text);
      if (!cluster || s.mentions.some((m) => m.start <= k && k < m.end)) return;
      cluster.mentions++;
      s.mentions.push({ cluster, start: k, end: k + 1, anaphoric: false });
    });
  }
}
