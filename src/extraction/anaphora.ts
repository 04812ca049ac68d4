import type { AnalysedSentence, Cluster, Mention } from './analysis-types.js';

const PRONOUNS = new Set(['it', 'its']);
// "the company", "this drugmaker": a determiner opening a description of the story's company.
const DETERMINERS = new Set(['the', 'this']);
const DESCRIPTION_NOUNS = new Set(
  'company firm group carrier airline retailer automaker carmaker bank lender insurer manufacturer maker chipmaker giant conglomerate miner producer developer operator startup stock shares supplier provider corporation drugmaker planemaker biotech'.split(' '),
);

// Nouns that describe a company only after a word of its trade: "the chip designer" (a fashion designer is a person),
// "the oil major" (not "the major airlines"), "the Dutch brewer".
const QUALIFIED_NOUNS = new Map<string, Set<string>>([
  ['designer', new Set(['chip', 'chips', 'semiconductor', 'processor', 'graphics', 'software'])],
  ['major', new Set(['oil', 'energy', 'mining', 'pharma', 'pharmaceutical', 'drug', 'tobacco', 'chemicals', 'steel'])],
]);
const TRADE_NOUNS = new Set(['brewer', 'distiller', 'refiner', 'streamer', 'utility']);

/** The word at j ends a description of a company: "company", "drugmaker", "chip designer". */
function isDescriptionNoun(s: AnalysedSentence, j: number): boolean {
  const w = s.lower[j]!;
  return DESCRIPTION_NOUNS.has(w) || TRADE_NOUNS.has(w) || QUALIFIED_NOUNS.get(w)?.has(s.lower[j - 1]!) === true;
}

