import { describe, expect, it } from 'vitest';
import { EN, JA } from '../../../src/i18n/catalogue';
import { createTranslator } from '../../../src/i18n/core';

/** Every leaf of a catalogue as `namespace:path.to.key` → text. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path =
      prefix === '' ? `${key}:` : prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`;
    if (typeof value === 'string') found.set(path, value);
    else for (const [p, v] of leaves(value as object, path)) found.set(p, v);
  }
  return found;
}

/** The interpolation variables of a text: `{{count, number}}` → `count`. */
const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]).sort();

describe('the catalogues', () => {
  const en = leaves(EN);
  const ja = leaves(JA);

  it('have exactly the same keys in English and Japanese', () => {
    expect([...ja.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('use the same interpolation variables in both languages, key by key', () => {
    for (const [key, text] of en)
      expect(variables(ja.get(key) ?? ''), key).toEqual(variables(text));
  });

  it('have no empty text', () => {
    for (const [key, text] of [...en, ...ja]) expect(text.trim(), key).not.toBe('');
  });

  it('translate through i18next in either language', () => {
    expect(createTranslator('ja').t('shell:title')).toBe(JA.shell.title);
    expect(createTranslator('en').t('shell:title')).toBe(EN.shell.title);
  });
});
