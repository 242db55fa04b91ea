/** Text broken into lines of a width, in any script: for the captions drawn into exported images. */

/** Width of `text` drawn in the CSS `font`, in pixels. */
export type MeasureText = (text: string, font: string) => number;

/** Characters of scripts written without spaces between words (CJK, Thai and the like). */
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** Punctuation that never starts a line (it closes), and that never ends one (it opens). */
const CLOSING = /^[\s、。，．・：；！？）」』】〉》〕）,.:;!?)\]}]+$/;
const OPENING = /^[（「『【〈《〔([{]+$/;

/**
 * The places a line of `text` may break: after each space, and in writing without spaces between
 * words (Japanese, Thai …) between its words (Intl.Segmenter's), punctuation kept with the word
 * it closes or opens. Each part keeps its trailing spaces.
 */
function breakableParts(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  return (text.match(/\S+\s*/g) ?? []).flatMap((token) => {
    if (!UNSPACED.test(token)) return [token];
    const parts: string[] = [];
    let opening = '';
    for (const { segment } of segmenter.segment(token)) {
      if (OPENING.test(segment)) opening += segment;
      else if (CLOSING.test(segment) && parts.length > 0 && opening === '')
        parts[parts.length - 1] += segment;
      else {
        parts.push(opening + segment);
        opening = '';
      }
    }
    if (opening !== '') parts.push(opening);
    return parts;
  });
}

/**
 * `text` in lines no wider than `maxWidth`: broken after spaces, between the words of writing
 * without spaces (see `breakableParts`), and within a word only when the word alone is wider.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  font: string,
  measure: MeasureText,
): string[] {
  const fits = (line: string) => measure(line.trimEnd(), font) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  for (const part of breakableParts(text)) {
    if (fits(line + part)) {
      line += part;
      continue;
    }
    push();
    if (fits(part)) {
      line = part;
      continue;
    }
    // A word wider than the line: broken between its characters.
    for (const char of part) {
      if (!fits(line + char)) push();
      line += char;
    }
  }
  push();
  return lines;
}
