import type { AnalysedSentence, Cluster } from './analysis-types.js';
import { isOrg, type ClusterIndex } from './cluster-index.js';

/**
 * "Foxconn, formally Hon Hai Precision Industry Co Ltd", "Alphabet Inc, Google's parent" is no such thing; "Meta
 * Platforms, formerly known as Facebook", "Hon Hai Precision Industry, known as Foxconn": a company's name set off by a
 * word saying it is another name of the same company is one entity with it, keyed by the everyday name ("Foxconn"
 * before "formally", after "known as") or the current one (before "formerly"; the former stays an alias only).
 */

// Words between the two names, the second of which is the formal name: the first is kept.
const SECOND_IS_FORMAL = [['formally'], ['officially'], ['legally']];
// Words between the two names, the second of which is a former name: the first is kept, and named by.
const SECOND_IS_FORMER = [['formerly'], ['formerly', 'known', 'as'], ['previously', 'known', 'as'], ['formerly', 'called'], ['formerly', 'named']];
// Words between the two names, the second of which is the everyday name: the second is kept.
const SECOND_IS_KEPT = [['known', 'as'], ['also', 'known', 'as'], ['better', 'known', 'as'], ['trading', 'as'], ['which', 'trades', 'as']];
const OPENERS = new Set([',', '(']);
// The second name closes the aside ("formerly Orvane's drill unit" names no company).
const CLOSERS = new Set([',', ')', '.', ';']);

/** Merges the clusters of names written as one company's two names, and moves their mentions. */
export function mergeAliasedNames(sentences: readonly AnalysedSentence[], index: ClusterIndex): void {
  const merged = new Map<Cluster, Cluster>();
  const former = new Set<Cluster>();
  for (const s of sentences) {
    const ms = s.mentions;
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = ms[i]!;
      const b = ms[i + 1]!;
      if (!isOrg(a.cluster.type) || !isOrg(b.cluster.type) || a.cluster === b.cluster || !OPENERS.has(s.lower[a.end] ?? '') || !CLOSERS.has(s.lower[b.end] ?? '.')) continue;
      const between = s.lower.slice(a.end + 1, b.start);
      const joined = (list: string[][]) => list.some((w) => w.length === between.length && w.every((x, j) => between[j] === x));
      if (joined(SECOND_IS_FORMAL)) merged.set(b.cluster, a.cluster);
      else if (joined(SECOND_IS_FORMER)) {
        merged.set(b.cluster, a.cluster);
        former.add(b.cluster);
      } else if (joined(SECOND_IS_KEPT)) merged.set(a.cluster, b.cluster);
    }
  }
  if (merged.size === 0) return;
  const final = (c: Cluster): Cluster => (merged.has(c) ? final(merged.get(c)!) : c);
  for (const [from] of merged) {
    const into = final(from);
    if (into !== from) index.merge(from, into, former.has(from));
  }
  for (const s of sentences) for (const m of s.mentions) m.cluster = final(m.cluster);
}
