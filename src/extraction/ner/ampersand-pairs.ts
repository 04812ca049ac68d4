import { isCorporateHead } from '../corporate-heads.js';
import { isTitleCased } from './title-runs.js';
import { isListedCompanyWord } from './company-gazetteer.js';
import type { NerModel } from './perceptron-tagger.js';
import type { NerSpan } from './recognise-mentions.js';

/**
 * "Will The Q&R Time Warner Deal Close": in a title the tagger runs a company named by ampersand initials into the name
 * of the company after it. Initials like "Q&R" are a whole name; two company-list words after them, the second no
 * everyday word nor a company's head ("Time Warner", not "Q&R Global Bank"), are a second company, unless a head word
 * follows them that would make one longer name ("S&P Dow Jones Indices").
 */

// An index maker's name runs on into its indices' ("S&P Dow Jones Indices").
const INDEX_HEADS = new Set(['Index', 'Indices', 'Indexes']);
const AMPERSAND_INITIALS = /^\p{Lu}{1,3}&\p{Lu}{1,3}$/u;

function opensSecondCompany(model: NerModel, words: readonly string[], k: number, end: number): boolean {
  if (k + 2 > end) return false;
  const first = words[k]!;
  const second = words[k + 1]!;
  if (!isListedCompanyWord(first) || !isListedCompanyWord(second)) return false;
  const lower = second.toLowerCase();
  if (model.commonLower.has(lower) || isCorporateHead(lower)) return false;
  const after = words[k + 2];
  return after === undefined || k + 2 >= end || !(isCorporateHead(after.toLowerCase()) || INDEX_HEADS.has(after));
}

/** Splits such spans of a title after the initials. */
export function splitAmpersandPairs(model: NerModel, words: readonly string[], title: boolean, spans: NerSpan[]): NerSpan[] {
  if (!title && !isTitleCased(words)) return spans;
  const out: NerSpan[] = [];
  for (const span of spans) {
    let at = -1;
    for (let k = span.start; k + 2 < span.end + 1 && at < 0; k++) if (AMPERSAND_INITIALS.test(words[k]!) && opensSecondCompany(model, words, k + 1, span.end)) at = k;
    if (span.label !== 'ORG' || at < 0) {
      out.push(span);
      continue;
    }
    if (at > span.start) out.push({ ...span, end: at });
    out.push({ ...span, start: at, end: at + 1 }, { ...span, start: at + 1 });
  }
  return out;
}
