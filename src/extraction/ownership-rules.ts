import type { AnalysedDocument, AnalysedSentence, Mention } from './document-analysis.js';
import type { RelationDraft } from './relation-draft.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

const UNIT_WORDS = new Set(['unit', 'subsidiary', 'division', 'affiliate', 'arm', 'subsidiaries']);
const OWNED = new Set(['owned', 'controlled']);
const OWNERSHIP_TRIGGERS = triggerClass(UNIT_WORDS, OWNED);

const isNamedCompany = (m: Mention | undefined): m is Mention => !!m && m.cluster.type === 'Company' && !m.anaphoric;
const startingAt = (s: AnalysedSentence, i: number) => s.mentions.find((m) => m.start === i && isNamedCompany(m));
const endingAt = (s: AnalysedSentence, i: number) => s.mentions.find((m) => m.end === i && isNamedCompany(m));

/** "X, a unit of Y", "X, a wholly owned subsidiary of Y", "Y's X unit", "X, owned by Y". */
function ownershipIn(s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  if (!mayTrigger(s, OWNERSHIP_TRIGGERS)) return drafts;
  const push = (child: Mention, parent: Mention) => {
    if (child.cluster !== parent.cluster) drafts.push({ type: 'SUBSIDIARY_OF', source: child.cluster, target: parent.cluster, properties: {}, confidence: 0.75, sentence: s });
  };
  for (let i = 0; i < s.lower.length; i++) {
    const w = s.lower[i]!;
    if (UNIT_WORDS.has(w) && s.lower[i + 1] === 'of') {
      // Walk back over "a wholly owned" to the comma after the child's name.
      let k = i - 1;
      while (k >= 0 && /^(?:a|an|the|wholly|wholly-owned|owned|majority-owned|fully|german|u\.s\.|british|chinese|japanese|local|main|[a-z]+-based)$/.test(s.lower[k]!)) k--;
      const parent = startingAt(s, i + 2) ?? (s.lower[i + 2] === 'the' ? startingAt(s, i + 3) : undefined);
      const child = s.lower[k] === ',' ? endingAt(s, k) : undefined;
      if (child && parent) push(child, parent);
      continue;
    }
    if (OWNED.has(w) && s.lower[i + 1] === 'by' && s.lower[i - 1] === ',') {
      const child = endingAt(s, i - 1);
      const parent = startingAt(s, i + 2);
      if (child && parent) push(child, parent);
      continue;
    }
    // "Alphabet's Waymo unit"
    if (UNIT_WORDS.has(w)) {
      const child = endingAt(s, i);
      const parent = child && (s.lower[child.start - 1] === "'s" || s.lower[child.start - 1] === '’s') ? endingAt(s, child.start - 1) : undefined;
      if (child && parent) push(child, parent);
    }
  }
  return drafts;
}

export function findOwnership(doc: AnalysedDocument): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (const s of doc.sentences) drafts.push(...ownershipIn(s));
  return drafts;
}
