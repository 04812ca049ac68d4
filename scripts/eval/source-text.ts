/**
 * Rebuilds the running text a gold tokenisation was cut from, so the extractor reads news as it was written
 * ("Orvane Inc." rather than "Orvane Inc ."), and records where each gold token lies in it.
 */

/** The rebuilt text and, for each gold token, its character offsets in it. */
export interface SourceText {
  text: string;
  /** Per sentence, per token: [start, end) in `text`. */
  offsets: [number, number][][];
}

// Tokens a tokeniser cuts from the word before them: closing punctuation, clitics, and the dotted tail of a ticker
// or a web address ("WMT .N", "Orvane .com").
const CLOSES = /^(?:[.,!?;:%)\]}”’]+|['’](?:s|S|re|ve|ll|d|m)|n['’]t|\.\p{L}+)$/u;
// Tokens a tokeniser cuts from the word after them: opening brackets and currency signs.
const OPENS = /^[([{“$£€¥]$/u;

/** Whether the source had no space between two gold tokens. */
export function joinsWithoutSpace(previous: string, token: string): boolean {
  return OPENS.test(previous) || CLOSES.test(token);
}

/**
 * Joins each sentence's tokens as the source wrote them (sentences one paragraph each); with `spaced`, joins every
 * pair of tokens with a space instead, for gold whose names stop short of a full stop that both closes a sentence
 * and shortens the name's last word (CoNLL's "Lear Corp" before its sentence's ".").
 */
export function sourceText(sentences: readonly (readonly string[])[], spaced: boolean): SourceText {
  let text = '';
  const offsets: [number, number][][] = [];
  sentences.forEach((words, si) => {
    if (si > 0) text += '\n\n';
    const own: [number, number][] = [];
    words.forEach((w, wi) => {
      if (wi > 0 && (spaced || !joinsWithoutSpace(words[wi - 1]!, w))) text += ' ';
      own.push([text.length, text.length + w.length]);
      text += w;
    });
    offsets.push(own);
  });
  return { text, offsets };
}
