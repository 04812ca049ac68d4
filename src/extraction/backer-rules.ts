import type { AnalysedDocument, AnalysedSentence, Cluster } from './document-analysis.js';
import { isListedCompanyWord } from './ner/company-gazetteer.js';
import { companyKeyWords } from './name-normalisation.js';
import type { RelationDraft } from './relation-draft.js';
import { listedAfter } from './deal-parties.js';
import { mentionAt, mentionEndingAt, speculativeBetween } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';
import type { Mention } from './analysis-types.js';

const isNamedCompany = (m: Mention) => !m.anaphoric && m.cluster.type === 'Company';

const BACKED = /^(\p{Lu}[\p{L}\p{N}&.]*)-backed$/iu;
// A sentence with neither "backed" or "funded" nor "-backed" in any case names no backer.
const BACKED_BY_WORDS = triggerClass(['backed', 'funded']);
const HYPHEN_BACKED = /-backed/iu;

/**
 * "Microsoft-backed OpenAI", "SoftBank Group-backed Didi": the company named before "-backed" has invested in the
 * company named after it; "Rivian, backed by Amazon": the one after "backed by" in the one before. The backer must be a company of the story or of the company list, or written as a brand.
 */
export function findBackers(doc: AnalysedDocument, s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  if (!mayTrigger(s, BACKED_BY_WORDS) && !HYPHEN_BACKED.test(s.text)) return drafts;
  for (let t = 0; t < s.tokens.length; t++) {
    if ((s.lower[t] === 'backed' || s.lower[t] === 'funded') && s.lower[t + 1] === 'by') {
      drafts.push(...backedBy(s, t));
      continue;
    }
    const text = s.tokens[t]!.text;
    if (text.length < 9 || !s.lower[t]!.endsWith('-backed')) continue;
    const match = BACKED.exec(text);
    if (!match || speculativeBetween(s, 0, t + 1)) continue;
    // (Helpers, not closures over t: a closure capturing the loop's index allocates on every token.)
    const investee = mentionAt(s, t + 1, isNamedCompany);
    if (!investee) continue;
    // The tagger may have named the words before the token: "SoftBank Group-backed" names SoftBank.
    const before = mentionEndingAt(s, t, isNamedCompany);
    const investor = before?.cluster ?? backerNamed(doc, s, match[1]!);
    if (!investor || investor === investee.cluster) continue;
    drafts.push({ type: 'INVESTS_IN', source: investor, target: investee.cluster, properties: {}, confidence: 0.6, sentence: s });
  }
  return drafts;
}

// Between an investee and "backed by": "Rivian, backed by …", "Rivian, which is backed by …", "Rivian is backed by …".
const BACKED_LEAD_IN = new Set([',', 'which', 'is', 'was', 'has', 'been', 'also', 'heavily', 'partly']);

/** "Rivian Automotive, backed by Amazon.com, …", "Orvane is funded by Vandelay": the company after "by" invests in the one before. */
function backedBy(s: AnalysedSentence, t: number): RelationDraft[] {
  if (speculativeBetween(s, 0, t + 1)) return [];
  let k = t;
  while (k > 0 && t - k < 4 && BACKED_LEAD_IN.has(s.lower[k - 1]!)) k--;
  // "Kestrel, founded in 2017 and backed by Sequoia": another short phrase set off by the same comma comes first.
  if (k === t && s.lower[t - 1] === 'and') {
    const comma = s.lower.lastIndexOf(',', t - 2);
    const namesBetween = s.mentions.some((m) => m.start > comma && m.start < t && m.cluster.type !== 'Location');
    if (comma > 0 && t - comma <= 7 && !namesBetween) k = comma;
  }
  if (k === t) return [];
  // "The company is backed by …": a description of the story's company opening the sentence stands for it; "The bid
  // for Orvane is backed by …" backs a bid, not Orvane.
  const investee = s.mentions.find((m) => m.end === k && m.cluster.type === 'Company' && (!m.anaphoric || m.start === 0) && !AFTER_PREPOSITION.has(s.lower[m.start - 1] ?? ''));
  const investor = s.mentions.find((m) => m.start === t + 2 && !m.anaphoric && m.cluster.type === 'Company');
  if (!investee || !investor || investee.cluster === investor.cluster) return [];
  // "backed by Acme's board": the company's people or bodies, not the company, did the backing.
  if (s.lower[investor.end] === "'s" || s.lower[investor.end] === '’s') return [];
  const confidence = investee.anaphoric ? 0.5 : 0.6;
  // "backed by Orvane and Vandelay": every backer listed.
  return [investor, ...listedAfter(s, investor)]
    .filter((m) => m.cluster !== investee.cluster)
    .map((m) => ({ type: 'INVESTS_IN', source: m.cluster, target: investee.cluster, properties: {}, confidence, sentence: s }));
}

const AFTER_PREPOSITION = new Set(['for', 'of', 'in', 'on', 'to', 'with', 'from', 'at', 'by']);

/** A company of the story with this name, or a new one when the name is listed or shaped like a brand. */
function backerNamed(doc: AnalysedDocument, s: AnalysedSentence, name: string): Cluster | undefined {
  const key = companyKeyWords(name);
  if (key.length === 0) return undefined;
  const joined = key.join(' ');
  const known = doc.clusters.find((c) => c.type === 'Company' && (c.keyWords.join(' ') === joined || c.surfaceForms.includes(name)));
  if (known) return known;
  const brand = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(name);
  if (!isListedCompanyWord(name) && !brand) return undefined;
  const cluster: Cluster = { type: 'Company', surfaceForms: [name], keyWords: key, properties: {}, mentions: 1, firstSentence: s.index };
  doc.clusters.push(cluster);
  return cluster;
}
