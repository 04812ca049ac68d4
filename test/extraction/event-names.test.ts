import { describe, expect, it } from 'vitest';
import { isEventName } from '../../src/extraction/ner/event-names.js';

/** The span is the words between [ and ] of an invented sentence. */
function check(text: string): boolean {
  const words = text.split(' ');
  const start = words.indexOf('[');
  const end = words.indexOf(']');
  const rest = [...words.slice(0, start), ...words.slice(start + 1, end), ...words.slice(end + 1)];
  return isEventName(rest, { sentence: 0, start, end: end - 1, label: 'ORG' });
}

describe('event and honour names', () => {
  it.each([
    ['a name closed by an event word', 'won the [ Kestrel Design Award ] last year', true],
    ['a day', 'during [ World Oceans Day ] events', true],
    ['a name before an honour noun', 'the [ Varga ] awards were given', true],
    ['a name before its laureates', 'other [ Varga ] laureates spoke', true],
    ['a company that won an award', '[ Initech ] awarded the contract', false],
    ['a company before an award-winning product', 'the [ Globex ] award-winning app', false],
    ['a one-word name that is an event word', 'the [ Cup ] was full', false],
    ['a company whose name ends in another word', 'the [ Acme Day Spa ] opened', false],
    ['a summit', 'delegates flew in for the [ Harbour Growth Summit ] on Monday', true],
    ['a trade show', 'cars unveiled at the [ Velmar Motor Show ] this week', true],
    ['a company opening with a summit word', 'shares of [ Summit Kelvora Inc ] rose', false],
  ])('%s', (_name, text, expected) => {
    expect(check(text)).toBe(expected);
  });
});
