/**
 * The capital-letter names of news and press-release agencies, credited in brackets after a dateline's place
 * ("Lagos ( AFP ) -", "Toronto , Ontario ( PRWEB )"), where a company's ticker would stand after its name.
 */
const AGENCY_CODES = new Set(
  'AP AFP UPI DPA EFE ANSA AAP PTI IANS ANI UNI GNA NAN KUNA WAM SPA MENA IRNA TASS BSS APA CNA BNA PRWEB'.split(' '),
);

/** "AFP", "PRWEB": a news agency's name in capitals, not a ticker. */
export const isNewsAgencyCode = (word: string) => AGENCY_CODES.has(word);

// News agencies and wires credited by name in a dateline's brackets: "LONDON ( Reuters ) -", "NEW YORK ( AP ) —".
const AGENCY_NAMES = new Set(['Reuters', 'REUTERS', 'Bloomberg', 'Xinhua', 'Kyodo', 'Yonhap', 'Bernama', 'Interfax', 'Dow Jones', 'Associated Press', 'Business Wire', 'PR Newswire', 'PRNewswire', 'GLOBE NEWSWIRE', 'Globe Newswire', 'ACCESSWIRE', 'Accesswire', 'EINPresswire']);

/**
 * "( Reuters )", "( AP )", "/ PRNewswire /": a news agency or wire credited in brackets or slashes of its own is the
 * story's source, no party to its news. Takes the words of a sentence and a name's span in them.
 */
export function isAgencyCredit(words: readonly string[], start: number, end: number): boolean {
  const bracketed = words[start - 1] === '(' && words[end] === ')';
  if (!bracketed && !(words[start - 1] === '/' && words[end] === '/')) return false;
  const name = words.slice(start, end).join(' ');
  return AGENCY_CODES.has(name) || AGENCY_NAMES.has(name);
}
