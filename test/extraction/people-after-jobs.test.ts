import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';
import { defaultNerModel } from '../../src/extraction/ner/default-model.js';
import { peopleAfterJobs } from '../../src/extraction/ner/people-after-jobs.js';
import { markedSpans, spanLabels } from './harness.js';

const relabel = (text: string) => {
  const { words, spans } = markedSpans(text);
  return spanLabels(words, peopleAfterJobs(defaultNerModel(), words, false, spans));
};

describe('people named right after their job', () => {
  it.each([
    ['an economist whose names are companies\' too', 'Kestrel Bank economist [ORG Dana Price ] said so', ['PER:Dana Price']],
    ['a chief executive with an initial', 'chief executive [ORG Dana J. Price ] left', ['PER:Dana J. Price']],
    ['a company after a job', 'analyst [ORG Dana Industries ] rose', ['ORG:Dana Industries']],
    ['three words with no initial', 'director [ORG Morgan Stanley International ] said', ['ORG:Morgan Stanley International']],
    ['the lead manager of a bond issue is a bank', 'lead manager [ORG Morgan Stanley ] said', ['ORG:Morgan Stanley']],
    ['a name after no job', 'shares of [ORG Dana Price ] fell', ['ORG:Dana Price']],
  ] as [string, string, string[]][])('%s', (_name, text, expected) => {
    expect(relabel(text)).toEqual(expected);
  });
  it('makes the holder a person across the story', () => {
    const { sentences } = analyseDocument({ id: 'd', kind: 'article', text: 'Kestrel Bank economist Dana Price said so . Dana Price added that growth would slow .' });
    expect(sentences.flatMap((s) => s.mentions.map((m) => m.cluster.type))).toEqual(['Company', 'Person', 'Person']);
  });
});
