import { isLegalSuffix } from './name-normalisation.js';
import { defaultNerModel } from './ner/default-model.js';
import { isWellKnownPlace } from './ner/well-known-places.js';
import type { AnalysedSentence, Cluster, Mention } from './document-analysis.js';
import { clauseStart, isParty, moneyAfter, moneyAt, percentAfter } from './sentence-reading.js';
import type { PropertyValue } from './types.js';
import { COMPANY_NOUNS } from './company-nouns.js';
import { isCorporateHead } from './corporate-heads.js';

/** Finding the parties and terms of a deal around its trigger word. */

export function lastPartyBefore(s: AnalysedSentence, i: number, exclude?: Cluster): Mention | undefined {
  const from = clauseStart(s, i);
  const found = s.mentions.filter((m) => isParty(m) && m.end <= i && m.start > from && m.cluster !== exclude);
  const last = found[found.length - 1];
  // "Dragonfly, a biotech co-founded at MIT, struck a deal", "Hollinger, which owns 58 pct of Telegraph, bought …":
  // a name inside an appositive or relative clause is not the subject.
  const head = last ? appositiveHead(s, last, i) : undefined;
  return head && head.cluster !== exclude ? head : last;
}

/**
 * "Orvane reported results , and last month agreed to invest …": a clause opened by ", and" with no subject of its own
 * before `i` shares the sentence's, the party opening it.
 */
export function sharedSubject(s: AnalysedSentence, i: number): Mention | undefined {
  const from = clauseStart(s, i);
  if (from < 0 || s.lower[from] !== ',' || s.lower[from + 1] !== 'and') return undefined;
  for (let k = from + 2; k < i; k++) if (!/^\p{Ll}+$/u.test(s.tokens[k]!.text) || s.lower[k] === 'it' || s.lower[k] === 'they') return undefined;
  const subject = s.mentions.find((m) => m.start === 0 && isParty(m));
  return subject && !s.mentions.some((m) => m.start > subject.end && m.end <= from && isParty(m)) ? subject : undefined;
}

/**
 * The party an appositive (", a … ,") or relative clause (", which … ,") describes, when `inner` lies inside it and
 * it closes before i.
 */
function appositiveHead(s: AnalysedSentence, inner: Mention, i: number): Mention | undefined {
  let open = -1;
  for (let k = inner.start - 1; k >= 0; k--) {
    if (s.lower[k] !== ',') continue;
    // ", a maker of …," or ", which owns 58 pct of …,": a description or relative clause of the name before it.
    if (['a', 'an', 'the', 'which', 'who'].includes(s.lower[k + 1] ?? '')) open = k;
    break;
  }
  if (open < 0) return undefined;
  let close = -1;
  for (let k = inner.end; k < i; k++) if (s.lower[k] === ',') close = k;
  if (close < 0) return undefined;
  const head = s.mentions.find((m) => m.end === open && isParty(m) && !m.anaphoric);
  return head;
}


/**
 * "Scotts bought Gravita, a maker of …": right after a purchase verb, an unknown single name the tagger took
 * for a person or place is the company bought (a longer one only when bought for a stated sum).
 */
export function boughtName(s: AnalysedSentence, t: number): Mention | undefined {
  const at = s.lower[t + 1] === 'the' ? t + 2 : t + 1;
  const m = s.mentions.find((x) => x.start === at && !x.anaphoric);
  if (!m || (m.cluster.type !== 'Person' && m.cluster.type !== 'Location')) return undefined;
  const next = s.lower[m.end];
  // "purchased Golden West for $ 25 billion": a longer name bought for a sum of money is a company too.
  if (m.end - m.start > 1 && !(next === 'for' && moneyAt(s, m.end + 1))) return undefined;
  const described = next === ',' && ['a', 'an', 'the'].includes(s.lower[m.end + 1] ?? '');
  if (!described && next !== 'for') return undefined;
  m.cluster.type = 'Company';
  return m;
}

export function firstPartyAfter(s: AnalysedSentence, i: number, window = 8, exclude?: Cluster): Mention | undefined {
  const first = s.mentions.find((m) => isParty(m) && m.start > i && m.start <= i + window && m.cluster !== exclude && !m.anaphoric);
  return first && (namedThroughAnother(s, first) ?? first);
}

// "CFM rival IAE", "GE unit NBC": a company named to say what the next one is to it.
const RELATIVES = new Set(['rival', 'competitor', 'peer', 'unit', 'subsidiary', 'affiliate', 'division']);

