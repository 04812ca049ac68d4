import type { AnalysedDocument, Cluster } from './analysis-types.js';
import { isParty } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

const DISCLOSURE_TRIGGERS = triggerClass(['recommends', 'disclosure']);

/**
 * Publishers closing a story with their own disclosure: a party opening a sentence in which it recommends stocks or
 * has a disclosure policy ("The Merry Jester recommends Initech.", "The Merry Jester has a disclosure policy.").
 * The shares such a publisher says it owns are a disclosure, no news of an investment.
 */
export function disclosingPublishers(doc: AnalysedDocument): Set<Cluster> {
  const publishers = new Set<Cluster>();
  for (const s of doc.sentences) {
    if (!mayTrigger(s, DISCLOSURE_TRIGGERS)) continue;
    const opening = s.mentions.find((m) => m.start <= 1 && !m.anaphoric && isParty(m));
    if (!opening) continue;
    for (let i = opening.end; i < s.lower.length; i++) {
      const w = s.lower[i]!;
      if (w === 'recommends' || (w === 'disclosure' && s.lower[i + 1] === 'policy')) {
        publishers.add(opening.cluster);
        break;
      }
    }
  }
  return publishers;
}
