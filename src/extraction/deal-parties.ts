import type { AnalysedSentence, Cluster, Mention } from './document-analysis.js';
import { clauseStart, isParty, moneyAfter, percentAfter } from './sentence-reading.js';
import type { PropertyValue } from './types.js';

/** Finding the parties and terms of a deal around its trigger word. */

export function lastPartyBefore(s: AnalysedSentence, i: number, exclude?: Cluster): Mention | undefined {
  const from = clauseStart(s, i);
  const found = s.mentions.filter((m) => isParty(m) && m.end <= i && m.start > from && m.cluster !== exclude);
  return found[found.length - 1];
}


/**
 * "Scotts bought Gravita, a maker of …": right after a purchase verb, an unknown single name the tagger took
 * for a person or place is the company bought.
 */
export function boughtName(s: AnalysedSentence, t: number): Mention | undefined {
  const at = s.lower[t + 1] === 'the' ? t + 2 : t + 1;
  const m = s.mentions.find((x) => x.start === at && x.end === at + 1 && !x.anaphoric);
  if (!m || (m.cluster.type !== 'Person' && m.cluster.type !== 'Location')) return undefined;
  const next = s.lower[m.end];
  const described = next === ',' && ['a', 'an', 'the'].includes(s.lower[m.end + 1] ?? '');
  if (!described && next !== 'for') return undefined;
  m.cluster.type = 'Company';
  return m;
}

export function firstPartyAfter(s: AnalysedSentence, i: number, window = 8, exclude?: Cluster): Mention | undefined {
  return s.mentions.find((m) => isParty(m) && m.start > i && m.start <= i + window && m.cluster !== exclude && !m.anaphoric);
}


export function stakeNear(s: AnalysedSentence, from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) {
    if (s.lower[k] === 'stake' || s.lower[k] === 'interest' && s.lower[k - 1] === '%') {
      return percentAfter(s, Math.max(from, k - 5), 5) ?? -1;
    }
  }
  return undefined;
}

export function withValue(properties: Record<string, PropertyValue>, s: AnalysedSentence, from: number, key: string) {
  const money = moneyAfter(s, Math.max(0, from), 14);
  if (money) {
    properties[key] = money.value;
    properties['currency'] = money.currency;
  }
}

export const insideMention = (s: AnalysedSentence, t: number) => s.mentions.some((m) => !m.anaphoric && m.start <= t && t < m.end);
