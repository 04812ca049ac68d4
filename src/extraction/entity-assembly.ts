import type { AnalysedDocument, Cluster } from './document-analysis.js';
import { slug } from './name-normalisation.js';
import type { RelationDraft } from './relation-draft.js';
import { isSpaceUnit } from './text-scan.js';
import { SYMMETRIC_RELATIONS, type Evidence, type ExtractedEntity, type ExtractedRelation } from './types.js';

/** Stable id from type + normalised name, or the document-scoped id an event was given. */
export function clusterId(c: Cluster): string | undefined {
  if (c.fixedId) return c.fixedId;
  if (c.keyWords.length === 0) return undefined;
  if (c.type === 'Listing') return `listing:${slug(c.keyWords)}`.replace(/-/, ':');
  return `${c.type.toLowerCase()}:${slug(c.keyWords)}`;
}

const singleSpaced = (name: string) => (/\s\s|[^\S ]/.test(name) ? name.replace(/\s+/g, ' ') : name);
const formality = (name: string) => (whitespaceRuns(name) + 1) * 100 + name.length;

/** Number of runs of white space in the name, so runs + 1 is name.split(/\s+/).length, without the array. */
function whitespaceRuns(name: string): number {
  let runs = 0;
  let inRun = false;
  for (let k = 0; k < name.length; k++) {
    const space = isSpaceUnit(name.charCodeAt(k));
    if (space && !inRun) runs++;
    inRun = space;
  }
  return runs;
}

/** Collects entities and relations of many documents, merging same-id entities and same-edge relations. */
export class GraphAssembler {
  private readonly entities = new Map<string, ExtractedEntity>();
  private readonly relations = new Map<string, ExtractedRelation>();

  addDocument(doc: AnalysedDocument, drafts: RelationDraft[]): void {
    const ids = new Map<Cluster, string>();
    for (const c of doc.clusters) {
      const id = clusterId(c);
      if (!id) continue;
      ids.set(c, id);
      this.addEntity(id, c);
    }
    for (const d of drafts) {
      let source = ids.get(d.source);
      let target = ids.get(d.target);
      if (!source || !target || source === target) continue;
      // Symmetric: one edge per pair, in id order.
      if (SYMMETRIC_RELATIONS.has(d.type) && source > target) [source, target] = [target, source];
      const evidence: Evidence = { documentId: doc.doc.id, sentence: d.sentence.text, start: d.sentence.start, end: d.sentence.end };
      const key = `${d.type}|${source}|${target}`;
      const existing = this.relations.get(key);
      const confidence = Math.round(Math.min(1, Math.max(0, d.confidence)) * 100) / 100;
      if (!existing) {
        this.relations.set(key, { type: d.type, source, target, properties: { ...d.properties }, confidence, evidence: [evidence] });
        continue;
      }
      for (const [k, v] of Object.entries(d.properties)) if (!(k in existing.properties)) existing.properties[k] = v;
      existing.confidence = Math.max(existing.confidence, confidence);
      if (!existing.evidence.some((e) => e.documentId === evidence.documentId && e.start === evidence.start)) existing.evidence.push(evidence);
    }
  }

  private addEntity(id: string, c: Cluster): void {
    // Names read across a line break ("Browning-Ferris Industries\nInc") are written with single spaces.
    const forms = c.type === 'Listing' ? [`${c.properties['exchange']}:${c.properties['symbol']}`] : c.surfaceForms.map(singleSpaced);
    const existing = this.entities.get(id);
    const entity = existing ?? { id, type: c.type, name: forms[0]!, aliases: [], properties: {} };
    for (const f of forms) {
      if (!entity.aliases.includes(f)) entity.aliases.push(f);
      // An index is named by its canonical name (its first form), however the story wrote it.
      if (c.type !== 'MarketIndex' && formality(f) > formality(entity.name)) entity.name = f;
    }
    for (const f of c.aliasesOnly ?? []) if (!entity.aliases.includes(f)) entity.aliases.push(f);
    for (const [k, v] of Object.entries(c.properties)) if (!(k in entity.properties)) entity.properties[k] = v;
    if (!existing) this.entities.set(id, entity);
  }

  /** A name the tagger called a place in one headline and a company elsewhere is the company. */
  private mergeMistypedPlaces(): void {
    const renamed = new Map<string, string>();
    for (const e of this.entities.values()) {
      if (e.type !== 'Location') continue;
      const companyId = 'company:' + e.id.slice('location:'.length);
      const company = this.entities.get(companyId);
      if (!company) continue;
      for (const a of e.aliases) if (!company.aliases.includes(a)) company.aliases.push(a);
      renamed.set(e.id, companyId);
      this.entities.delete(e.id);
    }
    if (renamed.size === 0) return;
    const relations = [...this.relations.values()];
    this.relations.clear();
    for (const r of relations) {
      r.source = renamed.get(r.source) ?? r.source;
      r.target = renamed.get(r.target) ?? r.target;
      if (r.source === r.target) continue;
      if (SYMMETRIC_RELATIONS.has(r.type) && r.source > r.target) [r.source, r.target] = [r.target, r.source];
      const key = `${r.type}|${r.source}|${r.target}`;
      const existing = this.relations.get(key);
      if (!existing) this.relations.set(key, r);
      else existing.evidence.push(...r.evidence.filter((e) => !existing.evidence.some((x) => x.documentId === e.documentId && x.start === e.start)));
    }
  }

  result(): { entities: ExtractedEntity[]; relations: ExtractedRelation[] } {
    this.mergeMistypedPlaces();
    const entities = [...this.entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const e of entities) e.aliases.sort();
    const relations = [...this.relations.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
    return { entities, relations };
  }
}
