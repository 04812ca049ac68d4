import type { AnalysedDocument, AnalysedSentence, Mention } from './document-analysis.js';
import { PRODUCT_NOUNS } from './product-mentions.js';
import type { RelationDraft } from './relation-draft.js';

// "Acme's", and "Belcourt Labs'" after a name ending in s.
const POSSESSIVE = /^(?:'s|’s|'|’)$/;
// Words describing the product between its owner and its kind: "its weight-loss drug", "Acme's new electric car".
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;
const MAX_MODIFIERS = 4;

/** The company owning the product whose kind is the word at `noun`: "its …", "Acme Corp's …", or none. */
function ownerBefore(s: AnalysedSentence, noun: number): Mention | undefined {
  let k = noun - 1;
  while (k >= 0 && noun - k <= MAX_MODIFIERS && MODIFIER.test(s.tokens[k]!.text) && s.lower[k] !== 'its') k--;
  if (k < 0) return undefined;
  if (s.lower[k] === 'its') return s.mentions.find((m) => m.start === k && m.anaphoric && m.cluster.type === 'Company');
  if (!POSSESSIVE.test(s.lower[k]!)) return undefined;
  return s.mentions.find((m) => m.end === k && !m.anaphoric && m.cluster.type === 'Company');
}

/** "Belcourt Labs' weight-loss drug Slimora", "its electric car Kestrel": the company produces the product. */
export function findProducers(doc: AnalysedDocument): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (const s of doc.sentences) {
    for (const m of s.mentions) {
      if (m.cluster.type !== 'Product' || m.anaphoric || !PRODUCT_NOUNS.has(s.lower[m.start - 1] ?? '')) continue;
      const owner = ownerBefore(s, m.start - 1);
      if (owner) drafts.push({ type: 'PRODUCES', source: owner.cluster, target: m.cluster, properties: {}, confidence: owner.anaphoric ? 0.6 : 0.7, sentence: s });
    }
  }
  return drafts;
}
