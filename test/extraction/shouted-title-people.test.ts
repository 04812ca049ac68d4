import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** The types given to a name's mentions outside the first sentence (the title). */
function typesInProse(text: string, name: string): string[] {
  const [, ...prose] = analyseDocument({ id: 'd', kind: 'article', text }).sentences;
  return prose.flatMap((s) => s.mentions.filter((m) => !m.anaphoric && s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ') === name).map((m) => m.cluster.type));
}

describe('a person opening a title in capitals', () => {
  it('is no company in the prose, however the title was read', () => {
    const text = 'VARGOSZ SAYS FURTHER RATE CUT POSSIBLE\n\nCentral bank president Emil Vargosz said a further cut was possible . Vargosz said prices were stable .';
    expect(typesInProse(text, 'Vargosz')).toEqual(['Person']);
  });
  it('is no company when capitals run the name into the verb of a headline inside prose', () => {
    const text = '-- KOVALD TALKS EXCLUSIVELY TO THE HERALD : " A lot of people want this , " he said .\n\nKovald said he has the votes .';
    expect(typesInProse(text, 'Kovald')).toEqual(['Person']);
  });
});
