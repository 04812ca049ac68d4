import { endsWithLegalSuffix } from './name-normalisation.js';
import type { NameSpan } from './analysis-types.js';

/** "Globex , Initech": names of one list follow one another over a comma, an "and", or both, perhaps after a possessive. */
function joinsList(lower: readonly string[], end: number, next: number): boolean {
  let k = end;
  if (lower[k] === "'s" || lower[k] === '’s') k++;
  // The gap is ",", "and", ", and", "or" or ", or" (read word by word: no token holds a space).
  if (next - k === 1) return lower[k] === ',' || lower[k] === 'and' || lower[k] === 'or';
  return next - k === 2 && lower[k] === ',' && (lower[k + 1] === 'and' || lower[k + 1] === 'or');
}

/**
 * "Orvane , Quillmere Tarn , Kestwell and Globex": a name the tagger took for a person in a list of three names or more,
 * most of them companies, is a company too (firms named for their founders: "Hale Brothers", "Kestwell Freres"). It
 * stays the person when it is part of a person's longer name in the story ("Peter Hale … Globex , Initech and Hale"), and
 * a product when it starts as a company of the story does without being its short form ("Globex Strider , Globex Corp
 * and Initech"). Only a list with a firm written with its legal suffix counts ("Sling TV , Hulu and Vue" lists brands);
 * places are left alone, as lists of firms name the places they work in too. `lowerOf` gives a sentence's lower-cased
 * words; names are retyped in place.
 */
export function retypeCompanyLists(names: NameSpan[], lowerOf: (sentence: number) => readonly string[]): void {
  const firstWord = (n: NameSpan) => n.text.split(/\s+/)[0]!;
  // People's names and the companies as the names were typed on entry, gathered only for a list that may be retyped
  // (most stories have none), before the first retyping.
  let people: string[][] = [];
  let companies: NameSpan[] = [];
  let gathered = false;
  const gather = () => {
    if (gathered) return;
    gathered = true;
    people = names.filter((n) => n.type === 'Person').map((n) => n.text.split(/\s+/));
    companies = names.filter((n) => n.type === 'Company');
  };
  const partOfPerson = (n: NameSpan) => {
    const words = n.text.split(/\s+/);
    return people.some((p) => p.length > words.length && words.every((w) => p.includes(w)));
  };
  const product = (n: NameSpan) => companies.some((c) => firstWord(c) === firstWord(n) && !c.text.startsWith(n.text));
  const mistyped = (n: NameSpan) => n.type === 'Person' && !partOfPerson(n) && !product(n);
  const ordered = [...names].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  let list: NameSpan[] = [];
  const close = () => {
    if (list.length >= 3) {
      const listed = list.filter((n) => n.type === 'Company');
      const firms = listed.some((n) => endsWithLegalSuffix(n.text));
      if (listed.length >= 2 && listed.length * 2 > list.length && firms) {
        gather();
        for (const n of list) if (mistyped(n)) n.type = 'Company';
      }
    }
    list = [];
  };
  for (const n of ordered) {
    const last = list[list.length - 1];
    if (last && (last.sentence !== n.sentence || !joinsList(lowerOf(n.sentence), last.end, n.start))) close();
    list.push(n);
  }
  close();
}
