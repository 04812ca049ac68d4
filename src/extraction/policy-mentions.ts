import type { Token } from './tokenize.js';
import { isTitleVerb } from './ner/title-verbs.js';
import { triggerClass } from './trigger-words.js';

/** A government program, subsidy, rule, sanction, licence or order named in a sentence. */
export interface PolicySpan {
  start: number;
  end: number;
  /** Words that identify the policy (owner, modifiers, head), lower-case, for ids and merging. */
  keyWords: string[];
  /** "the stimulus", "the program": a bare reference to a policy named earlier. */
  bare: boolean;
  /** Family used to merge different names of one support scheme ("subsidy program" = "incentives"). */
  family: string;
}

const STRONG_HEADS: Record<string, string> = {
  subsidy: 'support', subsidies: 'support', stimulus: 'support', incentives: 'support', 'tax credit': 'support',
  'tax credits': 'support', rebates: 'support', sanctions: 'sanctions', sanction: 'sanctions', tariff: 'tariffs',
  tariffs: 'tariffs', embargo: 'sanctions', 'export controls': 'export-controls', quotas: 'quotas',
};
const WEAK_HEADS: Record<string, string> = {
  program: 'support', programme: 'support', initiative: 'support', scheme: 'support', rule: 'rule', rules: 'rule',
  regulation: 'rule', regulations: 'rule', order: 'order', ban: 'ban', license: 'licence', licence: 'licence',
  law: 'rule', act: 'rule', policy: 'rule', policies: 'rule', mandate: 'rule', bill: 'rule', incentive: 'support',
  // "anti-dumping duties", "the export tax rebate", "export restrictions", "chip curbs": named only with a policy word
  // before them ("his duties" is none).
  duty: 'tariffs', duties: 'tariffs', rebate: 'support', restrictions: 'ban', curbs: 'ban',
  // "a federal grant", "state aid": support named with a public word before it ("a research grant" is none).
  grant: 'support', grants: 'support', aid: 'support',
};
const GRANT_HEADS = new Set(['grant', 'grants', 'aid']);
const COURT_ORDERS = new Set(['restraining', 'court', 'executive', 'protective', 'gag', 'injunction']);
// What a seller does with an order: "Wins $1 Billion Turbine Order".
const ORDER_WINS = new Set(['wins', 'won', 'lands', 'landed', 'secures', 'secured', 'gets', 'receives', 'received', 'books', 'bags', 'clinches', 'snags']);
const VERB_OPENERS = new Set(['to', 'must', 'will', 'would', 'may', 'might', 'should', 'could', 'can', 'not', "'ll", 'failed', 'refused']);
// An amount's words before a law in a title: "Gets $2 Billion Jobs Act Grant".
const SCALE_WORDS = new Set(['million', 'billion', 'trillion', 'mln', 'bln']);
// Only words that can start a head are worth a closer look: most tokens are skipped at once.
const HEAD_FIRST_WORDS = new Set([...Object.keys(STRONG_HEADS), ...Object.keys(WEAK_HEADS)].map((h) => h.split(' ')[0]!));
// Heads that never end a company's name: "Expand Chevron License" names Chevron and its licence.
const HOLDER_HEADS = new Set(['license', 'licence', 'licenses', 'licences', 'sanctions', 'sanction', 'subsidy', 'subsidies', 'tariff', 'tariffs', 'embargo', 'ban']);
/** Whether a lower-case word is the head of a policy held by the name before it, never part of that name. */
export const isPolicyHead = (lower: string) => HOLDER_HEADS.has(lower);
/** A sentence without these words names no policy. */
export const POLICY_TRIGGERS = triggerClass(HEAD_FIRST_WORDS);
const MODIFIERS = new Set(
  (
    'nationwide national federal state government subsidy trade-in tax export import antitrust data-sharing consumer ' +
    'green emissions stimulus incentive economic fiscal new proposed fast-track oil chip ev pricing retail purchase car auto ' +
    'vehicle energy clean solar housing investment executive trade sanctions tariff consumption industrial agricultural ' +
    'farm import-export price safety environmental electric vehicle ev renewable climate semiconductor loan grant ' +
    'anti-dumping anti-subsidy countervailing customs retaliatory punitive'
  ).split(' '),
);
/** A word describing a policy before its head: "trade-in", "tax", "export". */
export const isPolicyModifier = (lower: string) => MODIFIERS.has(lower);
const DROPPED_FROM_KEY = new Set(['new', 'proposed', 'nationwide', 'national', 'the']);
const SINGULAR: Record<string, string> = {
  subsidies: 'subsidy', programs: 'program', programmes: 'program', rules: 'rule', regulations: 'regulation',
  tariffs: 'tariff', incentives: 'incentive', policies: 'policy', licenses: 'license', licence: 'license', programme: 'program',
  'tax credits': 'tax credit', duties: 'duty', grants: 'grant',
};
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);
const TITLE_PREPOSITIONS = new Set(['under', 'of', 'from', 'with', 'by', 'to', 'on', 'for', 'against', 'over', 'about', 'amid', 'despite']);
const OWNER_POSSESSIVES = new Set(["'s", '’s']);