/** The party a company name introduces as its rival or unit ("with CFM rival < IAE >"), if one follows at once. */
function namedThroughAnother(s: AnalysedSentence, m: Mention): Mention | undefined {
  if (!RELATIVES.has(s.lower[m.end] ?? '')) return undefined;
  const next = s.lower[m.end + 1] === '<' ? m.end + 2 : m.end + 1;
  return s.mentions.find((x) => x.start === next && isParty(x) && !x.anaphoric && x.cluster !== m.cluster);
}


// Words of a description before a partner's name: no preposition, clause or other party among them.
const DESCRIBING = /^(?:the|a|an|[\p{L}-]+)$/u;
const NOT_DESCRIBING = new Set(['of', 'for', 'to', 'in', 'on', 'at', 'by', 'from', 'with', 'and', 'or', 'but', 'while', 'whereas', 'that', 'which', 'who', 'as', 'its', 'their']);

/** "a deal with the World Series champion Cubs", "a stake in retail chain The Orvane Company": a party after a description of up to six words. */
export function describedPartyAfter(s: AnalysedSentence, withAt: number, exclude?: Cluster): Mention | undefined {
  for (let k = withAt + 1; k <= withAt + 7 && k < s.tokens.length; k++) {
    const m = s.mentions.find((x) => x.start === k && !x.anaphoric);
    if (m) return isParty(m) && m.cluster !== exclude ? m : undefined;
    if (!DESCRIBING.test(s.tokens[k]!.text) || NOT_DESCRIBING.has(s.lower[k]!)) return undefined;
  }
  return undefined;
}


/**
 * "Zentrix Labs , a startup that …": a name the tagger took for a place or person, not a known place, described
 * right after by an appositive whose head noun (within four words) is a company's. Retyped as a company when so.
 */
export function describedCompany(s: AnalysedSentence, m: Mention | undefined): Mention | undefined {
  if (!m || m.anaphoric || s.caseless || (m.cluster.type !== 'Location' && m.cluster.type !== 'Person')) return undefined;
  if (s.lower[m.end] !== ',' || (s.lower[m.end + 1] !== 'a' && s.lower[m.end + 1] !== 'an')) return undefined;
  const form = m.cluster.surfaceForms[0]!;
  if (defaultNerModel().places.has(form.toLowerCase()) || isWellKnownPlace(form)) return undefined;
  for (let k = m.end + 2; k < m.end + 6 && k < s.lower.length; k++) {
    if (COMPANY_NOUNS.has(s.lower[k]!)) return asCompany(m);
    if (!/^[\p{Ll}-]+$/u.test(s.tokens[k]!.text)) return undefined;
  }
  return undefined;
}

export function stakeNear(s: AnalysedSentence, from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) {
    if (s.lower[k] === 'stake' || s.lower[k] === 'interest' && s.lower[k - 1] === '%') {
      return percentAfter(s, Math.max(from, k - 5), 5) ?? -1;
    }
  }
  return undefined;
}

export function withValue(properties: Record<string, PropertyValue>, s: AnalysedSentence, from: number, key: string, window = 14) {
  let money = moneyAfter(s, Math.max(0, from), window);
  // "for $ 42.00 per share in cash , or about $ 3.1 billion": a price a share is no deal's value; the total after it is.
  if (money && isPerShare(s, money.end)) {
    properties['pricePerShare'] = money.value;
    properties['currency'] = money.currency;
    // ("raise its offer to $ 92.50 a share from $ 80": a price a share before it is no total.)
    const total = moneyAfter(s, money.end, 10);
    money = total && !isPerShare(s, total.end) && total.value >= 1e6 ? total : undefined;
  }
  if (money) {
    properties[key] = money.value;
    properties['currency'] = money.currency;
  }
}

/** "per share", "a share", "each" right after an amount. */
const isPerShare = (s: AnalysedSentence, at: number) =>
  s.lower[at] === 'each' || ((s.lower[at] === 'per' || s.lower[at] === 'a') && (s.lower[at + 1] === 'share' || s.lower[at + 1] === 'shares'));

export const insideMention = (s: AnalysedSentence, t: number) => s.mentions.some((m) => !m.anaphoric && m.start <= t && t < m.end);

/**
 * A one-word name the tagger took for a person or place: unfamiliar company names often are ("Celgene",
 * "Alstom"). Only trusted right beside a deal word, and then retyped as a company.
 */
export function looseName(m: Mention | undefined): Mention | undefined {
  if (!m || m.anaphoric || m.end - m.start !== 1) return undefined;
  if (m.cluster.type !== 'Person' && m.cluster.type !== 'Location') return undefined;
  const form = m.cluster.surfaceForms[0]!;
  if (defaultNerModel().places.has(form.toLowerCase()) || isWellKnownPlace(form)) return undefined;
  return m.cluster.keyWords.length === 1 && m.cluster.surfaceForms.every((f) => !f.includes(' ')) ? m : undefined;
}

