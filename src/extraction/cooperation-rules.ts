import type { AnalysedSentence, Mention } from './analysis-types.js';
import { firstPartyAfter, lastPartyBefore } from './deal-parties.js';
import type { RelationDraft } from './relation-draft.js';
import { failedIn, isCompany, isDenial, isParty, mentionEndingAt, speculativeBetween } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

/**
 * Partnerships told without a deal word: "X will develop chips together with Y", "X agreed with Y to build …",
 * "X , a partner of Y , …".
 */

const WORK = new Set('develop developing build building make making produce producing launch launching create creating design designing research market marketing sell selling operate operating offer offering'.split(' '));
const AGREED = new Set(['agreed', 'agrees']);
// What two companies agree to do as one: "Orvane and Quillmere agreed to build a plant", "… to form a venture" (not "to
// work with" a third).
const JOINT_WORK = new Set(['develop', 'build', 'make', 'produce', 'create', 'design', 'launch', 'form', 'set', 'jointly', 'co-develop']);
// "a former partner", "a would-be partner": no partner now.
const NOT_NOW = new Set(['former', 'ex', 'potential', 'possible', 'prospective', 'would-be', 'future', 'new-found', 'erstwhile']);

/**
 * "Orvane 's longtime partner Quillmere", "longtime Orvane partner Quillmere": a company named as another's
 * partner, right before the name; a person so named (a managing partner) is none.
 */
function partnerNamedBy(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  // "Orvane 's largest supplier , Quillmere , …": the name may be set off by a comma.
  const at = s.lower[t + 1] === ',' && s.lower[t - 1] !== ',' ? t + 2 : t + 1;
  const partner = s.mentions.find((m) => m.start === at && !m.anaphoric && isCompany(m));
  if (!partner) return undefined;
  let k = t - 1;
  while (k > 0 && t - k <= 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(s.tokens[k]!.text) && !NOT_NOW.has(s.lower[k]!)) k--;
  if (NOT_NOW.has(s.lower[k]!)) return undefined;
  if (s.lower[k] === "'s" || s.lower[k] === '’s') k--;
  const named = s.mentions.find((m) => m.end === k + 1 && !m.anaphoric && isCompany(m));
  return named && named.cluster !== partner.cluster ? [named, partner] : undefined;
}

const TIED = new Set(['tied', 'tie', 'ties', 'tying']);

/** ", a [key] supplier to": the index of the comma opening the appositive role noun at t, or -1. */
function appositiveRole(s: AnalysedSentence, t: number): number {
  if (s.lower[t + 1] !== 'of' && s.lower[t + 1] !== 'to') return -1;
  let k = t - 1;
  while (k > t - 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(s.tokens[k]!.text) && !NOT_NOW.has(s.lower[k]!) && s.lower[k] !== 'a' && s.lower[k] !== 'an') k--;
  return (s.lower[k] === 'a' || s.lower[k] === 'an') && s.lower[k - 1] === ',' ? k - 1 : -1;
}
const JOINED = new Set(['joined', 'joins', 'join', 'joining']);
const WORKING = new Set(['working', 'work', 'worked', 'works']);
// A company named as another's partner, supplier or customer: a supply relation is a partnership too.
const ROLES = new Set(['partner', 'supplier', 'customer', 'distributor']);
const COOPERATION_TRIGGERS = triggerClass(['together', 'tied', 'tie', 'ties', 'tying', 'two'], ROLES, AGREED, JOINED);

// "the two companies", "the two carmakers": both companies named before, told again as a pair.
const PAIR_NOUNS = new Set(['companies', 'firms', 'groups', 'carmakers', 'automakers', 'chipmakers', 'drugmakers', 'banks', 'lenders', 'airlines', 'carriers', 'partners']);
// What the pair does as one: "the two companies will jointly develop", "… will work together".
const AS_ONE = new Set(['jointly', 'together', 'co-develop', 'collaborate', 'cooperate', 'partner']);
const PAIR_AUXILIARIES = new Set(['will', 'would', 'also', 'plan', 'plans', 'to', 'have', 'has', 'are', 'is', 'said', 'they', 'agreed', 'work', 'working']);
// A pair told around a takeover is buyer and bought, not partners.
const TAKEOVER = /^(?:buy|buys|bought|acquire|acquires|acquired|acquisition|merge|merger|merged|takeover|combined|combination|deal)$/;

