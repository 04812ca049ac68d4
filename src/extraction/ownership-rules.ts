import type { AnalysedDocument, AnalysedSentence, Mention } from './document-analysis.js';
import type { RelationDraft } from './relation-draft.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

const UNIT_WORDS = new Set(['unit', 'subsidiary', 'division', 'affiliate', 'arm', 'subsidiaries']);
const OWNED = new Set(['owned', 'controlled']);
// "Google parent Alphabet", "TikTok owner ByteDance", "Alphabet , the parent of Google": a parent named by the word.
const PARENT_WORDS = new Set(['parent', 'owner']);
const OWNERSHIP_TRIGGERS = triggerClass(UNIT_WORDS, OWNED, PARENT_WORDS);

const PARTED = new Set(['former', 'formerly', 'ex', 'sell', 'sells', 'sold', 'selling', 'sale', 'divest', 'divests', 'divested', 'spin', 'spun', 'spins']);

const isNamedCompany = (m: Mention | undefined): m is Mention => !!m && m.cluster.type === 'Company' && !m.anaphoric;
const startingAt = (s: AnalysedSentence, i: number) => s.mentions.find((m) => m.start === i && isNamedCompany(m));
const endingAt = (s: AnalysedSentence, i: number) => s.mentions.find((m) => m.end === i && isNamedCompany(m));

/** "X, a unit of Y", "X, a wholly owned subsidiary of Y", "Y's X unit", "Y's robotaxi unit X", "Y said its X unit", "X, owned by Y". */
function ownershipIn(s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  if (!mayTrigger(s, OWNERSHIP_TRIGGERS)) return drafts;
  const push = (child: Mention, parent: Mention) => {
    if (child.cluster !== parent.cluster) drafts.push({ type: 'SUBSIDIARY_OF', source: child.cluster, target: parent.cluster, properties: {}, confidence: 0.75, sentence: s });
  };
  for (let i = 0; i < s.lower.length; i++) {
    const w = s.lower[i]!;
    if (UNIT_WORDS.has(w) && s.lower[i + 1] === 'of') {
      // Walk back over "a wholly owned" to the comma after the child's name.
      let k = i - 1;
      while (k >= 0 && /^(?:a|an|the|wholly|wholly-owned|owned|majority-owned|fully|german|u\.s\.|british|chinese|japanese|local|main|[a-z]+-based)$/.test(s.lower[k]!)) k--;
      const parent = startingAt(s, i + 2) ?? (s.lower[i + 2] === 'the' ? startingAt(s, i + 3) : undefined);
      const child = s.lower[k] === ',' ? endingAt(s, k) : undefined;
      if (child && parent) push(child, parent);
      continue;
    }
    if (OWNED.has(w) && s.lower[i + 1] === 'by' && s.lower[i - 1] === ',') {
      const child = endingAt(s, i - 1);
      const parent = startingAt(s, i + 2);
      if (child && parent) push(child, parent);
      continue;
    }
    if (PARENT_WORDS.has(w)) {
      const pair = parentNamedBy(s, i);
      if (pair && !parted(s, pair[0], pair[1])) push(pair[0], pair[1]);
      continue;
    }
    if (!UNIT_WORDS.has(w)) continue;
    // "Alphabet's Waymo unit", "Tencent said its WeChat unit …"
    const child = endingAt(s, i);
    const parent = child && ownerBefore(s, child.start);
    if (child && parent && !parted(s, child, parent)) push(child, parent);
    // "Baidu's robotaxi unit Apollo Go", "its consumer unit Initech Inc": the unit named after the word, its trade before.
    const named = startingAt(s, i + 1);
    let k = i;
    while (k > i - 3 && tradeWord(s.tokens[k - 1]?.text ?? '')) k--;
    const owner = named && ownerBefore(s, k);
    if (named && owner && !parted(s, named, owner)) push(named, owner);
    // "Waymo , Alphabet 's self-driving unit , …": the unit set off before its parent's possessive.
    const setOff = !named && !child && POSSESSIVE.has(s.lower[k - 1] ?? '') ? unitSetOffBefore(s, endingAt(s, k - 1), i) : undefined;
    if (setOff && !parted(s, setOff[0], setOff[1])) push(setOff[0], setOff[1]);
  }
  return drafts;
}

