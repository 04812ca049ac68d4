import { isLegalSuffix } from '../name-normalisation.js';
import type { NerSpan } from './recognise-mentions.js';

/**
 * "Arm" of "Arm Holdings Plc", "Target" of "Target Corp": the one word of a company's name before its legal form, which
 * the story writes alone for the company, everyday word as it may be ("SoftBank owns 90 % of Arm").
 */
export function soleWordOfName(words: readonly string[], span: NerSpan): string | undefined {
  if (span.label !== 'ORG' || span.end - span.start < 2) return undefined;
  for (let k = span.start + 1; k < span.end; k++) if (!isLegalSuffix(words[k]!)) return undefined;
  const word = words[span.start]!;
  return /^\p{Lu}\p{L}+$/u.test(word) ? word : undefined;
}