const SKIP_AFTER = new Set(['the', 'out', 'up']);
const AUXILIARIES = new Set(['has', 'had', 'have', 'will', 'would', 'also', 'then', 'recently', 'finally', 'quickly', 'agreed', 'to']);

/** A loose name right after token t ("acquisition of Alstom", "bought out Receptos"). */
export function looseNameAfter(s: AnalysedSentence, t: number): Mention | undefined {
  let at = t + 1;
  while (at < t + 3 && SKIP_AFTER.has(s.lower[at] ?? '')) at++;
  // In a title every word is capitalised; "Venezuela's bonds" names what was bought, not Venezuela.
  if (s.caseless || s.lower[at + 1] === "'s" || s.lower[at + 1] === '’s') return undefined;
  return looseName(s.mentions.find((m) => m.start === at));
}

/** A loose name right before token t, across auxiliaries ("Celgene has agreed to buy"). */
export function looseNameBefore(s: AnalysedSentence, t: number): Mention | undefined {
  let at = t;
  while (at > t - 3 && AUXILIARIES.has(s.lower[at - 1] ?? '')) at--;
  if (s.caseless) return undefined;
  return looseName(s.mentions.find((m) => m.end === at));
}

export function asCompany(m: Mention): Mention {
  m.cluster.type = 'Company';
  return m;
}

/**
 * "acquisition of Time Warner" with Time Warner tagged as a person: a full name never shortened in the story,
 * right after the deal word, bought by a named company. People are not bought; a story names them by surname.
 */
export function personNamedTargetAfter(s: AnalysedSentence, t: number): Mention | undefined {
  if (s.caseless) return undefined;
  let at = t + 1;
  while (at < t + 3 && SKIP_AFTER.has(s.lower[at] ?? '')) at++;
  const m = s.mentions.find((x) => x.start === at);
  if (!m || m.anaphoric || m.cluster.type !== 'Person' || m.end - m.start < 2) return undefined;
  if (m.cluster.surfaceForms.some((f) => !f.includes(' ')) || s.lower[m.end] === "'s" || s.lower[m.end] === '’s') return undefined;
  // "Time Warner", "Whole Foods": a name opening with an ordinary word is no person's ("Cristiano Ronaldo" is).
  return defaultNerModel().commonLower.has(s.lower[m.start]!) ? m : undefined;
}

const endsInSuffix = (s: AnalysedSentence, m: Mention) => isLegalSuffix(s.tokens[m.end - 1]!.text);

// What may end an item of a list of companies: "Initech and Acme last year", "Initech in 2004 , Acme …".
const LIST_ENDS = /^(?:,|\.|;|and|in|last|this|earlier|both|respectively|\(|for)$/;

/**
 * "bought Initech Inc and Acme Corp", "acquisitions of Initech in 2004 , Acme in 2011 , and Vandelay": the
 * companies listed after `m` with it. A name followed by a verb opens a new clause ("and Acme agreed …") instead.
 */
export function listedAfter(s: AnalysedSentence, m: Mention): Mention[] {
  const listed: Mention[] = [];
  let k = m.end;
  for (;;) {
    // "in 2006": a year after an item.
    const dated = s.lower[k] === 'in' && /^\d{4}$/.test(s.lower[k + 1] ?? '');
    if (dated) k += 2;
    if (s.lower[k] === ',') k++;
    if (s.lower[k] === 'and') k++;
    if (k === m.end) break;
    const at = k;
    // "Pixar in 2006 , Marvel in 2009": in a list of dated items a one-word name the tagger took for a person or
    // place is a company like the first (retyped when listed).
    const loose = dated && s.lower[at + 1] === 'in' && /^\d{4}$/.test(s.lower[at + 2] ?? '') ? looseName(s.mentions.find((x) => x.start === at)) : undefined;
    const next = s.mentions.find((x) => x.start === k && !x.anaphoric && x.cluster.type === 'Company') ?? (loose && asCompany(loose));
    if (!next || !LIST_ENDS.test(s.lower[next.end] ?? '.')) break;
    // "Fountain Oil and Gas Inc", "Holt , Rinehart and Winston Inc": one name the tagger cut, closed by a suffix.
    // ("Tsing Capital and Mitsui & Co.": a firm's full name after one closed by its kind of business is a name of its own.)
    const ownName = isCorporateHead(s.lower[m.end - 1]!) && !isCorporateHead(s.lower[next.start]!);
    if (endsInSuffix(s, next) && !endsInSuffix(s, m) && !ownName) break;
    listed.push(next);
    m = next;
    k = next.end;
  }
  return listed;
}
