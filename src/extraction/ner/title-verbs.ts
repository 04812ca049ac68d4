import { DOWN_VERBS, UP_VERBS } from '../move-words.js';
import type { NerSpan } from './recognise-mentions.js';

/**
 * "Goldman Sachs Continues Retail Push", "Orvane Robotics Weighs Sale of Drone Unit": where a title writes every word
 * capitalised, the tagger, which leans on case, runs a company's name on over the title's verb and what follows it.
 * A verb of headlines in the third person ends the name; the words after it start a new run.
 */

// Third-person verbs of business headlines. Left out: forms that are also the last word of firms' or places' names
// ("Partners", "Works", "Falls", "Springs", "Lands", "Designs", "Studies", "Ships", "Drives", "Returns", "Reports",
// "Names", "Posts", "Teams", "Targets"), which a verb can still follow.
const TITLE_VERBS = new Set(
  (
    'acquires adds admits agrees aims allows announces apologises apologizes appoints approves assesses axes backs bans beats becomes begins bets blames ' +
    'awards blocks boosts bolsters braces breaks builds buys calls cancels challenges chooses clears climbs clinches closes commits ' +
    'completes confirms considers continues courts crosses cuts debates debuts defends delays delivers denies departs dies dips ditches ' +
    'doubles downgrades drops eases ends enters exits expands expects explores extends eyes faces files finalises finalizes fines ' +
    'forecasts fuels gains gets gives grabs grants halts hikes hires hits holds hopes hurts imposes inks introduces invests joins ' +
    'jumps launches lays leaves lifts loses lowers lures maintains makes misses moves mulls nabs nears negotiates offers ' +
    'opens outpaces overhauls overtakes passes pauses picks pledges plans plunges ponders postpones prepares probes promises ' +
    'proposes quits raises rallies ramps reaches readies rebounds rebrands recalls recovers reaffirms reiterates rejects revokes ' +
    'relaunches remains resigns renews reorganises reorganizes restructures resumes retires reveals reviews revives rises rolls ' +
    'scales scraps seals secures seeks sees selects sells sends sets settles sheds shifts shuts signs sinks slashes slides slips ' +
    'slows snaps soars sparks speeds spurs stalls starts stays steps strengthens strikes struggles submits sues surges ' +
    'takes taps tells threatens tightens tops trims triples tumbles unveils upgrades urges vows wants warns weighs widens wins woos'
  ).split(' '),
);

export function isTitleVerb(word: string): boolean {
  // An ASCII first letter is told by its code; anything else by the expression.
  const c = word.charCodeAt(0);
  if (c < 128 ? c < 65 || c > 90 : !/^\p{Lu}/u.test(word)) return false;
  return TITLE_VERBS.has(word.toLowerCase());
}

/**
 * Cuts each name span (a thing's only in a `title`: in prose "The Empire Strikes Back" is a film's) at the first title verb after its
 * first word (not a two-word span opening with a surname of the story; see below). The part before stays; the part after, often the verb's object ("Orvane Acquires Zephyr Adhesives"),
 * becomes a span of its own for the later rules to judge.
 */
export function cutAtTitleVerbs(words: readonly string[], spans: NerSpan[], isSurname: (word: string) => boolean = () => false, title = false): NerSpan[] {
  const out: NerSpan[] = [];
  for (const found of spans) {
    // "Unilever Completes Spin-Off of …": a span the tagger opened on a title's verb after the title's first word starts after it.
    const opensOnVerb = title && found.start > 0 && found.end - found.start > 1 && found.label !== 'PER' && isTitleVerb(words[found.start]!);
    const span = opensOnVerb ? { ...found, start: found.start + 1 } : found;
    let cut = -1;
    // "Harold Sells": a person's surname may be such a verb, so a person's name keeps its second word.
    const from = span.label === 'PER' ? span.start + 2 : span.start + 1;
    // "Whitcombe Bets On Asia" over a story naming Stuart Whitcombe: a verb after a person's surname alone is left to
    // the title rules, which make the surname the person's.
    const to = span.end - span.start === 2 && isSurname(words[span.start]!) ? span.end - 1 : span.end;
    if (span.label !== 'MISC' || title) for (let k = from; k < to && cut < 0; k++) if (isTitleVerb(words[k]!)) cut = k;
    // "Kestrel Shares Tumble After Trial Data Disappoints": in a title, the shares that moved and the move end the
    // name, and the preposition after them opens the reason, no name.
    let resume = cut + 1;
    if (title) {
      for (let k = span.start + 1; k < (cut < 0 ? span.end : cut) - 1; k++) {
        if (!STOCK.has(words[k]!) || !isMoveWord(words[k + 1]!)) continue;
        cut = k;
        resume = CAUSE_OPENERS.has(words[k + 2] ?? '') ? k + 3 : k + 2;
        break;
      }
    }
    if (cut < 0) {
      out.push(span);
      continue;
    }
    out.push({ ...span, end: cut });
    if (resume < span.end) out.push(...cutAtTitleVerbs(words, [{ ...span, start: resume }], isSurname, title));
  }
  return out;
}

const STOCK = new Set(['Shares', 'Stock', 'Stocks', 'SHARES', 'STOCK']);
const CAUSE_OPENERS = new Set(['After', 'On', 'As', 'Amid', 'Over', 'AFTER', 'ON', 'AS', 'AMID', 'OVER']);
const isMoveWord = (word: string) => /^\p{Lu}/u.test(word) && (UP_VERBS.has(word.toLowerCase()) || DOWN_VERBS.has(word.toLowerCase()));

const HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.']);

/**
 * The words the story writes as a person's surname: after an honorific ("Mr Whitcombe") or after a given name
 * (`isGivenName`) in running text ("Stuart Whitcombe said").
 */
export function storySurnames(sentences: readonly { words: readonly string[]; shouted: boolean }[], isGivenName: (word: string) => boolean): Set<string> {
  const found = new Set<string>();
  for (const { words, shouted } of sentences) {
    if (shouted) continue;
    for (let k = 1; k < words.length; k++) {
      const w = words[k]!;
      // An ASCII word opening with a lower-case letter is passed over before the expression.
      const c = w.charCodeAt(0);
      if ((c >= 97 && c <= 122) || !/^\p{Lu}\p{Ll}+$/u.test(w)) continue;
      const before = words[k - 1]!;
      const b = before.charCodeAt(0);
      // (A word before it opening with an ASCII letter that is no capital is passed over before the expression.)
      if (HONORIFICS.has(before) || (!(b < 128 && (b < 65 || b > 90)) && /^\p{Lu}\p{Ll}+$/u.test(before) && isGivenName(before))) found.add(w);
    }
  }
  return found;
}
