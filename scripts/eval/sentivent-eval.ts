import { readFileSync } from 'node:fs';
import { extractDocuments } from '../../src/extraction/index.js';
import type { ExtractedEntity, ExtractionResult } from '../../src/extraction/index.js';
import { companyKeyWords, isLegalSuffix } from '../../src/extraction/name-normalisation.js';
import { formatTable, type Score } from './ner-scoring.js';

/**
 * Relation-level scoring on SENTiVENT. Per document, gold tuples come from events (negated ones and, for
 * ACQUIRES, modal/speculative ones excluded); an argument that is a pronoun or description ("its", "the
 * company", "shares") stands for the document's main company, i.e. the name most often given as an event
 * argument in that document's gold. A predicted entity matches a gold argument when one of its aliases, with
 * legal suffixes stripped, equals, is a prefix of, or is contained word-for-word in the argument (or vice
 * versa), or equals its ticker. Tuples are matched one-to-one; PARTNERS_WITH is unordered, and so is a predicted
 * MERGES_WITH, scored as ACQUIRES since SENTiVENT files a merger under Merger/Acquisition.
 *
 * An argument that lists names ("Pixar , Marvel , and Lucas", "Delta , Alaska and United") stands for each of them,
 * so each is a tuple of its own; a lone Partner argument listing exactly two names is the two partners, while one
 * listing more enumerates the counterparts of a party left unannotated ("partnerships with Uber , Lyft and Deliv"),
 * who are not partners of one another. "&" joins one name (AT&T, Procter & Gamble), and a comma before a
 * description or a legal suffix ("Chesapeake Energy , a gas producer", "Time Warner , Inc.") lists nothing.
 */

interface Arg {
  role: string;
  text: string;
}
interface SentiventEvent {
  type: string;
  negated?: boolean;
  other_modality?: boolean;
  args: Arg[];
}
interface SentiventDoc {
  doc_id: string;
  split: string;
  text: string;
  events: SentiventEvent[];
}

const TYPES = ['ACQUIRES', 'INVESTS_IN', 'PARTNERS_WITH', 'MOVED_BY(subject)'] as const;
type EvalType = (typeof TYPES)[number];

const FILLER = new Set(['at', 'the', 'its', 'their', 'his', 'her', 'of', 'shares', 'share', 'stock', 'stocks', 'in', 'a', 'an', 'our', 'company', "'s", 's']);

function argKey(text: string): string[] {
  return companyKeyWords(text).filter((w) => !FILLER.has(w));
}

// A capitalised pronoun or determiner opening a sentence ("It", "They", "This drugmaker") names no one either.
const isNamed = (text: string) => /\p{Lu}/u.test(text.replace(/^(?:Shares|The|Its|It|Stock|They|Their|This|These|That)\b/, ''));

function mainName(doc: SentiventDoc): string[] {
  const counts = new Map<string, number>();
  for (const e of doc.events) {
    for (const a of e.args) {
      if (/^(?:TIME|PLACE|CAPITAL)$|Amount|Price|Cost|Capital|Goal/.test(a.role)) continue;
      if (!isNamed(a.text) || a.text.length > 40 || /[%$]|\d/.test(a.text)) continue;
      const key = argKey(a.text).slice(0, 2).join(' ');
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let best = '';
  let max = 0;
  for (const [k, n] of counts) if (n > max) (max = n), (best = k);
  return best.split(' ').filter(Boolean);
}

function resolve(text: string, main: string[]): string[] {
  return isNamed(text) && argKey(text).length > 0 ? argKey(text) : main;
}

const NAME_PARTICLES = new Set(['of', 'the', 'de', 'du', 'la', 'van', 'von', 'del']);

/** The names an argument lists, or the argument whole when it is no list of capitalised names. */
function listItems(text: string): string[] {
  const items = text
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((t) => t.replace(/^(?:with|for|in|of|from|on)\s+/, '').trim())
    .filter((t) => t !== '');
  // A name's words are capitalised but for a few particles ("Bank of America"): "Two of the others" names no one.
  const isName = (t: string) => !isLegalSuffix(t) && !/^(?:The|Its|Their|Of)\b/.test(t) && t.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w) || NAME_PARTICLES.has(w));
  const names = items.every(isName);
  return items.length > 1 && names ? items : [text];
}

const contains = (hay: string[], needle: string[]) =>
  needle.length > 0 && hay.some((_, i) => needle.every((w, k) => hay[i + k] === w));

function entityMatches(e: ExtractedEntity, gold: string[]): boolean {
  if (gold.length === 0) return false;
  for (const alias of [...e.aliases, e.name, String(e.properties['ticker'] ?? '')]) {
    const key = argKey(alias);
    if (key.length === 0) continue;
    if (contains(gold, key) || contains(key, gold)) return true;
  }
  return false;
}

type Tuple = string[][];

