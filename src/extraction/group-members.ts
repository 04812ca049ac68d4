import type { NameSpan } from './analysis-types.js';
import { STOCK_WORDS } from './plain-words.js';
import { companyKeyWords, isLegalSuffix } from './name-normalisation.js';

/**
 * "Velmar said it would buy the rest of Velmar Industries", "Velmar Industries said it owns 40 pct of Velmar": a short
 * name that, opening a sentence, buys a stake in the longer name it leads (or is bought by it) is another company of
 * the group, not the longer one's short form (whereas "Ford" beside "Ford Motor Co" is one company).
 */

// The word before a name that the sentence's subject buys or holds a part of: "to buy Velmar Industries".
const OWNED_AFTER = new Set(['buy', 'buys', 'bought', 'buying', 'acquire', 'acquires', 'acquired', 'acquiring', 'purchase', 'purchased']);
// Two words before such a name: "a stake in", "40 pct of", "a bid for".
const OWNED_AFTER_PAIRS = new Set([
  'stake in', 'interest in', 'holding in', 'shareholding in', 'pct of', 'percent of', '% of', 'rest of', 'remainder of',
  'control of', 'bid for', 'offer for',
]);
// What follows a name that is no company bought but its stock or something it owns: "to buy Velmar common".
const OWNED_THINGS = new Set([...STOCK_WORDS, 'common', 'preferred', "'s", '’s']);

function ownedAt(lower: readonly string[], start: number): boolean {
  if (start === 0) return false;
  return OWNED_AFTER.has(lower[start - 1]!) || (start > 1 && OWNED_AFTER_PAIRS.has(lower[start - 2] + ' ' + lower[start - 1]));
}

const CAPITALISED = /^\p{Lu}/u;

/** "Velmar said", "<Velmar Industries Inc> said", "The Velmar Co said": the name opens its sentence. */
const opensSentence = (lower: readonly string[], n: NameSpan) => lower.slice(0, n.start).every((w) => w === 'the' || w === '<' || w === '"');

/**
 * For each key (words joined by spaces) of a short company name of the story, the keys of the longer names it leads
 * that name another company of the group: "velmar" → {"velmar industries"}.
 */
export function groupMemberNames(names: readonly NameSpan[], sentenceOf: (sentence: number) => { words: readonly string[]; lower: readonly string[] }): Map<string, Set<string>> {
  const separate = new Map<string, Set<string>>();
  const bySentence = new Map<number, NameSpan[]>();
  for (const n of names) {
    if (n.type !== 'Company' && n.type !== 'Organization') continue;
    const list = bySentence.get(n.sentence);
    if (list) list.push(n);
    else bySentence.set(n.sentence, [n]);
  }
  for (const [sentence, orgs] of bySentence) if (orgs.length > 1) markSentence(orgs, sentenceOf(sentence), separate);
  if (separate.size > 0) dropSharedNames(names, separate);
  return separate;
}

function markSentence(orgs: readonly NameSpan[], { words, lower }: { words: readonly string[]; lower: readonly string[] }, separate: Map<string, Set<string>>): void {
  // "Velmar's Velmar Industries": the short name owns the longer one ("Velmar's Velmar Venture Partners", where the
  // name read stops before more capitalised words, may be cut from the parent's own).
  for (const a of orgs) {
    if (lower[a.end] !== "'s" && lower[a.end] !== '’s') continue;
    const b = orgs.find((o) => o.start === a.end + 1);
    if (!b || CAPITALISED.test(words[b.end] ?? '')) continue;
    const owner = companyKeyWords(a.text);
    const owned = companyKeyWords(b.text);
    if (owner.length < owned.length) markPair(owner, owned, separate);
  }
  const first = orgs.reduce((a, b) => (b.start < a.start ? b : a));
  if (!opensSentence(lower, first)) return;
  const firstKey = companyKeyWords(first.text);
  // The name the subject buys: the next company named, with no other before it.
  const second = orgs.filter((o) => o.start >= first.end).reduce<NameSpan | undefined>((a, b) => (!a || b.start < a.start ? b : a), undefined);
  if (!second || !ownedAt(lower, second.start) || OWNED_THINGS.has(lower[second.end] ?? '')) return;
  markPair(firstKey, companyKeyWords(second.text), separate);
}

/** Files the shorter of two keys, when it leads the longer, as another company than the longer. */
function markPair(a: readonly string[], b: readonly string[], separate: Map<string, Set<string>>): void {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length === long.length || !short.every((w, k) => long[k] === w)) return;
  const key = short.join(' ');
  let longer = separate.get(key);
  if (!longer) separate.set(key, (longer = new Set()));
  longer.add(long.join(' '));
}

/**
 * "Velmar Airlines Corp" and its unit "Velmar Airlines Ltd": a longer name the story writes with two legal forms names
 * the parent too, which its short name stands for.
 */
function dropSharedNames(names: readonly NameSpan[], separate: Map<string, Set<string>>): void {
  const forms = new Map<string, Set<string>>();
  for (const n of names) {
    const last = n.text.slice(n.text.lastIndexOf(' ') + 1);
    if (!isLegalSuffix(last)) continue;
    const key = companyKeyWords(n.text).join(' ');
    let set = forms.get(key);
    if (!set) forms.set(key, (set = new Set()));
    set.add(last.replace(/[.,]$/, '').toLowerCase());
  }
  for (const [short, longer] of separate) {
    for (const long of longer) if ((forms.get(long)?.size ?? 0) > 1) longer.delete(long);
    if (longer.size === 0) separate.delete(short);
  }
}
