import { knowsWordAs, type NerModel } from './perceptron-tagger.js';
import type { NerSpan } from './recognise-mentions.js';
import { isWellKnownPlace } from './well-known-places.js';

/**
 * "The Kelso Ledger has a disclosure policy", "The Orvane Fund owns shares of …": a name written after "the" that owns,
 * recommends or reports is an organisation. People are not written with "the" (bar families and titles, "the
 * Kennedys"), and a place neither owns nor recommends; a country written with "the" ("the Netherlands has …") is left alone.
 */

// What an organisation does that a place never does: own, recommend, report, announce.
const AGENT_VERBS = new Set(['has', 'had', 'owns', 'owned', 'recommends', 'recommended', 'said', 'says', 'announced', 'announces', 'reported', 'reports', 'expects', 'plans', 'declined', 'agreed']);

/** Relabels such spans as organisations (see above). */
export function agentsAfterThe(model: NerModel, words: readonly string[], spans: NerSpan[]): NerSpan[] {
  for (const span of spans) {
    if ((span.label !== 'PER' && span.label !== 'LOC') || !/^the$/i.test(words[span.start - 1] ?? '')) continue;
    const text = words.slice(span.start, span.end).join(' ');
    if (!AGENT_VERBS.has(words[span.end] ?? '') || isWellKnownPlace(text) || /s$/.test(text)) continue;
    const place = model.places.has(text.toLowerCase()) || words.slice(span.start, span.end).some((w) => knowsWordAs(model, w.toLowerCase(), 'LOC'));
    if (place) continue;
    span.label = 'ORG';
  }
  return spans;
}
