import { findAcquisitions } from './acquisition-rules.js';
import { findBackers } from './backer-rules.js';
import { findContractors } from './contractor-rules.js';
import { findControlTaken } from './control-rules.js';
import { findCooperation } from './cooperation-rules.js';
import type { AnalysedDocument } from './document-analysis.js';
import { findHeldStakes } from './held-stakes.js';
import { findInvestments } from './investment-rules.js';
import { findMergers } from './merger-rules.js';
import { findPartnerships } from './partnership-rules.js';
import { disclosingPublishers } from './publisher-disclosures.js';
import type { RelationDraft } from './relation-draft.js';
import { findRoleStatements } from './role-statements.js';
import { findShareholders } from './shareholder-rules.js';
import { findSupplyDeals } from './supply-deals.js';

/** Acquisitions, mergers and bids, investments (backers and shareholders too) and partnerships, sentence by sentence. */
export function findDeals(doc: AnalysedDocument): RelationDraft[] {
  // A loop rather than flatMap over spread arrays: most sentences add nothing, so nothing is copied for them.
  const drafts: RelationDraft[] = [];
  for (const s of doc.sentences) {
    append(drafts, findAcquisitions(s));
    append(drafts, findControlTaken(s));
    append(drafts, findMergers(s));
    append(drafts, findInvestments(s));
    append(drafts, findHeldStakes(s));
    append(drafts, findBackers(doc, s));
    append(drafts, findPartnerships(doc, s));
    append(drafts, findContractors(s));
    append(drafts, findCooperation(s, doc.sentences[s.index - 1]));
    append(drafts, findRoleStatements(s));
    append(drafts, findShareholders(s));
    append(drafts, findSupplyDeals(s));
  }
  return withoutDisclosedHoldings(doc, drafts);
}

/** "The Merry Jester owns shares of Globex" in a publisher's closing disclosure is no investment. */
function withoutDisclosedHoldings(doc: AnalysedDocument, drafts: RelationDraft[]): RelationDraft[] {
  if (!drafts.some((d) => d.type === 'INVESTS_IN')) return drafts;
  const publishers = disclosingPublishers(doc);
  return publishers.size === 0 ? drafts : drafts.filter((d) => d.type !== 'INVESTS_IN' || !publishers.has(d.source));
}

function append(drafts: RelationDraft[], found: readonly RelationDraft[]): void {
  for (const d of found) drafts.push(d);
}
