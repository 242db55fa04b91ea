/** Files as bytes: UTF-8 and UTF-16 read exactly, legacy encodings read and said so. */
import { describe, expect, it } from 'vitest';
import { decodeText, legacyEncoding } from '../../../src/io/decode';
import { loadDataset } from './helpers';

const HEADER = 'id,name,local_name,country,lat,lon';
const TEXT = [
  HEADER,
  'sao-paulo,São Paulo,São Paulo,BR,-23.55,-46.63',
  'osaka,Osaka,大阪市,JP,34.69,135.5',
  '',
].join('\n');

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => {
  const bytes = [0xff, 0xfe];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(unit & 0xff, unit >> 8);
  }
  return Uint8Array.from(bytes);
};
const utf16be = (text: string) => {
  const le = utf16le(text);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return be;
};
/** Latin-1 text as Windows-1252 bytes (the two agree on letters such as ã, é, ü). */
const windows1252 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));

// Shift_JIS: 大阪市 (kanji whose lead bytes Windows-1252 leaves undefined), おおさか (kana only).
const OSAKA_KANJI = [0x91, 0xe5, 0x8d, 0xe3, 0x8e, 0x73];
const OSAKA_KANA = [0x82, 0xa8, 0x82, 0xa8, 0x82, 0xb3, 0x82, 0xa9];

describe('decodeText', () => {
  it.each([
    ['UTF-8', utf8(TEXT)],
    ['UTF-8 with a BOM', bytes([0xef, 0xbb, 0xbf], TEXT)],
    ['UTF-16 LE with a BOM', utf16le(TEXT)],
    ['UTF-16 BE with a BOM', utf16be(TEXT)],
  ])('reads %s exactly, with no warning', (_name, data) => {
    expect(decodeText(data)).toMatchObject({ text: TEXT, guessed: false, replaced: 0 });
    const result = loadDataset({ cities: data });
    expect(result.issues).toEqual([]);
    expect(result.dataset.cities.map((c) => [c.name, c.localName])).toEqual([
      ['São Paulo', 'São Paulo'],
      ['Osaka', '大阪市'],
    ]);
  });

  it('reads a Windows-1252 file (São Paulo) right, with a file-level warning naming the encoding', () => {
    const data = windows1252(
      `${HEADER}\nsao-paulo,São Paulo,,BR,-23.55,-46.63\nzurich,Zürich,,CH,47.37,8.54\n`,
    );
    expect(decodeText(data)).toMatchObject({ encoding: 'windows-1252', guessed: true });
    const result = loadDataset({ cities: data });
    expect(result.dataset.cities.map((c) => c.name)).toEqual(['São Paulo', 'Zürich']);
    expect(result.issues).toEqual([
      {
        file: 'cities.csv',
        row: 1,
        column: '',
        value: 'Windows-1252 (Western European)',
        severity: 'warning',
        code: 'encoding-guessed',
        params: { encoding: 'windows-1252' },
        message: expect.stringMatching(/not UTF-8.*Windows-1252.*save the file as "CSV UTF-8"/),
      },
    ]);
  });

  it('reads a Shift_JIS file (大阪市, おおさか) right, with a warning naming Shift_JIS', () => {
    const data = bytes(
      `${HEADER}\nosaka,Osaka,`,
      OSAKA_KANJI,
      `,JP,34.69,135.5\nkana,Osaka,`,
      OSAKA_KANA,
      ',JP,34.7,135.5\n',
    );
    expect(decodeText(data)).toMatchObject({ encoding: 'shift_jis', guessed: true });
    const result = loadDataset({ cities: data });
    expect(result.dataset.cities.map((c) => c.localName)).toEqual(['大阪市', 'おおさか']);
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: 'cities.csv',
        row: 1,
        severity: 'warning',
        value: 'Shift_JIS (Japanese)',
      }),
    ]);
  });

  it('tells Shift_JIS from Windows-1252 when both decode without error', () => {
    // Kana only: no byte Windows-1252 leaves undefined, yet the text is plainly Japanese.
    expect(legacyEncoding(bytes('osaka,', OSAKA_KANA, '\n'))).toBe('shift_jis');
    // "São Paulo" is valid Shift_JIS too (ã + o make one kanji), but a kanji inside a Latin
    // word is what a misread accent looks like.
    const saoPaulo = windows1252('id,name\nsp,São Paulo\nrj,Rio de Janeiro\n');
    expect(new TextDecoder('shift_jis', { fatal: true }).decode(saoPaulo)).not.toContain('ã');
    expect(legacyEncoding(saoPaulo)).toBe('windows-1252');
    expect(legacyEncoding(windows1252('Montréal,Bogotá,Zürich'))).toBe('windows-1252');
    expect(legacyEncoding(bytes(OSAKA_KANJI))).toBe('shift_jis');
  });

  it('keeps a UTF-8 file with a few broken bytes as UTF-8, and says how many', () => {
    const data = bytes(
      `${HEADER}\nosaka,Osaka,大阪市,JP,34.69,135.5\nhue,Hu`,
      [0xe9],
      ',,VN,16.46,107.59\n',
    );
    expect(decodeText(data)).toMatchObject({ encoding: 'utf-8', guessed: false, replaced: 1 });
    const result = loadDataset({ cities: data });
    expect(result.dataset.cities.map((c) => c.localName)).toEqual(['大阪市', '']);
    expect(result.issues).toEqual([
      expect.objectContaining({
        row: 1,
        severity: 'warning',
        message: expect.stringMatching(/one character in it is not valid UTF-8/),
      }),
    ]);
  });

  it('rejects a binary file as binary, not as text in a legacy encoding', () => {
    const zip = bytes(
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xe9, 0xff],
      HEADER,
    );
    const result = loadDataset({ cities: zip });
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/binary/) }),
    ]);
  });

  it('takes an ArrayBuffer as the browser reads a File', () => {
    expect(decodeText(utf16le(TEXT).buffer).text).toBe(TEXT);
  });
});
