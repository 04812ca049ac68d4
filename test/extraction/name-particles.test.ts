import { describe, expect, it } from 'vitest';
import { joinNameParticles } from '../../src/extraction/ner/name-particles.js';
import type { NerLabel, NerSpan } from '../../src/extraction/ner/recognise-mentions.js';

/** Spans written as [label words] in an invented sentence; returns the joined spans the same way. */
function join(text: string): string {
  const words: string[] = [];
  const spans: NerSpan[] = [];
  let open: NerSpan | undefined;
  for (const tok of text.split(' ')) {
    if (tok.startsWith('[')) open = { sentence: 0, start: words.length, end: words.length, label: tok.slice(1) as NerLabel };
    else if (tok === ']' && open) (open.end = words.length), spans.push(open), (open = undefined);
    else words.push(tok);
  }
  return joinNameParticles(words, spans)
    .map((s) => `${s.label}:${words.slice(s.start, s.end).join(' ')}`)
    .join(' | ');
}

describe('names with particles', () => {
  it.each([
    ['a name split at its particles', 'coach [PER Piet ] van der [PER Merwe ] said', 'PER:Piet van der Merwe'],
    ['a surname after a particle the tagger left out', 'minister [PER Kasa ] wa Lunda spoke', 'PER:Kasa wa Lunda'],
    ['a name ended on a capitalised particle', 'keeper [ORG Jan De ] [PER Smet ] saved', 'PER:Jan De Smet'],
    ['two bodies joined by "de"', 'the [ORG Banco ] de [ORG Chile ] rose', 'ORG:Banco | ORG:Chile'],
    ['a person before a lower-case word', 'the [PER Piet ] van was red', 'PER:Piet'],
  ])('%s', (_name, text, expected) => {
    expect(join(text)).toBe(expected);
  });
});