const singular = (w: string) => SINGULAR[w] ?? w;

/**
 * Finds policy noun phrases. `isOwner(i)` says whether token i ends a place or public-body name, which may
 * own the policy ("China's subsidy program", "U.S. sanctions").
 */
export function findPolicies(
  tokens: readonly Token[],
  lower: readonly string[],
  ownerStart: (i: number) => number | undefined,
  caseless: boolean,
  isCommonWord: (lower: string) => boolean,
): PolicySpan[] {
  const spans: PolicySpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!HEAD_FIRST_WORDS.has(lower[i]!)) continue;
    let head = lower[i]!;
    let headEnd = i + 1;
    const two = i + 1 < tokens.length ? head + ' ' + lower[i + 1] : '';
    if (STRONG_HEADS[two] ?? WEAK_HEADS[two]) {
      head = two;
      headEnd = i + 2;
    }
    const strong = STRONG_HEADS[head];
    const family = strong ?? WEAK_HEADS[head];
    if (!family) continue;
    // The head of a noun phrase is not followed by another noun of the phrase ("subsidy program"); a grant under a
    // law is the law's ("a Jobs Act grant").
    const next = lower[headEnd];
    const lawGrant = (head === 'act' || head === 'law') && GRANT_HEADS.has(next ?? '');
    if (next && (STRONG_HEADS[next] || WEAK_HEADS[next]) && !lawGrant) continue;
    if (GRANT_HEADS.has(head) && (lower[i - 1] === 'act' || lower[i - 1] === 'law')) continue;
    // "Kelvora Grants $2 Billion", "Dow Components Aid Average", "Must Act": verbs, not policies. A grant or aid needs
    // a public word right before it ("Federal Grant", "State Aid"), and a law is no verb's ("to act").
    if (GRANT_HEADS.has(head) && !MODIFIERS.has(lower[i - 1] ?? '')) continue;
    if (head === 'act' && VERB_OPENERS.has(lower[i - 1] ?? '')) continue;
    let start = i;
    const modifiers: string[] = [];
    while (start > 0 && modifiers.length < 4) {
      const w = lower[start - 1]!;
      const original = tokens[start - 1]!.text;
      // "the Inflation Reduction Act", "the CHIPS Act": capitalised words or initials before the head name it.
      const titled = !caseless && /^\p{Lu}[\p{Ll}\p{N}-]|^\p{Lu}{2,}$/u.test(original) && start - 1 > 0;
      // In a title, a law takes the capitalised word naming it even when it is a common one ("Chips Act", "Jobs Act").
      // ("CHIPS Act Subsidies": so does the law a scheme is paid under.)
      const lawName = (head === 'act' || lower.slice(start, i).includes('act')) && /^\p{L}+$/u.test(w) && !SCALE_WORDS.has(w) && !TITLE_PREPOSITIONS.has(w);
      // ("Kelvora Imposes Tariffs": a title's verb ends the policy's name.)
      const titledInTitle = caseless && /^\p{Lu}/u.test(original) && start - 1 > 0 && (!isCommonWord(w) || lawName) && !isTitleVerb(original);
      // "the CHIPS and Science Act", "the Tax Cuts and Jobs Act": a law's name joins capitalised words with "and".
      const joinedName = w === 'and' && (head === 'act' || head === 'law') && start < i && /^\p{Lu}/u.test(tokens[start]!.text) && /^\p{Lu}/u.test(tokens[start - 2]?.text ?? '') && start - 2 > 0;
      // "CHIPS Act Subsidies": in a title, the law a scheme is paid under names it.
      const lawBefore = caseless && start === i && (w === 'act' || w === 'law') && /^\p{Lu}/u.test(original);
      if (MODIFIERS.has(w) || titled || titledInTitle || joinedName || lawBefore) {
        modifiers.unshift(w);
        start--;
      } else break;
    }
    // "Apple Faces EU Fine Under Digital Markets Act": in a title, a law's capitalised name runs back to a preposition.
    if (caseless && (head === 'act' || head === 'law')) {
      let k = i;
      while (k > 0 && i - k < 4 && /^\p{Lu}\p{L}*$/u.test(tokens[k - 1]!.text) && !TITLE_PREPOSITIONS.has(lower[k - 1]!)) k--;
      if (k < start && TITLE_PREPOSITIONS.has(lower[k - 1] ?? '')) {
        modifiers.unshift(...lower.slice(k, start));
        start = k;
      }
    }
    let owner: string[] = [];
    let ownerFrom = start;
    // "the EU's Digital Markets Act": a law's own capitalised name says which law it is; its maker is no part of it.
    const namedLaw = (head === 'act' || head === 'law') && start < i && tokens.slice(start, i + 1).every((t) => /^\p{Lu}/u.test(t.text));
    if (!namedLaw && start >= 2 && OWNER_POSSESSIVES.has(lower[start - 1]!)) {
      const os = ownerStart(start - 2);
      if (os !== undefined) {
        owner = lower.slice(os, start - 1).map((w) => w.replace(/\./g, ''));
        ownerFrom = os;
      }
    } else if (!namedLaw && start >= 1) {
      const os = ownerStart(start - 1);
      if (os !== undefined) {
        owner = lower.slice(os, start).map((w) => w.replace(/\./g, ''));
        ownerFrom = os;
      }
    }
    const meaningful = modifiers.filter((m) => !DROPPED_FROM_KEY.has(m));
    // "the Duke Energy program" is a company's own scheme: a support program needs a public owner or a policy word.
    if (!strong && family === 'support' && owner.length === 0 && !modifiers.some((m) => MODIFIERS.has(m))) continue;
    // "Wins $1 Billion Turbine Order": an order a title names by what was ordered is a sale; a policy's is an
    // executive or a government's order.
    // (A court's is still one: "Gets Temporary Restraining Order".)
    const sale = lower[headEnd] === 'from' || lower.slice(Math.max(0, start - 5), start).some((w) => ORDER_WINS.has(w));
    if (family === 'order' && caseless && sale && !COURT_ORDERS.has(lower[i - 1] ?? '')) continue;
    if (!strong && meaningful.length === 0 && owner.length === 0) {
      const bareDefinite = i > 0 && DETERMINERS.has(lower[i - 1]!) && family === 'support';
      if (!bareDefinite) continue;
      spans.push({ start: i - 1, end: headEnd, keyWords: [singular(head)], bare: true, family });
      continue;
    }
    const bare = owner.length === 0 && meaningful.length === 0;
    const keyWords = [...owner, ...meaningful.map(singular), singular(head)];
    spans.push({ start: ownerFrom, end: headEnd, keyWords, bare, family });
    i = headEnd - 1;
  }
  return spans;
}
