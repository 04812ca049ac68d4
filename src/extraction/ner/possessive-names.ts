import type { NerSpan } from './recognise-mentions.js';
import { readByStart } from './span-order.js';

/**
 * Names of membership bodies written with their members' possessive inside: "the Harbour Pilots ' Association", "the
 * Kelvoria Savers ' Federation", "Orvane 's Media Law Institute". The tagger stops at the apostrophe and takes the two
 * halves for two names; they are one when the first is an organisation's and the second is closed by a body's head (an
 * association or institute belongs to the members named before it). Heads a company may own under its own name ("X 's
 * Quantum Fund", "X 's Union mine") or a person may lead ("X 's Party") are left apart.
 */

const POSSESSIVES = new Set(["'s", '’s', "'", '’']);
// Heads of the names of membership bodies, written after their members' possessive.
const BODY_HEADS = new Set(['Association', 'Associations', 'Organisation', 'Organization', 'Institute', 'Federation', 'League', 'Society', 'Guild', 'Alliance']);

/** Joins the halves of such names (see above). */
export function joinPossessiveNames(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  const sorted = readByStart(spans);
  const out: NerSpan[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const own = sorted[k]!;
    const next = sorted[k + 1];
    if (own.label === 'ORG' && POSSESSIVES.has(words[own.end] ?? '') && next?.start === own.end + 1 && next.label !== 'LOC' && BODY_HEADS.has(words[next.end - 1]!)) {
      out.push({ ...own, end: next.end });
      k++;
    } else out.push(own);
  }
  return out;
}
