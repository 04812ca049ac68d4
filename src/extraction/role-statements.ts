import type { AnalysedSentence, Mention } from './analysis-types.js';
import { listedAfter } from './deal-parties.js';
import type { RelationDraft } from './relation-draft.js';
import { failedIn, isDenial, speculativeBetween } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

/**
 * A company said to be another's supplier, partner or customer: "Orvane is a key supplier to Quillmere", "Orvane is one
 * of Quillmere 's biggest suppliers", "Orvane 's customers include Quillmere and Vandelay", "Orvane counts Quillmere
 * as a customer". A supply relation is a partnership too.
 */

// Not a client: a bank's or an agency's clients buy advice, not goods.
const ROLES = new Set(['partner', 'supplier', 'customer', 'vendor', 'distributor']);
const PLURAL_ROLES = new Set(['partners', 'suppliers', 'customers', 'vendors', 'distributors']);
const COPULAS = new Set(['is', 'was', 'remains', 'became', 'becomes']);
const INCLUDE = new Set(['include', 'includes', 'included', 'including']);
const COUNTS = new Set(['counts', 'count', 'counted']);
// "a former supplier", "a potential partner": no partner now.
const NOT_NOW = new Set(['former', 'ex', 'potential', 'possible', 'prospective', 'would-be', 'future', 'erstwhile']);
const ROLE_TRIGGERS = triggerClass(ROLES, PLURAL_ROLES);

const named = (m: Mention | undefined): m is Mention => !!m && !m.anaphoric && m.cluster.type === 'Company';
const isPossessive = (w: string | undefined) => w === "'s" || w === '’s';
const endingAt = (s: AnalysedSentence, i: number) => s.mentions.find((m) => m.end === i && named(m));
const startingAt = (s: AnalysedSentence, i: number) => s.mentions.find((m) => m.start === i && named(m));

/** The first token before `t` that is no lower-case describing word ("key", "longtime", "biggest"), or -1 when one says "former". */
function describedFrom(s: AnalysedSentence, t: number): number {
  let k = t - 1;
  while (k > 0 && t - k <= 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(s.tokens[k]!.text) && !/^(?:a|an|the|of|its|their)$/.test(s.lower[k]!)) {
    if (NOT_NOW.has(s.lower[k]!)) return -1;
    k--;
  }
  return k;
}

/** "Orvane is a key supplier to Quillmere", "Orvane is a longtime partner of Quillmere". */
function isRoleOf(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  if (s.lower[t + 1] !== 'to' && s.lower[t + 1] !== 'of') return undefined;
  const k = describedFrom(s, t);
  if (k < 1 || (s.lower[k] !== 'a' && s.lower[k] !== 'an') || !COPULAS.has(s.lower[k - 1]!)) return undefined;
  const subject = endingAt(s, k - 1);
  const other = startingAt(s, t + 2);
  return subject && other ? [subject, other] : undefined;
}

/** "Orvane is one of Quillmere 's biggest suppliers", "Orvane , one of Quillmere 's partners ,". */
function oneOfRoles(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  const k = describedFrom(s, t);
  if (k < 1 || !isPossessive(s.lower[k])) return undefined;
  const owner = endingAt(s, k);
  if (!owner || s.lower[owner.start - 1] !== 'of' || s.lower[owner.start - 2] !== 'one') return undefined;
  const v = owner.start - 3;
  if (!COPULAS.has(s.lower[v] ?? '') && s.lower[v] !== ',') return undefined;
  const subject = endingAt(s, v);
  return subject ? [subject, owner] : undefined;
}

/** "Orvane 's customers include Quillmere and Vandelay", "its suppliers include Quillmere": each company listed. */
function rolesInclude(s: AnalysedSentence, t: number): [Mention, Mention][] {
  if (!INCLUDE.has(s.lower[t + 1] ?? '')) return [];
  const k = describedFrom(s, t);
  const owner = k < 0 ? undefined : isPossessive(s.lower[k]) ? s.mentions.find((m) => m.end === k && !m.anaphoric) : s.mentions.find((m) => m.start === k && m.end === k + 1 && m.anaphoric);
  const first = startingAt(s, t + 2);
  if (!owner || owner.cluster.type !== 'Company' || !first) return [];
  return [first, ...listedAfter(s, first)].map((m) => [owner, m]);
}

/** "Orvane counts Quillmere as a customer", "… among its customers". */
function countedAs(s: AnalysedSentence, t: number, plural: boolean): [Mention, Mention] | undefined {
  const k = describedFrom(s, t);
  const at = plural ? s.lower[k] === 'its' && s.lower[k - 1] === 'among' ? k - 1 : -1 : /^(?:a|an|its)$/.test(s.lower[k] ?? '') && s.lower[k - 1] === 'as' ? k - 1 : -1;
  if (at < 0) return undefined;
  const other = endingAt(s, at);
  if (!other || !COUNTS.has(s.lower[other.start - 1] ?? '')) return undefined;
  const subject = endingAt(s, other.start - 1) ?? (s.lower[other.start - 2] === 'which' && s.lower[other.start - 3] === ',' ? endingAt(s, other.start - 3) : undefined);
  return subject ? [subject, other] : undefined;
}

export function findRoleStatements(s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  if (!mayTrigger(s, ROLE_TRIGGERS)) return drafts;
  for (let t = 1; t < s.lower.length; t++) {
    const w = s.lower[t]!;
    const plural = PLURAL_ROLES.has(w);
    if (!plural && !ROLES.has(w)) continue;
    const pairs = plural ? [oneOfRoles(s, t), countedAs(s, t, true), ...rolesInclude(s, t)] : [isRoleOf(s, t), countedAs(s, t, false)];
    for (const pair of pairs) {
      if (!pair || pair[0].cluster === pair[1].cluster) continue;
      if (speculativeBetween(s, 0, t + 1) || failedIn(s) || s.lower.slice(Math.max(0, pair[0].start - 3), t).some(isDenial)) continue;
      drafts.push({ type: 'PARTNERS_WITH', source: pair[0].cluster, target: pair[1].cluster, properties: {}, confidence: 0.6, sentence: s });
    }
  }
  return drafts;
}
