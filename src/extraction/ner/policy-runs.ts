import { isCorporateHead } from '../corporate-heads.js';
import { isPublicBody } from '../organization-typing.js';
import { isPolicyModifier } from '../policy-mentions.js';
import type { NerSpan } from './recognise-mentions.js';
import { isCapitalised } from './token-features.js';

/**
 * "Tesla Benefits From EV Tax Credit Extension": in a title the tagger may take the capitalised words of a policy's
 * name for a company ("Credit Extension"). A name run that holds a policy's head ("Tax Credit", "Subsidies", "Tariffs",
 * "Sanctions" …) names the policy, not a company: a span starting inside it is dropped, one running into it ends
 * before it ("Kelvoran Subsidies"). A body named for its policy ("the Tariff Commission") keeps its name.
 */

// Heads that name a measure of government and never a company.
const POLICY_HEADS = new Set(['subsidy', 'subsidies', 'stimulus', 'incentives', 'rebates', 'sanctions', 'tariff', 'tariffs', 'embargo', 'embargoes', 'quotas']);
// How far back a title run may reach for the head's first words ("EV Tax Credit Extension").
const RUN_BACK = 3;

/** Length of the policy head starting at k (0 when none): "Tax Credit(s)" is two words. */
function headAt(words: readonly string[], k: number): number {
  const lower = words[k]!.toLowerCase();
  if (POLICY_HEADS.has(lower)) return 1;
  if (lower === 'tax' && /^credits?$/i.test(words[k + 1] ?? '')) return 2;
  return 0;
}

/** Applies the rule above to the organisation spans of one sentence. */
export function cutPolicyRuns(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    const last = words[span.end - 1]!.toLowerCase();
    if (span.label !== 'ORG' || isCorporateHead(last) || isPublicBody(last)) {
      out.push(span);
      continue;
    }
    let from = span.start;
    while (from > 0 && span.start - from < RUN_BACK && isCapitalised(words[from - 1]!)) from--;
    let head = -1;
    for (let k = from; k < span.end && head < 0; k++) if (headAt(words, k) > 0 && k + headAt(words, k) > span.start) head = k;
    // "Beijing Extends Trade-In Subsidies": words that only describe the policy before its head name no company.
    const describing = (end: number) => words.slice(span.start, end).every((w) => isPolicyModifier(w.toLowerCase()));
    if (head < 0 && span.end < words.length && headAt(words, span.end) > 0 && describing(span.end)) continue;
    if (head < 0) out.push(span);
    else if (head > span.start && !describing(head)) out.push({ ...span, end: head });
  }
  return out;
}
