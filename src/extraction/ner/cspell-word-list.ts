import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The words of a cspell dictionary shipped as an npm dependency (read from disk, never fetched), comments and blank
 * lines left out; an empty list when the package is missing, so extraction still runs without it.
 */
export function readCspellWordList(packageName: string, dictFile: string): string[] {
  try {
    const ext = createRequire(import.meta.url).resolve(`${packageName}/cspell-ext.json`);
    const text = readFileSync(join(dirname(ext), 'dict', dictFile), 'utf8');
    return text.split('\n').map((l) => l.trim()).filter((w) => w !== '' && !w.startsWith('#'));
  } catch {
    return [];
  }
}
