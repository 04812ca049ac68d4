import { boundedMemo } from './bounded-memo.js';
/** Tells public bodies (regulators, unions, exchanges, agencies) from companies by the shape of the name. */

const BODY_HEADS = new Set(
  (
    'union unions commission ministry department agency authority bureau board council committee subcommittee court ' +
    'parliament congress senate government association institute university federation reserve exchange ' +
    'workers regulator administration organization organisation office tribunal assembly cabinet ' +
    'police army navy party senate house league society foundation coalition alliance secretariat treasury'
  ).split(' '),
);

const BODY_NAMES = new Set(
  (
    'sec|ftc|fda|fcc|doj|epa|irs|cftc|finra|fed|federal reserve|eu|european union|european commission|opec|imf|' +
    'world bank|wto|un|united nations|nato|white house|pentagon|kremlin|nasdaq|nyse|hkex|lse|ecb|boj|pboc|' +
    'cma|ofcom|fsa|fca|csrc|ndrc|miit|mofcom|sasac|uaw|afl-cio|teamsters|iea|oecd|g7|g20|asean|who|cdc|nhtsa|faa|ntsb|' +
    'european central bank|bank of england|bank of japan|bank of canada|people\'s bank of china|reserve bank of australia|' +
    'reserve bank of india|bundesbank|congress|senate|parliament|supreme court|treasury|speea'
  ).split('|'),
);

export const isPublicBody: (name: string) => boolean = boundedMemo(judgePublicBody, 50_000);

function judgePublicBody(name: string): boolean {
  const lower = name.toLowerCase().replace(/[’]/g, "'").trim();
  if (BODY_NAMES.has(lower)) return true;
  const words = lower.split(/\s+/);
  const head = words[words.length - 1]!;
  if (BODY_HEADS.has(head)) return true;
  if (/^(ministry|department|bureau|office|minister) of\b/.test(lower)) return true;
  if (/\b(stock exchange|central bank|labor union|labour union|trade union)\b/.test(lower)) return true;
  return false;
}

// Last words of newspapers' names ("The Daily Telegraph", "Wall Street Journal"); "Post", "Express", "Mail" and "Courier"
// also end companies' ("Deutsche Post", "American Express", "Royal Mail", "Purolator Courier").
const PUBLICATION_HEADS = new Set(['times', 'journal', 'telegraph', 'herald', 'tribune', 'gazette', 'chronicle', 'observer', 'inquirer', 'examiner']);

/**
 * "The Telegraph", "Financial Times": a newspaper's name, no company's ("New York Times Co" is its publisher, "Kelvoran
 * Telephone and Telegraph" a company of what it sells).
 */
export function isPublication(name: string): boolean {
  if (!PUBLICATION_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) return false;
  const words = name.toLowerCase().split(/\s+/);
  return !words.includes('and') && !words.includes('&');
}