/**
 * "Orvane will invest in Quillmere , and the two companies will jointly develop chips", "a joint venture between the
 * two carmakers": the only two companies the sentence names before the pair, working as one.
 */
function namedPair(s: AnalysedSentence, t: number, previous: AnalysedSentence | undefined): [Mention, Mention] | undefined {
  if (s.lower[t - 1] !== 'the' || !PAIR_NOUNS.has(s.lower[t + 1] ?? '')) return undefined;
  let k = t + 2;
  while (k < t + 6 && PAIR_AUXILIARIES.has(s.lower[k] ?? '')) k++;
  const between = s.lower[t - 2] === 'between' && /^(?:venture|partnership|collaboration|alliance)$/.test(s.lower[t - 3] ?? '');
  // "the two companies are to establish a joint venture".
  const venture = /^(?:form|forming|establish|establishing|set|setting|create|creating)$/.test(s.lower[k] ?? '') && s.lower.slice(k + 1, k + 5).some((x) => /^(?:venture|partnership|alliance)$/.test(x));
  if (!between && !venture && !AS_ONE.has(s.lower[k] ?? '')) return undefined;
  if (s.lower.some((x) => TAKEOVER.test(x))) return undefined;
  // "Orvane will invest in Quillmere . The two companies will jointly …": a pair opening the sentence is the one before.
  const opening = t === 1 || (t === 2 && /^(?:and|but|both)$/.test(s.lower[0]!));
  const told = opening && previous && !previous.lower.some((x) => TAKEOVER.test(x)) ? previous : s;
  const named: Mention[] = [];
  for (const m of told.mentions) {
    if (told === s && m.start >= t) break;
    if (m.anaphoric || m.cluster.type === 'Location' || named.some((n) => n.cluster === m.cluster)) continue;
    if (!isCompany(m)) return undefined;
    named.push(m);
  }
  return named.length === 2 ? [named[0]!, named[1]!] : undefined;
}

const AUXILIARIES = new Set(['have', 'has', 'had', 'are', 'were', 'will', 'would', 'also', 'both', 'jointly', 'said', 'they']);

/** "Orvane and Quillmere (have) agreed", "Orvane and Quillmere are building": two named companies joined by "and" as the subject of the verb at v. */
function joinedSubjects(s: AnalysedSentence, v: number): [Mention, Mention] | undefined {
  let k = v;
  while (k > 0 && v - k < 3 && AUXILIARIES.has(s.lower[k - 1]!)) k--;
  const named = (m: Mention) => !m.anaphoric && isCompany(m);
  const b = mentionEndingAt(s, k, named);
  if (!b || s.lower[b.start - 1] !== 'and') return undefined;
  const a = mentionEndingAt(s, b.start - 1, named);
  return a ? [a, b] : undefined;
}

/** "Orvane is Quillmere 's largest supplier": the subject of "is" named as the role of the company before "'s". */
function roleOfOwner(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  let k = t - 1;
  while (k > 0 && t - k <= 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(s.tokens[k]!.text) && !NOT_NOW.has(s.lower[k]!)) k--;
  if (s.lower[k] !== "'s" && s.lower[k] !== '’s') return undefined;
  const owner = s.mentions.find((m) => m.end === k && !m.anaphoric && isCompany(m));
  if (!owner) return undefined;
  const v = owner.start - 1;
  if (s.lower[v] === 'the') return undefined;
  if (!/^(?:is|remains|became|becomes)$/.test(s.lower[v] ?? '')) return undefined;
  const named = s.mentions.find((m) => m.end === v && isCompany(m));
  return named && named.cluster !== owner.cluster ? [named, owner] : undefined;
}

