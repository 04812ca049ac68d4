import type { AnalysedDocument, AnalysedSentence, Cluster, Mention } from './document-analysis.js';
import type { RelationDraft } from './relation-draft.js';
import { speculativeBetween } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

const BENEFIT_WORDS = ['benefit', 'benefits', 'benefited', 'benefitted', 'benefiting', 'benefitting', 'beneficiary', 'beneficiaries'];
const BENEFIT = new RegExp(`^(?:${BENEFIT_WORDS.join('|')})$`);
// A sentence naming no policy needs one of these words for a rule here to fire (read once with the sentence).
const BENEFIT_TRIGGERS = triggerClass(BENEFIT_WORDS);
const RELIEF = new Set(['shift', 'exempted', 'exempt', 'waived', 'easing', 'ease', 'eased', 'eases', 'relief', 'lift', 'lifted', 'lifting', 'lifts', 'waiver', 'waivers', 'exemption', 'exemptions', 'expand', 'expands', 'expanded', 'extend', 'extends', 'extended', 'grant', 'grants', 'granted', 'wins', 'won', 'secures', 'secured', 'receive', 'receives', 'received', 'awarded']);

/** The policy a story is mostly about: the one mentioned most, first on ties. */
function mainPolicy(doc: AnalysedDocument): Cluster | undefined {
  return doc.clusters.filter((c) => c.type === 'Policy').sort((a, b) => b.mentions - a.mentions || a.firstSentence - b.firstSentence)[0];
}

// What "benefit from" may name when the scheme is the story's: "benefit from the program", "benefit from it".
const SCHEME_WORDS = new Set(
  'it them this that these those program programme programs programmes scheme schemes subsidy subsidies plan plans incentive incentives credit credits rebate rebates policy policies measures'.split(' '),
);
// Getting support: "Globex received a grant", "won subsidies", "will receive $2 billion" (not "get": "the price they would get").
const RECEIVED = new Set(['receive', 'receives', 'received', 'wins', 'won', 'secures', 'secured', 'awarded', 'granted']);
// Money a law hands out.
const FUNDING = new Set(['grant', 'grants', 'funding', 'subsidy', 'subsidies', 'loan', 'loans', 'award', 'incentives']);
const NEGATIONS = new Set(['not', "n't", 'no', 'never', 'little']);
// Policies that weigh on a company, and the words that spare one from them.
const BURDENS = new Set(['tariffs', 'quotas', 'export-controls', 'ban']);
const EXEMPTIONS = new Set(['exemption', 'exemptions', 'exempted', 'exempt', 'waiver', 'waivers', 'waived', 'relief', 'lifted', 'lifting', 'lifts', 'eased', 'easing']);
// Verbs of giving, active unless a form of "be" comes before them ("was granted a subsidy" is a receipt).
const GIVING = new Set(['granted', 'awarded']);
const BE_WORDS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
const NO_IMPACT = /\b(?:little|no|limited|negligible) (?:impact|effect)\b/i;
const SPEAKERS = new Set(['officials', 'official', 'analysts', 'analyst', 'sources', 'economists', 'executives', 'spokesman', 'spokeswoman']);

const isPolicy = (m: Mention) => m.cluster.type === 'Policy';
const GAINING = /^(?:gain|gains|gained|gaining|qualify|qualifies|qualified)$/;

function negatedBefore(s: AnalysedSentence, at: number): boolean {
  return s.lower.slice(Math.max(0, at - 3), at).some((w) => NEGATIONS.has(w));
}

/** The first token of the clause holding `at`: after the last "that", ";" or "said" before it. */
function clauseOpening(s: AnalysedSentence, at: number): number {
  for (let k = at - 1; k >= 0; k--) if (s.lower[k] === 'that' || s.lower[k] === ';' || s.lower[k] === 'said' || s.lower[k] === 'told') return k + 1;
  return 0;
}

