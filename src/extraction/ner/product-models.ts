import { isListedCompanyWord } from './company-gazetteer.js';
import type { NerSpan } from './recognise-mentions.js';

// A model's code after its maker's name: "X6", "Q7", "A320", "F-150", "737" (not a year: "Orvane 2024").
const MODEL_CODE = /^(?:\p{Lu}{1,3}-?\d{1,4}\p{L}{0,2}|[1-9]\d{2})$/u;

/**
 * "the Audi Q7", "an Airbus A320": a maker's one-word name and a model's code make the name of a product, not of a
 * company; the span becomes a thing (MISC).
 */
export function markProductModels(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  for (const sp of spans) {
    // (Only the maker's one word: "Harlow Air Lines DC-9" is an airline's plane, and names the airline.)
    if (sp.label === 'ORG' && sp.end - sp.start === 2 && MODEL_CODE.test(words[sp.start + 1]!) && isListedCompanyWord(words[sp.start]!)) sp.label = 'MISC';
  }
  return spans;
}
