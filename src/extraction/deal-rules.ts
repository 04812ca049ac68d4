import { findAcquisitions } from './acquisition-rules.js';
import { findBackers } from './backer-rules.js';
import { findContractors } from './contractor-rules.js';
import { findControlTaken } from './control-rules.js';
import { findCooperation } from './cooperation-rules.js';
import type { AnalysedDocument } from './document-analysis.js';
import { findInvestments } from './investment-rules.js';
import { findPartnerships } from './partnership-rules.js';
import type { RelationDraft } from './relation-draft.js';
import { findShareholders } from './shareholder-rules.js';
import { findSupplyDeals } from './supply-deals.js';

/** Acquisitions and bids, investments (backers and shareholders too) and partnerships, sentence by sentence. */
export function findDeals(doc: AnalysedDocument): RelationDraft[] {
  // A loop rather than flatMap over spread arrays: most sentences add nothing.
  const drafts: RelationDraft[] = [];
  for (const s of doc.sentences) {
    drafts.push(...findAcquisitions(s), ...findControlTaken(s), ...findInvestments(s), ...findBackers(doc, s), ...findPartnerships(doc, s), ...findContractors(s), ...findCooperation(s), ...findShareholders(s), ...findSupplyDeals(s));
  }
  return drafts;
}
