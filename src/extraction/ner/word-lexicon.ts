import { readCspellWordList } from './cspell-word-list.js';

/**
 * What word lists say about one lower-case word form, as tagger features: listed as a first name or surname
 * (@cspell/dict-people-names), as a word of company names (@cspell/dict-companies), and the word's clusters (learned from the training text by scripts/train/word-clusters.ts,
 * shipped in the model file). The features depend on the word form alone, so the tagger folds their weights into
 * its per-word blocks: they cost nothing per token.
 */
export type WordLexicon = (lower: string) => readonly string[];

interface Lists {
  names: Set<string>;
  companies: Set<string>;
}

let lists: Lists | undefined;

function loadLists(): Lists {
  const names = new Set(readCspellWordList('@cspell/dict-people-names', 'people-names.txt').map((w) => w.toLowerCase()));
  // Mixed-case entries only: all-capital ones are tickers and initials.
  const companies = new Set(
    readCspellWordList('@cspell/dict-companies', 'companies.txt')
      .filter((w) => /\p{Ll}/u.test(w) && !w.includes(' '))
      .map((w) => w.toLowerCase()),
  );
  return { names, companies };
}

/** The lexicon of the word lists, plus the word clusters of a model file (word → cluster ids, coarse to fine). */
export function createLexicon(clusters?: Readonly<Record<string, readonly string[]>>): WordLexicon {
  lists ??= loadLists();
  const { names, companies } = lists;
  const memory = new Map<string, readonly string[]>();
  return (lower) => {
    let out = memory.get(lower);
    if (out) return out;
    const features: string[] = [];
    if (names.has(lower)) features.push('pn');
    if (companies.has(lower)) features.push('co');
    const ids = clusters && Object.hasOwn(clusters, lower) ? clusters[lower] : undefined;
    if (ids) features.push(...ids);
    out = features;
    if (memory.size >= 200_000) memory.clear();
    memory.set(lower, out);
    return out;
  };
}
