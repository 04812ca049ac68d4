/**
 * Spans in order of their first token. Most passes leave a sentence's spans in that order, and Array.prototype.sort
 * copies its array before sorting even then; a stable sort leaves an ordered array as it is, so when the spans are in
 * order already these skip the sort (and the copy) and give the same array back.
 */

interface Positioned {
  start: number;
}

const byStart = (a: Positioned, b: Positioned) => a.start - b.start;

/** No span starts before the one ahead of it. */
export function inStartOrder(spans: readonly Positioned[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k - 1]!.start > spans[k]!.start) return false;
  return true;
}

/** Sorts the spans by start in place, as spans.sort((a, b) => a.start - b.start) does; returns them. */
export function sortByStart<T extends Positioned>(spans: T[]): T[] {
  return inStartOrder(spans) ? spans : spans.sort(byStart);
}

/** The spans by start, for reading only: the spans themselves when in order, else a sorted copy. */
export function readByStart<T extends Positioned>(spans: readonly T[]): readonly T[] {
  return inStartOrder(spans) ? spans : [...spans].sort(byStart);
}
