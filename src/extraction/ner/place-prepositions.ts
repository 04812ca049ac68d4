// Prepositions that put a name in a place, where "at" may name an employer ("analyst at Peel Hunt").
const IN_PLACE = new Set(['in', 'near', 'outside', 'throughout', 'across']);
// "a stake in Disney", "invested in Nvidia": holdings, not places.
export const HOLDING = /^(?:stake|stakes|invest|invests|invested|investing|investment|investments|shares|stock|position|interest|holding|holdings)$/;

/** "rent in Karrow", "a plant near Dellby": the name at `start` follows a preposition of place, and nothing is held in it. */
export function followsPlacePreposition(words: readonly string[], start: number): boolean {
  return start > 0 && IN_PLACE.has(words[start - 1]!) && !HOLDING.test((words[start - 2] ?? '').toLowerCase());
}
