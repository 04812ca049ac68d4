import type { AnalysedSentence, Mention } from './analysis-types.js';
import { firstPartyAfter, lastPartyBefore } from './deal-parties.js';
import type { RelationDraft } from './relation-draft.js';
import { failedIn, isCompany, isParty, speculativeBetween } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

/**
 * Partnerships told without a deal word: "X will develop chips together with Y", "X agreed with Y to build …",
 * "X , a partner of Y , …".
 */

const WORK = new Set('develop developing build building make making produce producing launch launching create creating design designing research market marketing sell selling operate operating offer offering'.split(' '));
const AGREED = new Set(['agreed', 'agrees']);
// "a former partner", "a would-be partner": no partner now.
const NOT_NOW = new Set(['former', 'ex', 'potential', 'possible', 'prospective', 'would-be', 'future', 'new-found', 'erstwhile']);

/**
 * "Orvane 's longtime partner Quillmere", "longtime Orvane partner Quillmere": a company named as another's
 * partner, right before the name; a person so named (a managing partner) is none.
 */
function partnerNamedBy(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  const partner = s.mentions.find((m) => m.start === t + 1 && !m.anaphoric && isCompany(m));
  if (!partner) return undefined;
  let k = t - 1;
  while (k > 0 && t - k <= 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(s.tokens[k]!.text) && !NOT_NOW.has(s.lower[k]!)) k--;
  if (NOT_NOW.has(s.lower[k]!)) return undefined;
  if (s.lower[k] === "'s" || s.lower[k] === '’s') k--;
  const named = s.mentions.find((m) => m.end === k + 1 && !m.anaphoric && isCompany(m));
  return named && named.cluster !== partner.cluster ? [named, partner] : undefined;
}

const DENIALS = new Set(['not', "n't", 'never', 'no']);
const JOINED = new Set(['joined', 'joins', 'join', 'joining']);
const WORKING = new Set(['working', 'work', 'worked', 'works']);
const COOPERATION_TRIGGERS = triggerClass(['together', 'partner'], AGREED, JOINED);

export function findCooperation(s: AnalysedSentence): RelationDraft[] {
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
    } else if (JOINED.has(w) && s.lower[t + 1] === 'forces' && s.lower[t + 2] === 'with') {
      // "Orvane joined forces with Quillmere to build …".
      const partner = firstPartyAfter(s, t + 2, 2);
      pair = [partner ? lastPartyBefore(s, t, partner.cluster) : undefined, partner];
    } else if (w === 'together' && WORKING.has(s.lower[t - 1] ?? '') && /^(?:on|to)$/.test(s.lower[t + 1] ?? '')) {
      // "Orvane and Quillmere are working together on …": two named subjects joined by "and".
      const b = lastPartyBefore(s, t);
      const a = b && s.lower[b.start - 1] === 'and' ? s.mentions.find((m) => m.end === b.start - 1 && !m.anaphoric) : undefined;
      pair = b && b.end >= t - 3 && !b.anaphoric ? [a, b] : undefined;
    } else if (w === 'partner' && s.lower[t - 1] !== 'a') {
      pair = partnerNamedBy(s, t);
    } else if (w === 'partner' && s.lower[t - 1] === 'a' && s.lower[t - 2] === ',' && s.lower[t + 1] === 'of') {
      const named = s.mentions.find((m) => m.end === t - 2 && isParty(m) && !m.anaphoric);
      const partner = firstPartyAfter(s, t + 1, 1, named?.cluster);
      pair = [named, partner];
    }
    // "are not working together", "never joined forces": a denied cooperation is none.
    if (s.lower.slice(Math.max(0, t - 4), t).some((x) => DENIALS.has(x))) continue;
    const [a, b] = pair ?? [];
    // Both companies: a union or a regulator "agreed with Acme to end the strike" is no partner.
    if (!a || !b || a.cluster === b.cluster || a.cluster.type !== 'Company' || b.cluster.type !== 'Company') continue;
    drafts.push({ type: 'PARTNERS_WITH', source: a.cluster, target: b.cluster, properties: {}, confidence: a.anaphoric ? 0.5 : 0.6, sentence: s });
  }
  return drafts;
}
