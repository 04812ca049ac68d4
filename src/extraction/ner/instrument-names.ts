import type { NerSpan } from './recognise-mentions.js';

/**
 * Laws, treaties, agreements and schemes, which news capitalises like the bodies behind them: "the Clean Water Act",
 * "the Harbour Accord", "the Savings Certificate scheme". They are things (MISC), no company, body or person.
 */

// Last words of the names of laws and instruments. ("Review" and "Report" also close names of publications, "Survey"
// of public bodies such as a geological survey, "Partnership" of firms: none of those is here.)
const INSTRUMENT_HEADS = new Set(['Act', 'Acts', 'Bill', 'Treaty', 'Accord', 'Accords', 'Agreement', 'Clause', 'Package', 'Scheme', 'Certificate', 'Agenda', 'Amendment', 'Protocol', 'Convention']);
// Heads the tagger leaves out of the name before them: "the Homebuyers Relief [Act]".
const TRAILING_HEADS = new Set(['Act', 'Bill', 'Treaty', 'Accord', 'Agreement', 'Amendment']);

/** Is this span the name of a law or instrument: closed by one of their heads, or right before one? */
export function isInstrumentName(words: readonly string[], span: NerSpan): boolean {
  if (span.end - span.start > 1 && INSTRUMENT_HEADS.has(words[span.end - 1]!)) return true;
  return TRAILING_HEADS.has(words[span.end] ?? '');
}
