import { SeededRandom } from './seeded-random.js';

/** Invented companies with a ticker each; names are built from syllables so none is a real company. */
export interface SyntheticCompany {
  name: string;
  exchange: string;
  symbol: string;
}

const HEADS = ['Var', 'Quill', 'Bren', 'Tal', 'Orv', 'Kess', 'Lum', 'Zephr', 'Mar', 'Sol', 'Dray', 'Fen', 'Hal', 'Jor', 'Nex', 'Pell', 'Rian', 'Cor', 'Vel', 'Ast', 'Bryn', 'Cal', 'Dov', 'Eld'];
const MIDS = ['a', 'o', 'i', 'e', 'u', 'ar', 'en', 'ol', 'is', 'an'];
const TAILS = ['nex', 'star', 'tek', 'ford', 'ion', 'dale', 'worth', 'ica', 'gate', 'vance', 'line', 'mont', 'rock', 'field', 'wave', 'core'];
const SUFFIXES = ['Corp', 'Holdings', 'Group', 'Inc', 'Ltd', 'Technologies', 'Industries', 'Energy', 'Motors', 'Systems'];
const EXCHANGES = ['NASDAQ', 'NYSE', 'HK'];

function symbolFor(name: string, exchange: string, n: number): string {
  if (exchange === 'HK') return String(1000 + (n % 9000)).padStart(4, '0');
  const letters = name.replace(/[^A-Za-z]/g, '').toUpperCase();
  // The number keeps symbols unique without a lookup table.
  return `${letters.slice(0, 2)}${String.fromCharCode(65 + (n % 26))}${String.fromCharCode(65 + (Math.floor(n / 26) % 26))}${n >= 676 ? String.fromCharCode(65 + (Math.floor(n / 676) % 26)) : ''}`;
}

/** Hong Kong symbols are four digits, so only the first 9,000 companies may list there. */
function exchangeFor(random: SeededRandom, n: number): string {
  return n < 9000 ? random.pick(EXCHANGES) : random.pick(EXCHANGES.slice(0, 2));
}

/** `count` distinct companies, the same list for the same seed. */
export function syntheticCompanies(count: number, seed = 7): SyntheticCompany[] {
  const random = new SeededRandom(seed);
  const seen = new Set<string>();
  const companies: SyntheticCompany[] = [];
  let n = 0;
  while (companies.length < count) {
    const root = `${random.pick(HEADS)}${random.pick(MIDS)}${random.pick(TAILS)}`;
    const name = `${root} ${random.pick(SUFFIXES)}`;
    if (seen.has(root)) {
      // Roots run out before 100k articles' worth of companies: a second word keeps names distinct.
      const twoWord = `${root} ${random.pick(HEADS)}${random.pick(TAILS)} ${random.pick(SUFFIXES)}`;
      if (seen.has(twoWord)) continue;
      seen.add(twoWord);
      const exchange = exchangeFor(random, n);
      companies.push({ name: twoWord, exchange, symbol: symbolFor(twoWord, exchange, n++) });
      continue;
    }
    seen.add(root);
    const exchange = exchangeFor(random, n);
    companies.push({ name, exchange, symbol: symbolFor(name, exchange, n++) });
  }
  return companies;
}
