import type { AnalysedSentence, Mention } from './analysis-types.js';
import type { ClusterIndex } from './cluster-index.js';
import { isLegalSuffix } from './name-normalisation.js';
import { isListedCompanyWord } from './ner/company-gazetteer.js';
import { isEverydayWord } from './ner/everyday-words.js';
import type { NerModel } from './ner/perceptron-tagger.js';
import { isPlainWord } from './plain-words.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

// Nouns a product's name follows: "its weight-loss drug Slimora", "the electric SUV Vexa".
export const PRODUCT_NOUNS = new Set(
  (
    'drug drugs medicine medication vaccine treatment therapy pill smartphone phone handset tablet laptop app chatbot chip processor ' +
    'console headset car sedan suv pickup truck jet jetliner aircraft plane airliner software platform device'
  ).split(' '),
);
const PRODUCT_TRIGGERS = triggerClass(PRODUCT_NOUNS);
const MAX_NAME_WORDS = 2;

/** The index after a product name starting at `k`: capitalised words that are no ordinary words, or `k` when there are none. */
function productNameEnd(s: AnalysedSentence, k: number, model: NerModel): number {
  let end = k;
  while (end < s.tokens.length && end - k < MAX_NAME_WORDS && /^\p{Lu}[\p{L}\d-]*$|^\p{Ll}+\p{Lu}[\p{L}\d-]*$/u.test(s.tokens[end]!.text)) {
    const w = s.lower[end]!;
    if (isPlainWord(model, w) || isEverydayWord(w)) break;
    end++;
  }
  return end;
}

/**
 * "its weight-loss drug Slimora", "the Vexa SUV"… : a name right after a kind of product is that product, whatever
 * the tagger made of it (a place, a person or nothing), unless it is a company of the story.
 */
export function addProducts(sentences: AnalysedSentence[], index: ClusterIndex, model: NerModel): void {
  for (const s of sentences) {
    if (s.caseless || !mayTrigger(s, PRODUCT_TRIGGERS)) continue;
    for (let i = 1; i < s.tokens.length - 1; i++) {
      // Written in small letters: "Food and Drug Administration" names no drug.
      if (!PRODUCT_NOUNS.has(s.lower[i]!) || s.tokens[i]!.text !== s.lower[i]) continue;
      const start = i + 1;
      const end = productNameEnd(s, start, model);
      if (end === start) continue;
      const taken = s.mentions.filter((m) => m.start < end && start < m.end);
      // A place may be a product's name; a person only when no word of the name is a listed personal name; a company
      // only when the story names it nowhere else and no list or suffix makes it one.
      const personal = s.lower.slice(start, end).some((w) => model.lexicon(w).includes('pn'));
      const mistyped = (m: Mention) =>
        m.cluster.type === 'Location' ||
        (m.cluster.type === 'Person' && !personal) ||
        (m.cluster.type === 'Company' && m.cluster.mentions === 1 && !s.tokens.slice(start, end).some((t) => isListedCompanyWord(t.text) || isLegalSuffix(t.text)));
      if (!taken.every(mistyped)) continue;
      if (taken.some((m) => m.start !== start || m.end !== end)) continue;
      // One sense per story: the place or person the tagger saw is the product everywhere in it.
      if (taken.length > 0) {
        for (const m of taken) m.cluster.type = 'Product';
        continue;
      }
      const text = s.text.slice(s.tokens[start]!.start - s.start, s.tokens[end - 1]!.end - s.start);
      s.mentions.push({ cluster: index.resolve('Product', text, s.index), start, end, anaphoric: false });
    }
  }
}
