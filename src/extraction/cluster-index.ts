import type { Cluster } from './analysis-types.js';
import { companyKeyWords, nameWords } from './name-normalisation.js';
import type { EntityType } from './types.js';

export const isOrg = (t: EntityType) => t === 'Company' || t === 'Organization';

/** The entities of one document, found by name: exact key, unique leading part, or a person's first or last name. */
export class ClusterIndex {
  readonly clusters: Cluster[] = [];
  // Lookups by group ("org" for companies and bodies) + key, so long documents stay linear.
  private readonly exact = new Map<string, Cluster>();
  private readonly byPrefix = new Map<string, Set<Cluster>>();
  private readonly byNamePart = new Map<string, Set<Cluster>>();

  /** Finds the cluster a name belongs to within this document, or makes one. */
  resolve(type: EntityType, text: string, sentence: number): Cluster {
    const key = type === 'Company' || type === 'Organization' ? companyKeyWords(text) : nameWords(text);
    const group = isOrg(type) ? 'org' : type;
    let match = this.exact.get(group + '|' + key.join(' '));
    if (!match && group === 'org') {
      // "Great Wall" after "Great Wall Motor Co Ltd": a unique prefix is the same company.
      const prefixed = this.byPrefix.get(group + '|' + key.join(' '));
      if (prefixed?.size === 1) match = [...prefixed][0];
    }
    if (!match && type === 'Person' && key.length === 1) {
      const named = this.byNamePart.get(key[0]!);
      if (named?.size === 1) match = [...named][0];
    }
    if (match) {
      if (!match.surfaceForms.includes(text)) match.surfaceForms.push(text);
      if (key.length > match.keyWords.length) {
        match.keyWords = key;
        this.register(match, group);
      }
      match.mentions++;
      return match;
    }
    const cluster: Cluster = { type, surfaceForms: [text], keyWords: key, properties: {}, mentions: 1, firstSentence: sentence };
    this.clusters.push(cluster);
    this.register(cluster, group);
    return cluster;
  }

  private register(c: Cluster, group: string): void {
    const key = c.keyWords;
    this.exact.set(group + '|' + key.join(' '), c);
    for (let k = 1; k < key.length; k++) {
      const p = group + '|' + key.slice(0, k).join(' ');
      let set = this.byPrefix.get(p);
      if (!set) this.byPrefix.set(p, (set = new Set()));
      set.add(c);
    }
    if (group === 'Person' && key.length > 1) {
      for (const part of [key[0]!, key[key.length - 1]!]) {
        let set = this.byNamePart.get(part);
        if (!set) this.byNamePart.set(part, (set = new Set()));
        set.add(c);
      }
    }
  }
}