/** "Waymo , Alphabet 's self-driving unit ,": the name set off before the parent, when the appositive closes after the unit word at i. */
function unitSetOffBefore(s: AnalysedSentence, parent: Mention | undefined, i: number): [Mention, Mention] | undefined {
  if (!parent || s.lower[parent.start - 1] !== ',' || !/^(?:,|\.|;)$/.test(s.lower[i + 1] ?? '.')) return undefined;
  // (The tagger may take a unit's short brand for a person; the appositive says it is a company. A place is more
  // often the end of the unit's longer name: "… Trust Co of Chicago , Continental 's largest subsidiary".)
  const child = s.mentions.find((m) => m.end === parent.start - 1 && !m.anaphoric && (m.cluster.type === 'Company' || m.cluster.type === 'Person'));
  if (!child || child.cluster === parent.cluster) return undefined;
  if (child.cluster.type !== 'Company') child.cluster.type = 'Company';
  return [child, parent];
}

/**
 * "Google parent Alphabet", "Google 's parent company Alphabet", "TikTok owner ByteDance", "Alphabet , the parent of
 * Google ,": the company owned and its parent, around the word at i.
 */
function parentNamedBy(s: AnalysedSentence, i: number): [Mention, Mention] | undefined {
  const after = s.lower[i + 1] === 'company' || s.lower[i + 1] === 'group' ? i + 2 : i + 1;
  const next = startingAt(s, s.lower[after] === ',' ? after + 1 : after);
  const possessive = POSSESSIVE.has(s.lower[i - 1] ?? '');
  // ("Initech said its parent , Globex , …": "its" for the company opening the sentence.)
  const owned = endingAt(s, possessive ? i - 1 : i) ?? ownerBefore(s, i);
  if (owned && next && owned.cluster !== next.cluster) return [owned, next];
  // "Alphabet , the parent of Google": the parent set off before.
  if (w(s, i - 1) === 'the' && w(s, i - 2) === ',' && w(s, after) === 'of' && w(s, i) === 'parent') {
    const parent = endingAt(s, i - 2);
    const child = startingAt(s, after + 1);
    if (parent && child && parent.cluster !== child.cluster && !POSSESSIVE.has(s.lower[child.end] ?? '')) return [child, parent];
  }
  return undefined;
}

const w = (s: AnalysedSentence, k: number) => s.lower[k] ?? '';

/** "sold its Velmar unit to …", "Orvane 's former printing subsidiary Kessler": a unit owned no longer. */
function parted(s: AnalysedSentence, child: Mention, parent: Mention): boolean {
  const from = Math.min(child.start, parent.start);
  return s.lower.slice(Math.max(0, from - 4), Math.max(child.end, parent.end)).some((x) => PARTED.has(x));
}

const POSSESSIVE = new Set(["'s", '’s']);

/** The company owning what starts at `at`: "Alphabet 's …", or "its …" standing for a company named before. */
function ownerBefore(s: AnalysedSentence, at: number): Mention | undefined {
  if (POSSESSIVE.has(s.lower[at - 1] ?? '')) return endingAt(s, at - 1);
  if (s.lower[at - 1] !== 'its') return undefined;
  const its = s.mentions.find((m) => m.start === at - 1 && m.anaphoric && m.cluster.type === 'Company');
  // ("Globex said its …": "its" must stand for the company opening the sentence; one named later, as in "a court for
  // Monmouth County granted its unit …" or "will combine Ovest 's activities with its unit", may have drawn it wrongly.)
  const subject = s.mentions.find(isNamedCompany);
  const opens = subject && s.tokens.slice(0, subject.start).every((t) => !/^\p{Ll}/u.test(t.text) || t.text === 'the');
  return its && opens && subject.end < at && subject.cluster === its.cluster ? its : undefined;
}

// Words of trade between an owner and its unit: "robotaxi", "self-driving", "leasing finance" (no "the", "reduced").
const NOT_TRADE = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'for', 'with', 'its', 'their', 'new', 'former', 'own']);
const tradeWord = (text: string) => /^\p{Ll}[\p{Ll}-]*$/u.test(text) && !NOT_TRADE.has(text) && (!text.endsWith('ed') || text.includes('-'));

export function findOwnership(doc: AnalysedDocument): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (const s of doc.sentences) drafts.push(...ownershipIn(s));
  return drafts;
}