function benefitsIn(doc: AnalysedDocument, s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  // (Tested before the policies are gathered: most sentences name none and hold no benefit word.)
  if (!mayTrigger(s, BENEFIT_TRIGGERS) && !s.mentions.some(isPolicy)) return drafts;
  const policies = s.mentions.filter(isPolicy);
  const companies = s.mentions.filter((m) => m.cluster.type === 'Company');
  // "X benefits from P", "X … among the beneficiaries" — not "for the benefit of", "benefits our environment".
  const benefit = s.lower.findIndex(
    (w, i) => (BENEFIT.test(w) && /^benefi(?:t|ts|ted|tted|ting|tting)$/.test(w) && s.lower[i + 1] === 'from') || /^beneficiar/.test(w),
  );
  // "stand to gain from the steel tariffs", "qualifies for the tax credit": a gain told by a looser verb needs the
  // policy itself a few words on.
  const gain = benefit < 0 && policies.length > 0 ? s.lower.findIndex((w, i) => GAINING.test(w) && s.lower[i + 1] === (w.startsWith('gain') ? 'from' : 'for')) : -1;
  const trigger = benefit >= 0 ? benefit : gain >= 0 && policies.some((p) => p.start > gain && p.start <= gain + 7) ? gain : -1;
  if (trigger >= 0 && companies.length > 0 && !negatedBefore(s, trigger)) {
    const inSentence = policies.find((p) => p.start > trigger)?.cluster;
    const main = mainPolicy(doc);
    // Without a policy in the sentence, only a story-wide support scheme named more than once can be meant, and only
    // when the words after "from" speak of a scheme or point back ("benefit from the economies of scale" does not).
    const after = s.lower[trigger + 2] === 'the' ? trigger + 3 : trigger + 2;
    const schemeAfter = s.lower[trigger + 1] === 'from' && SCHEME_WORDS.has(s.lower[after] ?? '');
    const policy = inSentence ?? (main && main.family === 'support' && main.mentions >= 2 && schemeAfter ? main : undefined);
    if (policy) {
      // The companies of the clause that benefits: "told Reuters that Thailand obtained little benefit" names no
      // beneficiary in Reuters.
      const from = clauseOpening(s, trigger);
      const named = companies.filter((m) => m.start < trigger && m.start >= from);
      const confidence = inSentence ? 0.7 : 0.5;
      for (const m of named) drafts.push({ type: 'BENEFITS_FROM', source: m.cluster, target: policy, properties: {}, confidence, sentence: s });
    }
    return drafts;
  }
  // "U.S. moves to expand Chevron license", "Chevron ... as U.S. signals shift on oil sanctions"
  for (const p of policies) {
    const family = p.cluster.family;
    // "a grant under the CHIPS Act": a law that funds is a support scheme for the company funded.
    const funds = family === 'rule' && s.lower.some((w) => FUNDING.has(w));
    // "won an exemption from the tariffs", "a waiver of the export ban": spared a burden.
    // (The word of sparing comes before the burden: "tariffs were lifted on steel" spares goods, not a speaker.)
    const spared = BURDENS.has(family ?? '') && s.lower.slice(0, p.start).some((w) => EXEMPTIONS.has(w));
    if (family !== 'licence' && family !== 'sanctions' && family !== 'support' && !funds && !spared) continue;
    // A title's "Gets" is a receipt ("Intel Gets $8.5 Billion Chips Act Grant"); prose's "get" is too loose.
    const received = (w: string) => RECEIVED.has(w) || (s.caseless && (w === 'gets' || w === 'lands'));
    const found = s.lower.findIndex((w) => RELIEF.has(w) || received(w));
    const relief = found >= 0 ? found : fundedBy(s);
    // "would not lift the sanctions": relief refused.
    if (relief < 0 || negatedBefore(s, relief) || speculativeBetween(s, 0, s.lower.length)) continue;
    // "the EC committee granted licences at an export rebate": who grants gives the relief; who gets it comes after.
    const givenAfter = GIVING.has(s.lower[relief]!) && !BE_WORDS.has(s.lower[relief - 1] ?? '');
    if ((family === 'support' || funds) && !s.lower.some(received) && fundedBy(s) < 0) continue;
    // "the lifting of sanctions will have little impact on Poland": relief that changes nothing benefits no one.
    if (NO_IMPACT.test(s.text)) continue;
    // A licence or sanctions may name their holder ("Chevron License"); a law's name is no beneficiary ("the FAB Act").
    const inside = family === 'licence' || family === 'sanctions' ? companies.find((m) => m.start >= p.start && m.end <= p.end) : undefined;
    // "Western officials say …", "Globex analysts said …": people of a firm speaking, not the firm that gains.
    // "licences granted by the EC": the granter gives the relief; it does not gain from it.
    const granter = (m: Mention) => s.lower[m.start - 1] === 'by' || (s.lower[m.start - 1] === 'the' && s.lower[m.start - 2] === 'by');
    // "lifted sanctions on Globex": the company the burden lay on, named right after it.
    const burdened = family === 'sanctions' || spared ? companies.find((m) => !m.anaphoric && s.lower[m.start - 1] === 'on' && m.start - 1 === p.end) : undefined;
    // ("won an exemption": the spared company is the one getting it, a few words before the word of sparing.)
    const getsExemption = (m: Mention) => s.lower.slice(m.end, Math.min(p.start, m.end + 6)).some((w) => EXEMPTIONS.has(w)) && s.lower[m.start - 1] !== 'told';
    const subject = inside ?? burdened ?? companies.find((m) => !m.anaphoric && m.start < p.start && !SPEAKERS.has(s.lower[m.end] ?? '') && !granter(m) && (!spared || getsExemption(m)) && (!givenAfter || m.start > relief));
    if (subject) drafts.push({ type: 'BENEFITS_FROM', source: subject.cluster, target: p.cluster, properties: {}, confidence: 0.55, sentence: s });
  }
  return drafts;
}

/** "…, backed by $ 450 million in grants": support received, told after the thing it pays for; its index, or -1. */
function fundedBy(s: AnalysedSentence): number {
  for (let k = 0; k < s.lower.length - 1; k++) {
    if (!/^(?:backed|helped|supported|funded)$/.test(s.lower[k]!) || s.lower[k + 1] !== 'by') continue;
    // ("backed by lawmakers who wanted grants": the backers are people, and the grants only wished for.)
    const upTo = s.lower.slice(k + 2, k + 9).findIndex((w) => FUNDING.has(w));
    if (upTo >= 0 && !s.lower.slice(k + 2, k + 2 + upTo).some((w) => /^(?:who|that|which|whose|,)$/.test(w))) return k;
  }
  return -1;
}

export function findBenefits(doc: AnalysedDocument): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (const s of doc.sentences) drafts.push(...benefitsIn(doc, s));
  return drafts;
}
