import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.js';

/** "name = aliases" of the story's companies. */
const companies = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === 'Company')
    .map((e) => `${e.name} = ${e.aliases.join(' | ')}`);

describe("the one word of a company's name before its legal form", () => {
  it('names the company alone, though an everyday word', () => {
    const text = 'Arm Holdings Plc shares jumped 8% after the deal with OpenAI and Oracle Corp. SoftBank owns about 90% of Arm.';
    expect(companies(text)).toContain('Arm Holdings Plc = Arm | Arm Holdings Plc');
  });
});
