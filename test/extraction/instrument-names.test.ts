import { describe, expect, it } from 'vitest';
import { isInstrumentName } from '../../src/extraction/ner/instrument-names.js';

/** The span is the words between [ and ] of an invented sentence. */
function check(text: string): boolean {
  const words = text.split(' ');
  const start = words.indexOf('[');
  const end = words.indexOf(']');
  const rest = [...words.slice(0, start), ...words.slice(start + 1, end), ...words.slice(end + 1)];
  return isInstrumentName(rest, { sentence: 0, start, end: end - 1, label: 'ORG' });
}

describe('names of laws and instruments', () => {
  it.each([
    ['a name closed by "Act"', 'the [ Harbour Pilots Relief Act ] passed', true],
    ['a name before the "Act" the tagger left out', 'a vote on the [ Harbour Pilots Relief ] Act , due on Friday', true],
    ['a treaty', 'signed the [ Kelvoria Water Treaty ] in May', true],
    ['a savings scheme', 'the [ Senior Savings Scheme ] pays 8 %', true],
    ['a constitutional clause', 'may violate the [ Commerce Clause ] , lawyers said', true],
    ['a body with its own head', 'the [ Kelvoria Water Board ] said on Monday', false],
    ['a publication closed by "Review"', 'told the [ Kelvoria Financial Review ] last week', false],
    ['a public body closed by "Survey"', 'the [ Kelvoria Geological Survey ] said', false],
    ['a one-word name that is a head', 'the [ Act ] was passed', false],
    ['a company before a lower-case act', 'said [ Orvane ] acted quickly', false],
  ])('%s', (_name, text, expected) => {
    expect(check(text)).toBe(expected);
  });
});