/** Pronouns and descriptions ("its", "the Chinese smartphone manufacturer") become company mentions. */
export function addAnaphora(sentences: AnalysedSentence[]): void {
  const salience = new Map<Cluster, number>();
  let first: Cluster | undefined;
  let previousSubject: Cluster | undefined;
  // The running topic: most mentioned company so far, the first one counting 1.5 extra (ties go to the earlier leader).
  let best: Cluster | undefined;
  let bestScore = -1;
  const topic = () => best;
  const mention = (c: Cluster) => {
    const n = (salience.get(c) ?? 0) + 1;
    salience.set(c, n);
    first ??= c;
    const score = n + (c === first ? 1.5 : 0);
    if (score > bestScore) (bestScore = score), (best = c);
  };
  // The company a sentence was about when the story's topic went unnamed in it: "Ford 's board ousted its CEO ."
  // makes "the company" in the next sentence Ford, not the story's company.
  let recentSubject: Cluster | undefined;
  for (const s of sentences) {
    const added: Mention[] = [];
    for (let i = 0; i < s.tokens.length; i++) {
      const w = s.lower[i]!;
      if (!mayOpenMention(w)) continue;
      if (insideMention(s.mentions, i)) continue;
      if (BARE_STOCK.has(w)) {
        const target = bareStockOwner(s, i) ?? topic();
        // A title's "…, shares tumble 20 %" after its company opened it: the stock is that company's.
        const titleStock = s.caseless && s.lower[i - 1] === ',' && s.mentions[0]?.start === 0 && s.mentions[0].cluster === target && target.type === 'Company';
        if (target && (!s.caseless || titleStock) && opensClause(s, i) && !OWNER_AFTER.has(s.lower[i + 1] ?? '')) added.push({ cluster: target, start: i, end: i + 1, anaphoric: true });
        continue;
      }
      if (PRONOUNS.has(w)) {
        // "Quillmere , which it acquired": the company the relative clause is about is not its subject.
        const relative = (s.lower[i - 1] === 'which' || s.lower[i - 1] === 'that') && s.lower[i - 2] === ',' ? i - 2 : -1;
        const earlier = lastCompanyBefore(s.mentions, i, relative);
        // "after it bought DirecTV , and it plans …": a subject "it" again is the "it" before, not the company it bought.
        const again = w === 'it' && earlier ? subjectItBefore(s, added, earlier.start) : undefined;
        const target = participleSubject(s, i) ?? appositiveSubject(s, i) ?? again?.cluster ?? earlier?.cluster ?? fronted(s, i) ?? previousSubject ?? topic();
        if (target) added.push({ cluster: target, start: i, end: i + 1, anaphoric: true });
        continue;
      }
      if (!DETERMINERS.has(w)) continue;
      let j = i + 1;
      // "the world 's largest retailer": a possessive of a place or the world may stand inside the description.
      // "this Zacks Rank #2 company": a rank may stand inside it too.
      while (j < s.tokens.length && j - i <= 5 && !isDescriptionNoun(s, j) && insideDescription(s, i, j) && !OUTSIDE_DESCRIPTION.has(s.lower[j]!)) j++;
      if (j >= s.tokens.length || !isDescriptionNoun(s, j)) continue;
      // "the airline industry", "the biotech sector": a description of a trade, not of one company.
      if (TRADES.has(s.lower[j + 1] ?? '')) continue;
      // "the company's" and "the company" refer back; "the companies" would not match the singular list.
      // A company named earlier in the same sentence is the one described ("BHP said the miner …"), else the story's topic.
      // "Cowen analyst Steve Scala sees the drug maker …": a broker whose analyst speaks is not the one described.
      const sameSentence = lastDescribedCompanyBefore(s, i);
      // "Trian took a stake in the company": a description after a preposition, with no verb of saying between, is
      // not the clause's own subject but the story's company (none when the subject is the story's company).
      // "the new company", "the combined firm": a company being formed, not one named before.
      if (s.lower.slice(i + 1, j).some((w) => FORMED.has(w))) {
        i = j;
        continue;
      }
      // (Stock has its owner nearby, and "the company 's chairman" is the nearest company's.)
      const object =
        sameSentence && OBJECT_PREPOSITIONS.has(s.lower[i - 1] ?? '') && !BARE_STOCK.has(s.lower[j]!) && !/^(?:'s|’s)$/.test(s.lower[j + 1] ?? '') && !reportedBetween(s, sameSentence.end, i);
      const target = object ? (topic() !== sameSentence.cluster ? topic() : undefined) : (sameSentence?.cluster ?? recentOrNamed(recentSubject, topic(), s.lower[j]!));
      if (target && !overlapsNonPlace(s.mentions, i, j + 1)) added.push({ cluster: target, start: i, end: j + 1, anaphoric: true });
      i = j;
    }
    // The mentions come sorted by start; only added ones need sorting in (a stable sort of a sorted list keeps it).
    if (added.length > 0) {
      s.mentions.push(...added);
      s.mentions.sort((a, b) => a.start - b.start);
    }
    for (const m of s.mentions) {
      if (m.cluster.type !== 'Company' || m.anaphoric) continue;
      mention(m.cluster);
    }
    const subject = s.mentions.find((m) => m.cluster.type === 'Company');
    if (subject) previousSubject = subject.cluster;
    recentSubject = subject && !subject.anaphoric && subject.cluster !== topic() && opensSentence(s, subject) && !s.mentions.some((m) => m.cluster === topic()) ? subject.cluster : undefined;
  }
  addIndexReferences(sentences);
}

/**
 * "Ardent shares rose . … said the group would …": the company a sentence was last about, unless the noun is a word of
 * the topic's name and not of its own ("the group" for Sakumo Group Corp).
 */
function recentOrNamed(recent: Cluster | undefined, topic: Cluster | undefined, noun: string): Cluster | undefined {
  if (!recent || !topic || recent === topic) return recent ?? topic;
  return namesWith(topic, noun) && !namesWith(recent, noun) ? topic : recent;
}

/** A name of the company has the noun as a word: "Sakumo Group Corp" for "group", "Kestrel Airlines" for "airline". */
function namesWith(c: Cluster, noun: string): boolean {
  return c.surfaceForms.some((f) => f.toLowerCase().split(/\s+/).some((w) => w === noun || w === `${noun}s`));
}

// Participles after a comma that tell what the sentence's news did to its subject: ", sending its shares up 7 %".
const SUBJECT_EXCLUDED = new Set(['(', 'of', 'in', 'for', 'with', 'from', 'by', 'on', 'to', 'at', 'into', 'than', "'s", '’s']);
const CONSEQUENCE_PARTICIPLES = new Set(['sending', 'pushing', 'lifting', 'driving', 'boosting', 'dragging', 'knocking', 'taking', 'giving', 'helping', 'hurting', 'leaving', 'putting', 'bringing', 'valuing']);

/**
 * "Sakumo reported a profit on gains on its stake in Ardent , sending its shares up 7.5 %": a pronoun opening a
 * participle clause after a comma is the sentence's subject, not the company named last.
 */
function participleSubject(s: AnalysedSentence, i: number): Cluster | undefined {
  if (s.lower[i - 2] !== ',' || !CONSEQUENCE_PARTICIPLES.has(s.lower[i - 1]!)) return undefined;
  // (The first company not after a preposition nor in brackets: a dateline's "(Reuters) -" names none.)
  const subject = s.mentions.find((m) => m.cluster.type === 'Company' && m.end < i && !SUBJECT_EXCLUDED.has(s.lower[m.start - 1] ?? '') && s.lower[m.end] !== ')');
  if (!subject || subject.anaphoric) return undefined;
  // "Acme said Globex bought shares , bringing its stake to 9 %": the subject of the clause reported is meant.
  if (!REPORTING.has(s.lower[subject.end] ?? '')) return subject.cluster;
  const reported = subject.end + (s.lower[subject.end + 1] === 'that' ? 2 : 1);
  const next = s.mentions.find((m) => m.start === reported && m.cluster.type === 'Company' && !m.anaphoric);
  return next?.cluster ?? subject.cluster;
}

const SAYING = new Set(['said', 'says', 'added', 'noted', 'reported', 'announced', 'stated']);

/**
 * "Kestrel Semiconductor Co ( KSC ) , the main chipmaker for Orvane and Tarnwell , said its revenue rose": a pronoun
 * right after the verb of saying that follows an appositive stands for the subject the appositive describes, not for
 * the company named last inside it.
 */
function appositiveSubject(s: AnalysedSentence, i: number): Cluster | undefined {
  const verb = s.lower[i - 1] === 'that' ? i - 2 : i - 1;
  if (!SAYING.has(s.lower[verb] ?? '') || s.lower[verb - 1] !== ',') return undefined;
  const subject = s.mentions.find((m) => m.cluster.type === 'Company' && !m.anaphoric && m.end < verb);
  if (!subject || subject.start !== sentenceStart(s, subject)) return undefined;
  // The appositive opens right after the name, or after its short form in brackets.
  let open = subject.end;
  if (s.lower[open] === '(') {
    const close = s.lower.indexOf(')', open);
    if (close < 0 || close > open + 4) return undefined;
    open = close + 1;
  }
  if (s.lower[open] !== ',' || reportedBetween(s, open + 1, verb - 1)) return undefined;
  return subject.cluster;
}

/** Where a sentence's subject may start: at once, or after a short opening phrase and its comma ("In May , Ford …"). */
function sentenceStart(s: AnalysedSentence, m: Mention): number {
  const comma = s.lower.indexOf(',');
  return comma >= 0 && comma < 4 && m.start > comma ? comma + 1 : 0;
}

/** The mention opens the sentence as its subject, after at most a short opening phrase ("In May , Ford 's board …"). */
function opensSentence(s: AnalysedSentence, m: Mention): boolean {
  // Its verb, its possessive, or a clause set off after it ("Nvidia , which invested early , said …").
  return m.start === sentenceStart(s, m) && (s.lower[m.end] === "'s" || s.lower[m.end] === '’s' || s.lower[m.end] === ',' || /^\p{Ll}+$/u.test(s.tokens[m.end]?.text ?? ''));
}

// "the benchmark", "the blue-chip index", "the gauge": a market index named again by what it is.
const INDEX_NOUNS = new Set(['benchmark', 'index', 'gauge']);
const INDEX_EPITHETS = new Set(['broader', 'broad', 'blue-chip', 'tech-heavy', 'technology-heavy', 'main', 'benchmark', 'wider', 'composite']);

/** "The S&P 500 rose 1 %. … the benchmark gained 8 % this year": the index named in this or the two sentences before. */
function addIndexReferences(sentences: AnalysedSentence[]): void {
  let last: { cluster: Cluster; sentence: number } | undefined;
  sentences.forEach((s, n) => {
    const added: Mention[] = [];
    for (let i = 0; i < s.lower.length - 1; i++) {
      if (s.lower[i] !== 'the') continue;
      let j = i + 1;
      while (j < i + 3 && INDEX_EPITHETS.has(s.lower[j]!) && !INDEX_NOUNS.has(s.lower[j]!)) j++;
      // "the benchmark index", "the index": the noun, and nothing named after it ("the index of leading indicators").
      if (!INDEX_NOUNS.has(s.lower[j]!)) continue;
      if (s.lower[j] === 'benchmark' && s.lower[j + 1] === 'index') j++;
      if (s.lower[j + 1] === 'of' || /^\p{Lu}/u.test(s.tokens[j + 1]?.text ?? '') || insideMention(s.mentions, i) || insideMention(s.mentions, j)) continue;
      if (last && n - last.sentence <= 2) added.push({ cluster: last.cluster, start: i, end: j + 1, anaphoric: true });
    }
    if (added.length > 0) {
      s.mentions.push(...added);
      s.mentions.sort((a, b) => a.start - b.start);
    }
    for (const m of s.mentions) if (m.cluster.type === 'MarketIndex' && !m.anaphoric) last = { cluster: m.cluster, sentence: n };
  });
}

// Words that end a description before its noun: "the growth is without stock" describes no company.
const OUTSIDE_DESCRIPTION = new Set(
  'of and or but to in for with without from by on at as than that which who whose is are was were be been being has have had will would can could may might should said says also not no'.split(' '),
);
// A word after a pronoun other than a preposition or conjunction makes it a subject: "it bought", "it 's", "it plans".
const VERB_AFTER = /^(?:'s|’s|(?!(?:and|or|to|of|in|on|for|with|at|by|as|that|which|from|into|up|out|over)$)\p{Ll}+)$/u;

const ANALYSTS = new Set(['analyst', 'analysts', 'strategist', 'strategists', 'economist', 'economists']);
const TRADES = new Set(['industry', 'industries', 'sector', 'sectors', 'market', 'markets', 'index', 'stocks', 'space', 'world', 'business', 'businesses', 'peers', 'group']);

// "Shares fell on the report": stock named with no owner, opening a clause, is the story's company's.
const BARE_STOCK = new Set(['shares', 'stock']);
// Every word that may open an anaphoric mention, so most tokens are passed over after one lookup.
const OPENING_WORDS = new Set([...PRONOUNS, ...DETERMINERS, ...BARE_STOCK]);
// Their first characters, so the other words are passed over without hashing them.
const OPENING_FIRST = new Set([...OPENING_WORDS].map((w) => w.charCodeAt(0)));
const OPENING_FIRST_ASCII = Uint8Array.from({ length: 128 }, (_, c) => (OPENING_FIRST.has(c) ? 1 : 0));

function mayOpenMention(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c < 128 ? OPENING_FIRST_ASCII[c] === 1 : OPENING_FIRST.has(c)) && OPENING_WORDS.has(w);
}

/** Token k may stand inside a description opened by the determiner at i: a word, a possessive, a rank ("#2"). */
function insideDescription(s: AnalysedSentence, i: number, k: number): boolean {
  // "the Cupertino , California-based company": a comma before the state of a place the company is based in.
  const placeComma = s.lower[k] === ',' && /-based$/.test(s.lower[k + 1] ?? '');
  return /^[\p{L}-]+$/u.test(s.tokens[k]!.text) || (k > i + 1 && (placeComma || /^(?:'s|’s|#)$/.test(s.lower[k]!) || (s.lower[k - 1] === '#' && /^\d+$/.test(s.lower[k]!))));
}
const CLAUSE_OPENERS = new Set([',', 'and', 'but', 'as', 'while', 'when', 'after', 'since', 'so', 'though', 'although', 'before']);
// "Shares of Acme", "shares in Asia", "stock markets": the owner or the market is named after the word.
const OWNER_AFTER = new Set(['of', 'in', 'and', 'or', ',', 'market', 'markets', 'index', 'indexes', 'indices', 'exchange', 'exchanges', 'futures', 'prices', 'price', 'options', 'buyback', 'buybacks']);

function opensClause(s: AnalysedSentence, i: number): boolean {
  return i === 0 || CLAUSE_OPENERS.has(s.lower[i - 1]!) || (i === 1 && /^[`'"“‘]+$/u.test(s.lower[0]!));
}

/** A company named earlier in the same sentence owns the stock ("Acme reported results and shares rose"). */
function bareStockOwner(s: AnalysedSentence, i: number): Cluster | undefined {
  return lastCompanyBefore(s.mentions, i, -1)?.cluster;
}

// The helpers below are loops rather than filter/some with closures over the token index: a closure capturing the
// loop's index made every iteration of the token loop allocate a context.

/** Token i lies inside one of the mentions. */
function insideMention(mentions: readonly Mention[], i: number): boolean {
  for (const m of mentions) if (i >= m.start && i < m.end) return true;
  return false;
}

/** The last named (not anaphoric) company mention ending by token i, other than one ending at `skipEnd`. */
function lastCompanyBefore(mentions: readonly Mention[], i: number, skipEnd: number): Mention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.cluster.type === 'Company' && m.end <= i && !m.anaphoric && m.end !== skipEnd) return m;
  }
  return undefined;
}

/** The last named company mention ending by token i that no analyst word follows ("Cowen analyst …"). */
function lastDescribedCompanyBefore(s: AnalysedSentence, i: number): Mention | undefined {
  for (let k = s.mentions.length - 1; k >= 0; k--) {
    const m = s.mentions[k]!;
    if (m.cluster.type === 'Company' && m.end <= i && !m.anaphoric && !ANALYSTS.has(s.lower[m.end] ?? '')) return m;
  }
  return undefined;
}

/** The first "it" added before `before` that a verb follows: a subject "it". */
function subjectItBefore(s: AnalysedSentence, added: readonly Mention[], before: number): Mention | undefined {
  for (const m of added) if (s.lower[m.start] === 'it' && m.end <= before && VERB_AFTER.test(s.lower[m.end] ?? '')) return m;
  return undefined;
}

/** A mention other than a place overlaps tokens [start, end). */
function overlapsNonPlace(mentions: readonly Mention[], start: number, end: number): boolean {
  for (const m of mentions) if (m.start < end && start < m.end && m.cluster.type !== 'Location') return true;
  return false;
}

const FORMED = new Set(['new', 'combined', 'merged', 'joint', 'resulting', 'proposed', 'planned']);
const OBJECT_PREPOSITIONS = new Set(['in', 'of', 'for', 'with', 'from', 'into', 'to', 'against', 'on']);
const REPORTING = new Set(['said', 'says', 'say', 'told', 'added', 'noted', 'reported', 'announced', 'that', 'stated', 'explained']);

/** A verb of saying (or "that") stands between tokens from and to: what follows is another clause. */
function reportedBetween(s: AnalysedSentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (REPORTING.has(s.lower[k]!)) return true;
  return false;
}

const FRONTING = new Set(['with', 'after', 'since', 'following', 'through', 'by', 'despite', 'in', 'thanks', 'before', 'as']);

/** "With its $ 2.4 billion purchase of Initech, Globex has …": a pronoun in an opening phrase looks ahead to the subject. */
function fronted(s: AnalysedSentence, i: number): Cluster | undefined {
  // The pronoun sits in the opening phrase: "With its …", "And just like that, with its …".
  if (i > 8 || !FRONTING.has(s.lower[i - 1] ?? '')) return undefined;
  const comma = s.lower.indexOf(',', i + 1);
  if (comma < 0) return undefined;
  const subject = s.mentions.find((m) => m.start === comma + 1 && !m.anaphoric);
  return subject?.cluster.type === 'Company' ? subject.cluster : undefined;
}
