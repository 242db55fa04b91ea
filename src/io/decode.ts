/**
 * Bytes of a file → text, the same in the browser and the CLI: UTF-8 (with or without a BOM),
 * UTF-16 with a BOM, and otherwise the likeliest legacy encoding, with a warning that says so.
 */
import { issueAt, type Issue } from './issues';

/** The encodings a file can be read in (WHATWG labels, as `TextDecoder` takes them). */
export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'shift_jis',
] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** What `decodeText` made of some bytes. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** True when the bytes are not Unicode text and `encoding` is the likeliest legacy one. */
  guessed: boolean;
  /** Broken sequences in a mostly UTF-8 file, each read as U+FFFD (�); usually 0. */
  replaced: number;
}

/** How the encodings are named in an issue's value (the catalogue names them in each language). */
const ENCODING_NAMES: Readonly<Record<TextEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)',
  shift_jis: 'Shift_JIS (Japanese)',
};

/** Bytes looked at to tell a binary file (a spreadsheet, an image) from text, as `parseCsv` does. */
const BINARY_SAMPLE = 4096;

/**
 * Decodes a file's bytes: a UTF-16 BOM selects UTF-16, UTF-8 is UTF-8 (a BOM is dropped), and
 * other text is read as Shift_JIS or Windows-1252, whichever `legacyEncoding` finds likelier
 * (`guessed` is then true). Text that is mostly UTF-8 with a few broken bytes stays UTF-8, and
 * `replaced` counts them. A binary file is decoded as UTF-8 for `parseCsv` to reject. Never throws.
 */
export function decodeText(data: Uint8Array | ArrayBuffer): DecodedText {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(bytes, 'utf-16be');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', guessed: false, replaced: 0 };
  } catch {
    // Not UTF-8 throughout: damaged UTF-8, a legacy encoding, or not text at all.
  }
  const utf8 = decoded(bytes, 'utf-8');
  // A binary file (NUL bytes, as parseCsv checks) is no legacy text either.
  if (bytes.subarray(0, BINARY_SAMPLE).includes(0)) return utf8;
  const replaced = utf8.text.match(/\uFFFD/g)?.length ?? 0;
  const valid = (utf8.text.match(/[^\0-\x7F]/g)?.length ?? 0) - replaced;
  // More well-formed than broken multi-byte characters: UTF-8 with some damage, not a legacy file.
  if (valid > replaced) return { ...utf8, replaced };
  const encoding = legacyEncoding(bytes);
  return { ...decoded(bytes, encoding), guessed: true };
}

/**
 * `decodeText`, with a file-level warning for the file `name` (`cities.csv`) when the encoding had
 * to be guessed or some bytes could not be read.
 */
export function decodeFile(
  data: Uint8Array | ArrayBuffer,
  name: string,
): { text: string; issues: Issue[] } {
  const { text, encoding, guessed, replaced } = decodeText(data);
  // The value is what the user sees in the file: the encoding's name, or the � it shows.
  if (guessed) {
    const place = { file: name, row: 1, value: ENCODING_NAMES[encoding] };
    return { text, issues: [issueAt('warning', place, 'encoding-guessed', { encoding })] };
  }
  if (replaced > 0) {
    const place = { file: name, row: 1, value: REPLACEMENT };
    return { text, issues: [issueAt('warning', place, 'invalid-utf8', { count: replaced })] };
  }
  return { text, issues: [] };
}

const REPLACEMENT = '\uFFFD';

function decoded(bytes: Uint8Array, encoding: TextEncoding): DecodedText {
  return { text: new TextDecoder(encoding).decode(bytes), encoding, guessed: false, replaced: 0 };
}

/**
 * Shift_JIS or Windows-1252 for bytes that are not UTF-8. Windows-1252 decodes any bytes, so
 * Shift_JIS has to earn it: it must decode without error, and either the bytes use one of the
 * five that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D: lead bytes of common
 * kanji and of every full-width symbol), or most of what it decodes to is Japanese script that
 * stands apart from Latin letters. An accented Latin letter read as Shift_JIS swallows the letter
 * after it and becomes a kanji or half-width kana inside a word ("São" → "S" + kanji), which the
 * second test catches.
 */
export function legacyEncoding(bytes: Uint8Array): 'shift_jis' | 'windows-1252' {
  let text: string;
  try {
    text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
  } catch {
    return 'windows-1252';
  }
  if (bytes.some((b) => b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d)) {
    return 'shift_jis';
  }
  let nonAscii = 0;
  let japanese = 0;
  // By UTF-16 code unit: Japanese script and Latin letters are all in the BMP.
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    const glued = LATIN_LETTER.test(text[i - 1] ?? '') || LATIN_LETTER.test(text[i + 1] ?? '');
    if (!glued && JAPANESE.test(char)) japanese++;
  }
  return nonAscii > 0 && japanese * 2 > nonAscii ? 'shift_jis' : 'windows-1252';
}

const LATIN_LETTER = /^[A-Za-z]$/;
/** Kana, kanji, CJK and full-width punctuation, and half-width katakana. */
const JAPANESE = /^[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff9f]$/;
