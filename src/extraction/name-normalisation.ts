/** Name keys for entity ids: case, punctuation, possessives and legal suffixes do not make a new entity. */

import { boundedMemo } from './bounded-memo.js';

const LEGAL_SUFFIXES = new Set(
  (
    'inc incorporated corp corporation co company cos ltd limited holdings holding group plc ag sa nv se ' +
    'llc lp llp spa gmbh kk bhd tbk asa ab oyj pty pte sab de cv bv pcl a/s kgaa'
  ).split(' '),
);

// Every written form of a suffix ("Inc", "Inc.", "INC", "inc."), so the test is one set lookup.
const SUFFIX_FORMS = new Set(
  [...LEGAL_SUFFIXES].flatMap((x) => {
    const title = x[0]!.toUpperCase() + x.slice(1);
    return [x, title, x.toUpperCase(), 'S.A', 'N.V', 'B.V', 'L.P', 'S.p.A', 'SpA', 'GmbH', 'Cie'].flatMap((f) => [f, f + '.', f + ',']);
  }),
);

// The ASCII characters suffix forms open and end with: most words are passed over without hashing them.
const asciiTable = (pick: (form: string) => number) => {
  const table = new Uint8Array(128);
  for (const form of SUFFIX_FORMS) {
    const c = pick(form);
    if (c < 128) table[c] = 1;
  }
  return table;
};
const SUFFIX_FIRST = asciiTable((form) => form.charCodeAt(0));
const SUFFIX_LAST = asciiTable((form) => form.charCodeAt(form.length - 1));

export function isLegalSuffix(word: string): boolean {
  if (word.length > 14 || word.length === 0) return false;
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  if ((first < 128 && SUFFIX_FIRST[first] === 0) || (last < 128 && SUFFIX_LAST[last] === 0)) return false;
  return SUFFIX_FORMS.has(word);
}

/** A name whose last word is a legal suffix: "Globex Corp", "Initech Ltd.". */
export const endsWithLegalSuffix = (name: string) => isLegalSuffix(name.slice(name.lastIndexOf(' ') + 1));

/** Words of a name, lower-cased, without punctuation or a trailing possessive. */
export function nameWords(name: string): string[] {
  return name
    .replace(/['’]s\b/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** "Great Wall Motor Co Ltd" → ["great","wall","motor"]; keeps at least one word. */
const keyWordsOf = boundedMemo((name: string): readonly string[] => {
  // ("Novo Nordisk A/S": the slash would leave the form's letters as two words.)
  const words = nameWords(name.replace(/ A\/S\.?$/i, ''));
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) {
    words.pop();
    // "Mitsui & Co.": the "and" joining a suffix to the name goes with it.
    if (words.length > 1 && words[words.length - 1] === 'and') words.pop();
  }
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words;
}, 50_000);

// Short and long forms of the same word in company names: "Corvane Pharma" is "Corvane Pharmaceuticals Inc".
const WORD_FORMS = new Map<string, string>(Object.entries({
  pharma: 'pharmaceuticals',
  pharmaceutical: 'pharmaceuticals',
  tech: 'technologies',
  technology: 'technologies',
  motor: 'motors',
  intl: 'international',
  mfg: 'manufacturing',
  labs: 'laboratories',
  lab: 'laboratories',
  svcs: 'services',
  comms: 'communications',
  telecom: 'telecommunications',
  chemical: 'chemicals',
  bros: 'brothers',
}));

/** A company's key words with short forms written out, for telling within a story whether two names are one company. */
export function matchingWords(keyWords: readonly string[]): string {
  return keyWords.map(matchingWord).join(' ');
}

/** One key word with its short form written out (the words of matchingWords). */
export const matchingWord = (w: string): string => WORD_FORMS.get(w) ?? w;

export function companyKeyWords(name: string): string[] {
  // Callers may keep and extend the array: hand out a copy of the remembered key.
  return [...keyWordsOf(name)];
}

const slugOf = boundedMemo((joined: string) => joined.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, ''), 50_000);

/** Only ASCII letters and digits: the slug keeps such a word as it is. */
function isPlainAsciiWord(w: string): boolean {
  if (w === '') return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

export function slug(words: readonly string[]): string {
  // Key words are nearly always plain ASCII, which joined by "-" are their own slug: no memo lookup for them.
  if (words.every(isPlainAsciiWord)) return words.join('-');
  return slugOf(words.join('-'));
}

const EXCHANGES: Record<string, string> = {
  hk: 'HKEX', hkg: 'HKEX', hkex: 'HKEX', sehk: 'HKEX', hkse: 'HKEX', 'hong kong': 'HKEX',
  sh: 'SSE', ss: 'SSE', sha: 'SSE', sse: 'SSE', shanghai: 'SSE',
  sz: 'SZSE', she: 'SZSE', szse: 'SZSE', shenzhen: 'SZSE',
  o: 'NASDAQ', oq: 'NASDAQ', nasdaq: 'NASDAQ', nasdaqgs: 'NASDAQ', nasdaqgm: 'NASDAQ', nasdaqcm: 'NASDAQ',
  n: 'NYSE', nyse: 'NYSE', 'new york': 'NYSE',
  otc: 'OTC', otcqx: 'OTC', otcqb: 'OTC', otcmkts: 'OTC', pink: 'OTC', otcbb: 'OTC',
  t: 'TSE', tse: 'TSE', tyo: 'TSE', tokyo: 'TSE',
  l: 'LSE', lse: 'LSE', lon: 'LSE', london: 'LSE',
  to: 'TSX', tsx: 'TSX', toronto: 'TSX',
  ax: 'ASX', asx: 'ASX', sydney: 'ASX',
  de: 'XETRA', xetra: 'XETRA', etr: 'XETRA', fra: 'XETRA', frankfurt: 'XETRA',
  pa: 'EPA', epa: 'EPA', paris: 'EPA',
  as: 'AMS', ams: 'AMS', amsterdam: 'AMS',
  ks: 'KRX', krx: 'KRX', seoul: 'KRX', kosdaq: 'KOSDAQ',
  si: 'SGX', sgx: 'SGX', singapore: 'SGX',
  ns: 'NSE', nse: 'NSE', bo: 'BSE', bse: 'BSE', mumbai: 'BSE',
  tw: 'TWSE', twse: 'TWSE', taipei: 'TWSE', taiwan: 'TWSE',
  amex: 'NYSE American', 'nyse american': 'NYSE American', nysearca: 'NYSE Arca', 'nyse arca': 'NYSE Arca',
  six: 'SIX', sw: 'SIX', zurich: 'SIX', swiss: 'SIX', mc: 'BME', madrid: 'BME', mi: 'BIT', milan: 'BIT',
  // The regional German, Nordic and other European markets Yahoo-style quotes name: "( Berlin : DI6.BE )".
  berlin: 'BER', hamburg: 'HAM', munich: 'MUN', stuttgart: 'STU', dusseldorf: 'DUS',
  stockholm: 'STO', oslo: 'OSE', copenhagen: 'CPH', helsinki: 'HEL', brussels: 'EBR', vienna: 'WBAG',
};

/** Normalises an exchange code or place ("HK", ".O", "Shanghai") to our canonical code, if known. */
export function normaliseExchange(raw: string): string | undefined {
  return EXCHANGES[raw.trim().replace(/^\./, '').toLowerCase()];
}
