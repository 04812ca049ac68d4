import { isCorporateHead } from '../corporate-heads.js';
import { isLegalSuffix } from '../name-normalisation.js';
import { isDictionaryWord } from './everyday-words.js';
import { isGivenNameWord, type NerModel } from './perceptron-tagger.js';
import type { NerLabel, NerSpan } from './recognise-mentions.js';

/**
 * "Media Contact : Kestrel Labs Dana Whitlow , 555-0100", "images on Flickr Dana Okonkwo": a company the story names
 * alone, run into a person's name of a given name (of the name list, no company list's) and a surname no dictionary
 * has, is two names, whatever the tagger took the run for. Shortens the span to the company and returns the person.
 */
export function personAfterKnownCompany(model: NerModel, words: readonly string[], span: NerSpan, best: ReadonlyMap<string, NerLabel>, seenAlone: ReadonlyMap<string, number>): NerSpan | undefined {
  const given = span.end - 2;
  if (span.label === 'PER' || given <= span.start || !isGivenNameWord(model, words[given]!)) return undefined;
  // The surname: a capitalised word no dictionary has ("Corning Glass Works", "Fund Cap My suggestion" are no names).
  const surname = words[given + 1]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(surname) || isDictionaryWord(surname.toLowerCase())) return undefined;
  // "Kinross Mines Ltd", "Duquesne Light Co": a company's head or legal form closes the company's own name.
  if ([words[given]!, surname].some((w) => isLegalSuffix(w) || isCorporateHead(w.toLowerCase()))) return undefined;
  const company = words.slice(span.start, given).join(' ');
  if (best.get(company) !== 'ORG' || (seenAlone.get(company) ?? 0) < 1) return undefined;
  span.end = given;
  span.label = 'ORG';
  return { sentence: span.sentence, start: given, end: given + 2, label: 'PER' };
}

