import { isCorporateHead } from '../corporate-heads.js';
import { knowsWordAs, type NerModel } from './perceptron-tagger.js';
import type { NerSpan } from './recognise-mentions.js';
import { isWellKnownPlace } from './well-known-places.js';

/**
 * "invested in Scale AI last month": a capitalised word inside a sentence before a company's head word written in
 * capitals ("AI") names a company, even an everyday word the tagger passed over, taking the head for a thing. Places
 * and peoples the tagger learnt ("China AI", "European AI") describe the head instead. Titles are left alone.
 */
export function capitalHeadNames(model: NerModel, words: readonly string[], title: boolean, spans: NerSpan[], sentence: number): NerSpan[] {
  if (title) return spans;
  let out = spans;
  for (let k = 2; k < words.length; k++) {
    const head = words[k]!;
    // Capitals of two letters or more, then the cheap set look-up: most words are neither.
    if (head.length < 2 || head.charCodeAt(1) < 65 || head.charCodeAt(1) > 90 || head !== head.toUpperCase() || !isCorporateHead(head.toLowerCase())) continue;
    const w = words[k - 1]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || /^\p{Lu}/u.test(words[k + 1] ?? 'x') || /^[\p{Lu}\d]/u.test(words[k - 2]!)) continue;
    const lower = w.toLowerCase();
    if (isWellKnownPlace(w) || model.places.has(lower) || knowsWordAs(model, lower, 'LOC') || knowsWordAs(model, lower, 'MISC') || knowsWordAs(model, lower, 'PER')) continue;
    // Only where the tagger named no more than the head as a thing.
    let free = true;
    for (const sp of out) if (sp.start <= k && k - 1 < sp.end && !(sp.label === 'MISC' && sp.start === k && sp.end === k + 1)) free = false;
    if (!free) continue;
    out = out.filter((sp) => sp.start !== k);
    out.push({ sentence, start: k - 1, end: k + 1, label: 'ORG' });
  }
  return out === spans ? spans : out.sort((a, b) => a.start - b.start);
}
