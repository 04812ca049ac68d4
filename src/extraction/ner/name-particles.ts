import type { NerSpan } from './recognise-mentions.js';
import { isCapitalised } from './token-features.js';

/** Particles inside personal names: "Piet van der Merwe", "Jan De Smet", "Kasa wa Lunda". */

const PARTICLES = new Set(['van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'von', 'zu', 'la', 'le', 'wa', 'bin', 'ibn', 'al', 'el', 'ter', 'ten']);
const MAX_PARTICLES = 3;

/** "van", "De", "wa": a particle of a personal name, in lower case or capitalised. */
// (Particles are of two to five ASCII letters, which lower-casing keeps: other lengths are passed over first.)
export const isNameParticle = (w: string) => w.length >= 2 && w.length <= 5 && PARTICLES.has(w.toLowerCase()) && (w === w.toLowerCase() || /^\p{Lu}\p{Ll}+$/u.test(w));

/**
 * Joins a person's name the tagger split at its particles ("Piet" … "Merwe"), or ended on one ("Jan De" …
 * "Smet"), into one person. One side must be a person; the spans are changed in place and the joined ones emptied.
 */
export function joinNameParticles(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  if (spans.length === 0) return spans;
  // The span starting at each token (the last so found), read only where a particle joins something: most sentences have none.
  let byStart: Map<number, NerSpan> | undefined;
  for (const a of spans) {
    if (a.end <= a.start) continue;
    let j = a.end;
    while (j < words.length && j - a.end < MAX_PARTICLES && isNameParticle(words[j]!)) j++;
    const endsOnParticle = a.end - a.start > 1 && isNameParticle(words[a.end - 1]!) && /^\p{Lu}/u.test(words[a.end - 1]!);
    if (j === a.end && !endsOnParticle) continue;
    const next = words[j];
    if (next === undefined || !isCapitalised(next) || isNameParticle(next)) continue;
    if (!byStart) {
      byStart = new Map<number, NerSpan>();
      for (const sp of spans) byStart.set(sp.start, sp);
    }
    const b = byStart.get(j);
    if (b && b.end <= b.start) continue;
    if (a.label !== 'PER' && b?.label !== 'PER') continue;
    a.end = b ? b.end : j + 1;
    a.label = 'PER';
    if (b) b.end = b.start;
  }
  return spans.filter((sp) => sp.end > sp.start);
}