export function findCooperation(s: AnalysedSentence, previous?: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  if (!mayTrigger(s, COOPERATION_TRIGGERS) || speculativeBetween(s, 0, s.lower.length) || failedIn(s)) return drafts;
  for (let t = 0; t < s.lower.length; t++) {
    const w = s.lower[t]!;
    let pair: [ReturnType<typeof lastPartyBefore>, ReturnType<typeof lastPartyBefore>] | undefined;
    if (w === 'together' && s.lower[t + 1] === 'with' && s.lower.slice(Math.max(0, t - 6), t).some((x) => WORK.has(x))) {
      const partner = s.mentions.find((m) => m.start === t + 2 && isParty(m) && !m.anaphoric);
      pair = [partner ? lastPartyBefore(s, t, partner.cluster) : undefined, partner];
    } else if (AGREED.has(w) && s.lower[t + 1] === 'with') {
      const partner = firstPartyAfter(s, t + 1, 1);
      if (partner && s.lower[partner.end] === 'to') pair = [lastPartyBefore(s, t, partner.cluster), partner];
    } else if (AGREED.has(w) && s.lower[t + 1] === 'to' && JOINT_WORK.has(s.lower[t + 2] ?? '')) {
      // "Orvane and Quillmere agreed to build a battery plant".
      pair = joinedSubjects(s, t);
    } else if (w === 'together' && !/^(?:with|on|to)$/.test(s.lower[t + 1] ?? '')) {
      // "Orvane and Quillmere are building the plant together": the subjects of the work verb within six words before.
      const verb = s.lower.slice(0, t).findLastIndex((x) => WORK.has(x));
      pair = verb >= 0 && verb >= t - 6 ? joinedSubjects(s, verb) : undefined;
    } else if (JOINED.has(w) && s.lower[t + 1] === 'forces' && s.lower[t + 2] === 'with') {
      // "Orvane joined forces with Quillmere to build …".
      const partner = firstPartyAfter(s, t + 2, 2);
      pair = [partner ? lastPartyBefore(s, t, partner.cluster) : undefined, partner];
    } else if (w === 'together' && WORKING.has(s.lower[t - 1] ?? '') && /^(?:on|to)$/.test(s.lower[t + 1] ?? '')) {
      // "Orvane and Quillmere are working together on …": two named subjects joined by "and".
      const b = lastPartyBefore(s, t);
      const a = b && s.lower[b.start - 1] === 'and' ? s.mentions.find((m) => m.end === b.start - 1 && !m.anaphoric) : undefined;
      // "Orvane and Quillmere have agreed to work together on …": auxiliaries and an agreement may stand between.
      const near = b && (b.end >= t - 3 || s.lower.slice(b.end, t - 1).every((x) => AUXILIARIES.has(x) || x === 'agreed' || x === 'to'));
      pair = b && near && !b.anaphoric ? [a, b] : undefined;
    } else if (JOINED.has(w) && s.lower[t + 1] === 'hands' && s.lower[t + 2] === 'with') {
      // "Orvane joined hands with Quillmere".
      const partner = firstPartyAfter(s, t + 2, 2);
      pair = [partner ? lastPartyBefore(s, t, partner.cluster) : undefined, partner];
    } else if (TIED.has(w) && s.lower[t + 1] === 'up' && s.lower[t + 2] === 'with') {
      // "Orvane tied up with Quillmere to sell phones".
      const partner = s.mentions.find((m) => m.start === t + 3 && !m.anaphoric);
      const subject = partner ? lastPartyBefore(s, t, partner.cluster) : undefined;
      pair = subject && subject.end >= t - 3 ? [subject, partner] : undefined;
    } else if (w === 'two') {
      pair = namedPair(s, t, previous);
    } else if (ROLES.has(w) && appositiveRole(s, t) >= 0) {
      // "Orvane , a partner of Quillmere", "Orvane , a key supplier to Quillmere".
      const named = s.mentions.find((m) => m.end === appositiveRole(s, t) && isParty(m) && !m.anaphoric);
      const partner = firstPartyAfter(s, t + 1, 1, named?.cluster);
      pair = [named, partner];
    } else if (ROLES.has(w) && s.lower[t - 1] !== 'a') {
      pair = partnerNamedBy(s, t) ?? roleOfOwner(s, t);
    }
    if (pair === undefined) continue;
    const [a, b] = pair;
    // Both companies: a union or a regulator "agreed with Acme to end the strike" is no partner.
    if (!a || !b || a.cluster === b.cluster || a.cluster.type !== 'Company' || b.cluster.type !== 'Company') continue;
    // "are not working together", "never joined forces": a denied cooperation is none.
    if (s.lower.slice(Math.max(0, t - 4), t).some(isDenial)) continue;
    drafts.push({ type: 'PARTNERS_WITH', source: a.cluster, target: b.cluster, properties: {}, confidence: a.anaphoric ? 0.5 : 0.6, sentence: s });
  }
  return drafts;
}
