import type { AnalysedSentence, Cluster } from './analysis-types.js';
import type { ClusterIndex } from './cluster-index.js';
import type { NerModel } from './ner/perceptron-tagger.js';
import { isPlainWord } from './plain-words.js';
import { findPolicies, POLICY_TRIGGERS } from './policy-mentions.js';
import { mayTrigger } from './trigger-words.js';

// Heads shared by schemes that are not one: a named program, rule, law or order is told apart by its other words.
const GENERIC_HEADS = new Set(['program', 'rule', 'act', 'law', 'bill', 'order', 'policy', 'regulation', 'and']);

/** Policy mentions of a document, merged into one entity per scheme. */
export function addPolicies(sentences: AnalysedSentence[], index: ClusterIndex, model: NerModel): void {
  const policies: Cluster[] = [];
  for (const s of sentences) {
    if (!mayTrigger(s, POLICY_TRIGGERS)) continue;
    const ownerStart = (i: number) => {
      const m = s.mentions.find((x) => x.end - 1 === i && (x.cluster.type === 'Location' || x.cluster.type === 'Organization'));
      return m?.start;
    };
    for (const p of findPolicies(s.tokens, s.lower, ownerStart, s.caseless, (w) => isPlainWord(model, w))) {
      // A name inside the policy ("Chevron License", "EU sanctions") stays; one straddling its edge means a misparse.
      if (s.mentions.some((m) => m.start < p.end && p.start < m.end && (m.cluster.type === 'Person' || m.start < p.start || m.end > p.end))) continue;
      const surface = s.text.slice(s.tokens[p.start]!.start - s.start, s.tokens[p.end - 1]!.end - s.start);
      // One scheme has many names in a story: "the subsidy program", "the stimulus", "government incentives".
      // Laws and orders of different names are different laws: "the Inflation Reduction Act" is not "the CHIPS Act".
      let cluster = policies.find((c) => c.keyWords.some((w) => p.keyWords.includes(w) && !GENERIC_HEADS.has(w)));
      if (!cluster && (p.bare || p.family === 'support')) cluster = policies.find((c) => c.family === p.family);
      if (cluster) {
        if (!p.bare && !cluster.surfaceForms.includes(surface)) cluster.surfaceForms.push(surface);
        if (!p.bare && p.keyWords.length > cluster.keyWords.length) cluster.keyWords = p.keyWords;
        cluster.mentions++;
      } else {
        cluster = { type: 'Policy', surfaceForms: [surface], keyWords: p.keyWords, properties: {}, mentions: 1, firstSentence: s.index, family: p.family };
        policies.push(cluster);
        index.clusters.push(cluster);
      }
      s.mentions.push({ cluster, start: p.start, end: p.end, anaphoric: p.bare });
    }
  }
}
