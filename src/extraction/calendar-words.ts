/** Names of days and months in lower case, as the sentence readers compare them. */

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** A day or month name ("Tuesday", "Sept"), lower case, without its abbreviation's full stop. */
export function isCalendarWord(lower: string): boolean {
  const w = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return WEEKDAYS.has(w) || MONTHS.has(w);
}

/** A month's name or abbreviation in any case, with or without a full stop: "March", "Sept.", "DEC". */
export function isMonthWord(word: string): boolean {
  const w = word.toLowerCase();
  return MONTHS.has(w.endsWith('.') ? w.slice(0, -1) : w);
}

/** A month's name written as a name is, capitalised: "May", "Sept" (not "MAY" of a shouted line, nor "may"). */
// (Month names are of three to nine ASCII letters, which lower-casing keeps: other lengths are passed over first.)
export const isMonthName = (word: string) => word.length >= 3 && word.length <= 9 && /^\p{Lu}\p{Ll}*$/u.test(word) && MONTHS.has(word.toLowerCase());
