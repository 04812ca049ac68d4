import type { AnalysedDocument, AnalysedSentence, Cluster } from './document-analysis.js';
import type { RelationDraft } from './relation-draft.js';
import { speculativeBetween } from './sentence-reading.js';

const BENEFIT = /^(?:benefit|benefits|benefited|benefitted|benefiting|benefitting|beneficiary|beneficiaries)$/;
const RELIEF = new Set(['shift', 'easing', 'ease', 'eased', 'eases', 'relief', 'lift', 'lifted', 'lifting', 'lifts', 'waiver', 'waivers', 'exemption', 'exemptions', 'expand', 'expands', 'expanded', 'extend', 'extends', 'extended', 'grant', 'grants', 'granted', 'wins', 'won', 'secures', 'secured', 'receives', 'received', 'awarded']);

/** The policy a story is mostly about: the one mentioned most, first on ties. */
function mainPolicy(doc: AnalysedDocument): Cluster | undefined {
  return doc.clusters.filter((c) => c.type === 'Policy').sort((a, b) => b.mentions - a.mentions || a.firstSentence - b.firstSentence)[0];
}

function benefitsIn(doc: AnalysedDocument, s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  const policies = s.mentions.filter((m) => m.cluster.type === 'Policy');
  if (policies.length === 0 && !s.lower.some((w) => w.startsWith('benefi'))) return drafts;
  const companies = s.mentions.filter((m) => m.cluster.type === 'Company');
  // "X benefits from P", "X … among the beneficiaries" — not "for the benefit of", "benefits our environment".
  const trigger = s.lower.findIndex(
    (w, i) => (BENEFIT.test(w) && /^benefi(?:t|ts|ted|tted|ting|tting)$/.test(w) && s.lower[i + 1] === 'from') || /^beneficiar/.test(w),
  );
  if (trigger >= 0 && companies.length > 0 && !s.lower.slice(Math.max(0, trigger - 3), trigger).some((w) => w === 'not' || w === "n't")) {
    const inSentence = policies.find((p) => p.start > trigger)?.cluster;
    const main = mainPolicy(doc);
    // Without a policy in the sentence, only a story-wide support scheme named more than once can be meant.
    const policy = inSentence ?? (main && main.family === 'support' && main.mentions >= 2 ? main : undefined);
    if (policy) {
      const named = companies.filter((m) => m.start < trigger);
      const confidence = inSentence ? 0.7 : 0.5;
      for (const m of named) drafts.push({ type: 'BENEFITS_FROM', source: m.cluster, target: policy, properties: {}, confidence, sentence: s });
    }
    return drafts;
  }
  // "U.S. moves to expand Chevron license", "Chevron ... as U.S. signals shift on oil sanctions"
  for (const p of policies) {
    const family = p.cluster.family;
    if (family !== 'licence' && family !== 'sanctions' && family !== 'support') continue;
    if (!s.lower.some((w) => RELIEF.has(w)) || speculativeBetween(s, 0, s.lower.length)) continue;
    if (family === 'support' && !s.lower.some((w) => ['receives', 'received', 'wins', 'won', 'secures', 'secured', 'awarded', 'granted'].includes(w))) continue;
    const inside = companies.find((m) => m.start >= p.start && m.end <= p.end);
    const subject = inside ?? companies.find((m) => !m.anaphoric && m.start < p.start);
    if (subject) drafts.push({ type: 'BENEFITS_FROM', source: subject.cluster, target: p.cluster, properties: {}, confidence: 0.55, sentence: s });
  }
  return drafts;
}

export function findBenefits(doc: AnalysedDocument): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (const s of doc.sentences) drafts.push(...benefitsIn(doc, s));
  return drafts;
}
