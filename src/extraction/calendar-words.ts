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
