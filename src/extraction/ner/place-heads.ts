import type { NerModel } from './perceptron-tagger.js';
import type { NerSpan } from './recognise-mentions.js';

// Last words of the names of places: "Kellow Basin", "Amber Point", "Gold Coast", "Harrow Boulevard".
const PLACE_HEADS = new Set(
  'Basin Point Coast Boulevard Street Avenue Road Highway Motorway Expressway Terminal Terminus River Lake Valley Bay Island Islands Peninsula Desert Beach Park Square Heights Hills Mountains Canyon Creek Falls Harbour Harbor Gulf Strait Sea Ocean'.split(' '),
);
// Last words of streets' names, a place after a house number ("90 York Way", "12 Harrow Lane").
const STREET_HEADS = new Set(['Way', 'Lane', 'Drive', 'Street', 'Road', 'Avenue', 'Place', 'Close', 'Crescent', 'Court', 'Terrace']);
// Of those, the ones no one bears as a surname, whatever a name list holds ("Kelso Island", "Dorran Peninsula").
const NO_SURNAME_HEADS = new Set('Basin Boulevard Avenue Highway Motorway Expressway Terminal Terminus Island Islands Peninsula Desert Heights Mountains Canyon Strait Ocean'.split(' '));
// First words of the names of places: "Mount Kellow", "Cape Dorran", "Fort Ashby".
const PLACE_OPENERS = new Set(['Mount', 'Cape', 'Fort']);

/**
 * Is this span of two words or more the name of a place, by its last word, or two words by the first ("Mount Kellow")?
 * For a person, only a last word that is nobody's surname counts ("Michael Bay", "Andrew Park" stay people).
 */
export function endsWithPlaceHead(model: NerModel, words: readonly string[], span: NerSpan): boolean {
  const last = words[span.end - 1]!;
  if (span.end - span.start === 2 && PLACE_OPENERS.has(words[span.start]!) && /^\p{Lu}\p{Ll}+$/u.test(last)) return true;
  // "90 York Way": a street named after its house number.
  if (span.end - span.start >= 2 && STREET_HEADS.has(last) && /^\d+[A-Za-z]?$/.test(words[span.start - 1] ?? '')) return true;
  if (span.end - span.start < 2 || !PLACE_HEADS.has(last)) return false;
  return span.label !== 'PER' || NO_SURNAME_HEADS.has(last) || !model.lexicon(last.toLowerCase()).includes('pn');
}
