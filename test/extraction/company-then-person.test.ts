import { describe, expect, it } from 'vitest';
import { personAfterKnownCompany } from '../../src/extraction/ner/company-contacts.js';
import { defaultNerModel } from '../../src/extraction/ner/default-model.js';
import type { NerLabel } from '../../src/extraction/ner/recognise-mentions.js';
import { markedSpans, spanLabels } from './harness.js';

/** The spans after the split, the story naming `company` alone once as a company. */
const split = (text: string, company: string) => {
  const { words, spans } = markedSpans(text);
  const best = new Map<string, NerLabel>([[company, 'ORG']]);
  const person = personAfterKnownCompany(defaultNerModel(), words, spans[0]!, best, new Map([[company, 1]]));
  return spanLabels(words, person ? [...spans, person] : spans);
};

describe("a company the story names, run into a person's name", () => {
  it.each([
    ['a press contact', 'Contact : [ORG Zorvex Labs Kristin Okonkwo ] , 555-0100', 'Zorvex Labs', ['ORG:Zorvex Labs', 'PER:Kristin Okonkwo']],
    ['a run the tagger took for a place', 'images on [LOC Flickr Kristin Okonkwo ] , the archivist', 'Flickr', ['ORG:Flickr', 'PER:Kristin Okonkwo']],
    ['a company name closed by dictionary words', 'analysts like [ORG Harlow Glass Works ] today', 'Harlow', ['ORG:Harlow Glass Works']],
    ['a company name closed by a legal form', 'shares of [ORG Kinross Mines Ltd ] rose', 'Kinross', ['ORG:Kinross Mines Ltd']],
    ['a given name that is a company too', 'Contact : [ORG Zorvex Labs Dana Okonkwo ] , 555-0100', 'Zorvex Labs', ['ORG:Zorvex Labs Dana Okonkwo']],
    ['a company the story never names alone', 'Contact : [ORG Zorvex Labs Kristin Okonkwo ] , 555-0100', 'Zorvex', ['ORG:Zorvex Labs Kristin Okonkwo']],
  ] as [string, string, string, string[]][])('%s', (_name, text, company, expected) => {
    expect(split(text, company)).toEqual(expected);
  });
});
