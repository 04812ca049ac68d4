import type { EntityType } from '../extraction/types.js';

/**
 * Entity resolution at ingest, as a pure function: which node of the graph (or of the same batch) is
 * an extracted entity? Listings decide first, then the exact id, the canonical name, and last an alias
 * that points at exactly one candidate. Two companies listed under different symbols on one exchange
 * are never merged, whatever their names share.
 */

export interface ResolutionSubject {
  id: string;
  type: EntityType;
  nameKey: string;
  aliasKeys: string[];
  /** Listing entity ids (`listing:hkex:1810`) the subject is LISTED_AS in its own document. */
  listingIds: string[];
}

export interface ResolutionCandidate {
  id: string;
  type: EntityType;
  nameKey: string;
  aliasKeys: string[];
  listingIds: string[];
}

/** Types whose ids are already canonical (a listing) or scoped to one document (an event). */
const SELF_RESOLVED: ReadonlySet<EntityType> = new Set(['Listing', 'Event']);

function exchangeOf(listingId: string): string {
  return listingId.split(':')[1] ?? '';
}

/** True when both are listed on one exchange under different symbols only: two different companies. */
export function listingsConflict(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a.some((id) => b.includes(id))) return false;
  const exchangesOfB = new Set(b.map(exchangeOf));
  return a.some((id) => exchangesOfB.has(exchangeOf(id)));
}

class CandidateIndex {
  private readonly byId = new Map<string, ResolutionCandidate>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byListing = new Map<string, Set<string>>();

  add(candidate: ResolutionCandidate): void {
    const existing = this.byId.get(candidate.id);
    const merged: ResolutionCandidate = existing
      ? {
          ...existing,
          aliasKeys: [...new Set([...existing.aliasKeys, candidate.nameKey, ...candidate.aliasKeys])],
          listingIds: [...new Set([...existing.listingIds, ...candidate.listingIds])],
        }
      : candidate;
    this.byId.set(merged.id, merged);
    for (const key of [merged.nameKey, ...merged.aliasKeys]) this.link(this.byKey, key, merged.id);
    for (const listing of merged.listingIds) this.link(this.byListing, listing, merged.id);
  }

  get(id: string): ResolutionCandidate | undefined {
    return this.byId.get(id);
  }

  withKey(key: string): ResolutionCandidate[] {
    return this.lookup(this.byKey, key);
  }

  withListing(listingId: string): ResolutionCandidate[] {
    return this.lookup(this.byListing, listingId);
  }

  private link(map: Map<string, Set<string>>, key: string, id: string): void {
    if (key.length === 0) return;
    let ids = map.get(key);
    if (!ids) map.set(key, (ids = new Set()));
    ids.add(id);
  }

  private lookup(map: Map<string, Set<string>>, key: string): ResolutionCandidate[] {
    return [...(map.get(key) ?? [])].map((id) => this.byId.get(id)).filter((c): c is ResolutionCandidate => c !== undefined);
  }
}

function unique(candidates: ResolutionCandidate[]): ResolutionCandidate[] {
  return [...new Map(candidates.map((c) => [c.id, c])).values()];
}

function pick(subject: ResolutionSubject, index: CandidateIndex): string | undefined {
  const compatible = (c: ResolutionCandidate) => c.type === subject.type && !listingsConflict(subject.listingIds, c.listingIds);

  const byListing = unique(subject.listingIds.flatMap((l) => index.withListing(l))).filter((c) => c.type === subject.type);
  if (byListing.length === 1) return byListing[0]?.id;

  const sameId = index.get(subject.id);
  if (sameId && compatible(sameId)) return sameId.id;

  const sameName = index.withKey(subject.nameKey).filter((c) => compatible(c) && c.nameKey === subject.nameKey);
  if (sameName.length === 1) return sameName[0]?.id;

  // An alias match counts only when it is one-to-one: the subject's name is a known alias of the
  // candidate, or the candidate's name is one of the subject's aliases.
  const aliasMatches = unique([
    ...index.withKey(subject.nameKey),
    ...subject.aliasKeys.flatMap((key) => index.withKey(key)).filter((c) => subject.aliasKeys.includes(c.nameKey)),
  ]).filter(compatible);
  if (aliasMatches.length === 1) return aliasMatches[0]?.id;
  return undefined;
}

/** A fresh id for a subject whose natural id is taken by a different real-world entity. */
function disambiguatedId(subject: ResolutionSubject): string {
  const tag = subject.listingIds.map((l) => l.split(':').slice(1).join('-')).sort()[0] ?? 'x';
  return `${subject.id}~${tag}`;
}

/** Maps every subject id to the id of the node it is: an existing one, another subject's, or its own. */
export function resolveEntities(subjects: readonly ResolutionSubject[], candidates: readonly ResolutionCandidate[]): Map<string, string> {
  const index = new CandidateIndex();
  for (const candidate of candidates) index.add(candidate);
  const resolved = new Map<string, string>();
  // Listed subjects first (strongest evidence), then longer names, so short forms attach to full ones.
  const ordered = [...subjects].sort(
    (a, b) => b.listingIds.length - a.listingIds.length || b.nameKey.length - a.nameKey.length || a.id.localeCompare(b.id),
  );
  for (const subject of ordered) {
    if (resolved.has(subject.id)) continue;
    let id: string;
    if (SELF_RESOLVED.has(subject.type)) id = subject.id;
    else {
      id = pick(subject, index) ?? subject.id;
      const taken = index.get(id);
      if (id === subject.id && taken && listingsConflict(subject.listingIds, taken.listingIds)) id = disambiguatedId(subject);
    }
    resolved.set(subject.id, id);
    index.add({ ...subject, id });
  }
  return resolved;
}
