import type { AnalysedSentence, Cluster } from './analysis-types.js';
import { isPublication } from './organization-typing.js';
import { endsWithLegalSuffix } from './name-normalisation.js';

// Words after a newspaper that cite it: "the Kelvoran Times reported".
const CITED_BEFORE = new Set(['reported', 'reports', 'said', 'says', 'wrote', 'quoted', 'cited', 'added']);
// Words before a newspaper that cite it: "told the Kelvoran Times", "a report in the Kelvoran Times".
const CITED_AFTER = new Set(['told', 'to', 'in', 'by']);

/**
 * The newspapers of a story that tell its news ("The Telegraph reported", "told the Financial Times"): organisations, not
 * companies; one the story never cites, bought or sold ("Hearst is buying the Houston Chronicle"), stays a company, as
 * does one written with its publisher's legal form ("New York Times Co").
 */
export function citedNewspapers(sentences: readonly AnalysedSentence[]): Set<Cluster> {
  const cited = new Set<Cluster>();
  // (Whether a cluster is a newspaper, judged once: stories repeat their names.)
  const newspaper = new Map<Cluster, boolean>();
  const isNewspaper = (c: Cluster) => {
    let known = newspaper.get(c);
    if (known === undefined) newspaper.set(c, (known = (c.type === 'Company' || c.type === 'Organization') && c.surfaceForms.some(isPublication) && !c.surfaceForms.some(endsWithLegalSuffix)));
    return known;
  };
  for (const s of sentences) {
    for (const m of s.mentions) {
      const c = m.cluster;
      if (cited.has(c) || !isNewspaper(c)) continue;
      const before = s.lower[m.start - 1] === 'the' ? s.lower[m.start - 2] : s.lower[m.start - 1];
      if (CITED_BEFORE.has(s.lower[m.end] ?? '') || CITED_AFTER.has(before ?? '') || (before === 'to' && s.lower[m.start - 3] === 'according')) cited.add(c);
    }
  }
  return cited;
}