function goldTuples(doc: SentiventDoc): Map<EvalType, Tuple[]> {
  const main = mainName(doc);
  const out = new Map<EvalType, Tuple[]>(TYPES.map((t) => [t, []]));
  const push = (type: EvalType, tuple: Tuple) => {
    const list = out.get(type)!;
    const key = (t: Tuple) => t.map((x) => x.join(' ')).join('|');
    const alt = type === 'PARTNERS_WITH' ? [...tuple].reverse() : tuple;
    if (tuple.some((x) => x.length === 0)) return;
    if (type !== 'MOVED_BY(subject)' && tuple[0]!.join(' ') === tuple[1]!.join(' ')) return;
    if (!list.some((t) => key(t) === key(tuple) || key(t) === key(alt))) list.push(tuple);
  };
  for (const e of doc.events) {
    if (e.negated) continue;
    const args = (role: RegExp) => e.args.filter((a) => role.test(a.role)).map((a) => a.text);
    if (e.type === 'Merger/Acquisition' && !e.other_modality) {
      for (const a of args(/^Acquirer/).flatMap(listItems)) for (const t of args(/^Target/).flatMap(listItems)) push('ACQUIRES', [resolve(a, main), resolve(t, main)]);
    } else if (e.type === 'Investment') {
      for (const a of args(/^Investor/).flatMap(listItems)) for (const t of args(/^Investee/).flatMap(listItems)) push('INVESTS_IN', [resolve(a, main), resolve(t, main)]);
    } else if (e.type === 'Deal') {
      const sides = args(/^Partner/).map(listItems);
      // A lone argument: its two names are the partners; a longer list has no partner in it (see above).
      const pairs: [string, string][] = [];
      if (sides.length === 1 && sides[0]!.length === 2) pairs.push([sides[0]![0]!, sides[0]![1]!]);
      for (let i = 0; i < sides.length; i++)
        for (let j = i + 1; j < sides.length; j++) for (const a of sides[i]!) for (const b of sides[j]!) pairs.push([a, b]);
      for (const [a, b] of pairs) push('PARTNERS_WITH', [resolve(a, main), resolve(b, main)]);
    } else if (e.type === 'SecurityValue') {
      for (const s of args(/^Security/).flatMap(listItems)) push('MOVED_BY(subject)', [resolve(s, main)]);
    }
  }
  return out;
}

/** A predicted tuple; a symmetric relation matches its gold pair in either order. */
interface Predicted {
  entities: ExtractedEntity[];
  unordered: boolean;
}

function predictedTuples(result: ExtractionResult): Map<EvalType, Predicted[]> {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const out = new Map<EvalType, Predicted[]>(TYPES.map((t) => [t, []]));
  const seen = new Set<string>();
  for (const r of result.relations) {
    const s = byId.get(r.source)!;
    const t = byId.get(r.target)!;
    if (r.type === 'ACQUIRES' || r.type === 'INVESTS_IN') out.get(r.type)!.push({ entities: [s, t], unordered: false });
    else if (r.type === 'PARTNERS_WITH') out.get(r.type)!.push({ entities: [s, t], unordered: true });
    // SENTiVENT annotates a merger as a Merger/Acquisition event, its parties as acquirer and target in no set order.
    else if (r.type === 'MERGES_WITH') out.get('ACQUIRES')!.push({ entities: [s, t], unordered: true });
    else if (r.type === 'MOVED_BY' && !seen.has(s.id)) {
      seen.add(s.id);
      out.get('MOVED_BY(subject)')!.push({ entities: [s], unordered: false });
    }
  }
  return out;
}

function tupleMatches(p: Predicted, t: Tuple): boolean {
  const [a, b] = p.entities;
  const direct = p.entities.every((e, k) => entityMatches(e, t[k]!));
  return direct || (p.unordered && entityMatches(a!, t[1]!) && entityMatches(b!, t[0]!));
}

/**
 * Predictions that match a gold tuple, and gold tuples some prediction matches. Gold tuples are per written
 * name, so one entity written two ways ("AMD", "Advanced Micro Devices") is two gold tuples that one predicted
 * entity, with both names among its aliases, rightly finds.
 */
function matchCounts(gold: Tuple[], pred: Predicted[]): { right: number; found: number } {
  // One to one first, as a prediction matches a gold tuple (see entityMatches).
  const used = new Set<number>();
  for (const p of pred) {
    const g = gold.findIndex((t, i) => !used.has(i) && tupleMatches(p, t));
    if (g >= 0) used.add(g);
  }
  const right = used.size;
  // A gold tuple left over is found too when a matched prediction has its exact name among its aliases.
  const found = gold.filter((t, i) => used.has(i) || pred.some((p) => tupleMatches(p, t) && p.entities.every((e, k) => namedExactly(e, t[k]!)))).length;
  return { right, found };
}

/** One of the entity's names (or its ticker) is exactly the gold name. */
function namedExactly(e: ExtractedEntity, gold: string[]): boolean {
  return [...e.aliases, e.name, String(e.properties['ticker'] ?? '')].some((alias) => argKey(alias).join(' ') === gold.join(' '));
}

export function evaluateSentivent(path: string, split: 'gold' | 'silver', name: string, verbose = false): string {
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as SentiventDoc)
    .filter((d) => d.split === split);
  const scores = new Map<string, Score>([...TYPES, 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const doc of docs) {
    const gold = goldTuples(doc);
    const pred = predictedTuples(extractDocuments([{ kind: 'article', text: doc.text }]));
    for (const type of TYPES) {
      const g = gold.get(type)!;
      const p = pred.get(type)!;
      const { right, found } = matchCounts(g, p);
      for (const key of [type, 'ALL']) {
        const s = scores.get(key)!;
        s.tp += right;
        s.found = (s.found ?? 0) + found;
        s.fp += p.length - right;
        s.fn += g.length - found;
      }
      if (verbose && (p.length !== right || g.length !== found)) {
        // Only what went wrong: gold tuples no prediction found, and predictions matching no gold tuple.
        const missed = g.filter((t) => !p.some((q) => tupleMatches(q, t)));
        const wrong = p.filter((q) => !g.some((t) => tupleMatches(q, t)));
        const show = (x: unknown) => JSON.stringify(x);
        console.log(`${doc.doc_id} ${type} missed=${show(missed.map((t) => t.map((x) => x.join(' '))))} wrong=${show(wrong.map((t) => t.entities.map((e) => e.name)))}`);
      }
    }
  }
  return formatTable(`SENTiVENT ${name} (${docs.length} docs; relation tuples per document)`, [...scores.entries()]);
}
