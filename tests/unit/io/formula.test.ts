/** The formula-injection escape, both ways: what a spreadsheet sees, and what the loader reads back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from '../../../src/io/formula';

describe('escapeFormula', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])(
    'puts an apostrophe before text starting with %j',
    (start) => {
      expect(escapeFormula(`${start}cmd`)).toBe(`'${start}cmd`);
    },
  );

  it.each([
    ['a;@SUM(1)', "a;'@SUM(1)"],
    ['a,=1+2', "a,'=1+2"],
    ['a\t+1', "a\t'+1"],
    ['first line\n-2+3', "first line\n'-2+3"],
    ['first line\r\n=1', "first line\r\n'=1"],
    // After a delimiter, a quote opens a quoted cell: `""=x` reads as `=x`.
    ['x;"=1+2"', `x;'"=1+2"`],
    // Already an apostrophe there: one more, so that reading back is exact.
    ["a;'=1", "a;''=1"],
    ['=a;=b', "'=a;'=b"],
  ])('escapes a formula after a delimiter or line end inside the text: %j', (text, escaped) => {
    expect(escapeFormula(text)).toBe(escaped);
  });

  it.each(['plain', '', "'plain", '1-2', 'a=b', ' =x', 'waste;energy', 'a; =x', 'a;b=c', 'a;'])(
    'leaves %j alone',
    (text) => {
      expect(escapeFormula(text)).toBe(text);
    },
  );
});

describe('unescapeFormula', () => {
  it.each([
    ["'=x", '=x'],
    ["a;'@SUM(1)", 'a;@SUM(1)'],
    ["a\t'+1", 'a\t+1'],
    ["''=x", "'=x"],
  ])('drops the escape of %j', (text, plain) => {
    expect(unescapeFormula(text)).toBe(plain);
  });

  it.each(["'plain", "a;'b", "it's", "a,' =x"])(
    'leaves an apostrophe that escapes nothing: %j',
    (text) => {
      expect(unescapeFormula(text)).toBe(text);
    },
  );

  it('gives back any text escaped, however delimiters, quotes, apostrophes and starters mix', () => {
    const nasty = fc.string({
      unit: fc.constantFrom(',', ';', '\t', '\r', '\n', "'", '"', '=', '+', '-', '@', ' ', 'a'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.oneof(nasty, fc.string()), (text) => {
        expect(unescapeFormula(escapeFormula(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
