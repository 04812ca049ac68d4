import type { AnalysedSentence, Mention } from './document-analysis.js';
import { asCompany, firstPartyAfter, lastPartyBefore, looseName, looseNameAfter, stakeNear, withValue } from './deal-parties.js';
import type { RelationDraft } from './relation-draft.js';
import { failedIn, isParty, speculativeBetween } from './sentence-reading.js';
import type { PropertyValue } from './types.js';

const INVEST_WORDS = new Set(['invest', 'invests', 'invested', 'investing', 'investment', 'investments']);

const ROUND_ROLES = new Set(['led', 'leads', 'leading', 'co-led', 'joined', 'joins', 'participated', 'participates', 'backed']);
const STAKE_VERBS = new Set(['took', 'takes', 'take', 'taking', 'taken', 'picked', 'snapped', 'built', 'amassed', 'raised', 'increased', 'boosted']);
// Stakes bought or acquired are found by the acquisition rules.
const ACQUIRE_WORDS = new Set(['bought', 'buys', 'buy', 'buying', 'acquired', 'acquires', 'acquire', 'acquiring', 'purchased', 'purchase', 'purchases']);

/** "X invested $N in Y", "X's investment in Y", "Y raised $N from X", "Nvidia ... OpenAI Investment". */
export function findInvestments(s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  if (!s.lower.some((w) => INVEST_WORDS.has(w) || w === 'raised' || w === 'raises' || w === 'secured' || w === 'round' || w === 'stake') || failedIn(s)) return drafts;
  for (let t = 0; t < s.lower.length; t++) {
    const w = s.lower[t]!;
    let investor: Mention | undefined;
    let investee: Mention | undefined;
    if (INVEST_WORDS.has(w)) {
      // A person invests only as the subject of the verb ("Buffett invested … in"), not via "investment research in".
      const personSubject = w.startsWith('invest') && !w.startsWith('investment') ? s.mentions.find((m) => m.cluster.type === 'Person' && m.end <= t && !m.anaphoric) : undefined;
      investor = lastPartyBefore(s, t) ?? personSubject;
      const inIndex = s.lower.indexOf('in', t + 1);
      if (inIndex > 0 && inIndex <= t + 8) {
        investee = firstPartyAfter(s, inIndex, 3, investor?.cluster);
        // "investing $ 1 billion in Argo AI": a one-word name mistyped as a place, right after "in".
        const loose = investee || !investor || investor.cluster.type !== 'Company' ? undefined : looseNameAfter(s, inIndex);
        if (loose && !s.lower.slice(t + 1, inIndex).some((x) => x === ',' || x === 'and')) investee = asCompany(loose);
      }
      else if (s.caseless && w.startsWith('investment')) {
        // Headline: "Nvidia Nears $20 Billion OpenAI Investment"
        const right = s.mentions.find((m) => m.end === t && isParty(m));
        if (right) {
          investee = right;
          investor = lastPartyBefore(s, right.start, right.cluster);
          // The headline's opening word, mistyped as a place or person, is its subject: "Nvidia Confirms … Investment".
          const opener = looseName(s.mentions[0]);
          if (!investor && opener && opener.start === 0 && opener.end < right.start) investor = asCompany(opener);
        }
      }
    } else if ((w === 'raised' || w === 'raises' || w === 'secured') && !s.lower.slice(t, t + 12).includes('ipo')) {
      const from = s.lower.indexOf('from', t + 1);
      const led = s.lower.indexOf('led', t + 1);
      const at = [from, led].filter((k) => k > 0 && k < t + 14).sort((a, b) => a - b)[0];
      if (at === undefined) continue;
      investee = lastPartyBefore(s, t);
      investor = firstPartyAfter(s, at, 4, investee?.cluster);
    } else if (w === 'round' && /^(?:funding|financing|investment|seed|series)$/.test(s.lower[t - 1] ?? '')) {
      // "X led a $ 500 million funding round in Y", "X joined Y's Series B funding round".
      const lead = s.lower.slice(Math.max(0, t - 8), t).findIndex((x) => ROUND_ROLES.has(x));
      if (lead < 0) continue;
      investor = lastPartyBefore(s, Math.max(0, t - 8) + lead);
      const prep = s.lower[t + 1];
      investee = prep === 'in' || prep === 'for' || prep === 'of' ? firstPartyAfter(s, t + 1, 3, investor?.cluster) : undefined;
    } else if (w === 'stake' && s.lower[t + 1] === 'in') {
      // "X took a 15 % stake in Y": a verb of taking within a few words before the stake.
      const from = Math.max(0, t - 6);
      const verb = s.lower.slice(from, t).findIndex((x) => STAKE_VERBS.has(x));
      if (verb < 0 || s.lower.slice(from + verb, t).some((x) => x === ',' || x === ';' || x === 'while' || x === 'and')) continue;
      investor = lastPartyBefore(s, from + verb);
      investee = firstPartyAfter(s, t + 1, 3, investor?.cluster);
      if (s.lower.slice(Math.max(0, t - 8), t).some((x) => ACQUIRE_WORDS.has(x))) continue; // left to the acquisition rules
    } else continue;
    if (!investor || !investee || investor.cluster === investee.cluster || investee.cluster.type !== 'Company') continue;
    if (speculativeBetween(s, 0, t + 1)) continue;
    const properties: Record<string, PropertyValue> = {};
    const stake = stakeNear(s, 0, s.lower.length);
    if (stake !== undefined && stake >= 0) properties['stake'] = stake;
    withValue(properties, s, Math.max(0, t - 6), 'amount');
    drafts.push({ type: 'INVESTS_IN', source: investor.cluster, target: investee.cluster, properties, confidence: investor.anaphoric ? 0.5 : 0.7, sentence: s });
  }
  return drafts;
}
