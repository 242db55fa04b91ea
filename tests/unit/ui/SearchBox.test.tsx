// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED } from './bundledDataset';
import { createTranslator } from '../../../src/i18n/core';
import type { Language } from '../../../src/state/language';
import type { RecordRef } from '../../../src/state/vocabulary';
import { SearchBox } from '../../../src/ui/SearchBox';

// The bundled data, as the app loads it (node's file reads are not at hand in jsdom).
const dataset = BUNDLED;

afterEach(cleanup);

function renderSearch(language: Language = 'en') {
  const onSelect = vi.fn<(id: string) => void>();
  const onOpenRecord = vi.fn<(ref: RecordRef) => void>();
  render(
    <I18nextProvider i18n={createTranslator(language)}>
      <SearchBox dataset={dataset} onSelectCity={onSelect} onOpenRecord={onOpenRecord} />
    </I18nextProvider>,
  );
  // The name the browser tests find it by, before and after records joined the search.
  const box = screen.getByRole('combobox', {
    name: language === 'en' ? /^Find a city/ : '都市・研修・連携を探す',
  });
  return { box, onSelect, onOpenRecord };
}

const options = () => screen.queryAllByRole('option').map((option) => option.textContent);

describe('the sidebar search', () => {
  it('finds a workshop by its title, says it is one, and opens it with Enter', () => {
    const { box, onSelect, onOpenRecord } = renderSearch();
    fireEvent.change(box, { target: { value: 'pilot training' } });
    expect(options()).toHaveLength(1);
    expect(options()[0]).toMatch(/^Pilot Training Workshop: .* · Workshop · 2017$/);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onOpenRecord).toHaveBeenCalledWith({ kind: 'workshop', id: 'ws-2017-11-osaka' });
    expect(onSelect).not.toHaveBeenCalled();
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('finds partnerships by either city, after the city itself, and opens one with Enter', () => {
    const { box, onSelect, onOpenRecord } = renderSearch();
    fireEvent.change(box, { target: { value: 'Surabaya' } });
    expect(options()).toEqual([
      'Surabaya · Indonesia',
      'Kitakyushu – Surabaya · Partnership · since 2004',
      'Toyama – Surabaya · Partnership · year unknown',
    ]);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[2]!.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onOpenRecord).toHaveBeenCalledWith({ kind: 'partnership', id: 'p-toyama-surabaya' });
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('lists cities first, then workshops, then partnerships, and still selects a city', () => {
    const { box, onSelect, onOpenRecord } = renderSearch();
    fireEvent.change(box, { target: { value: 'kitakyushu' } });
    const found = options();
    expect(found[0]).toBe('Kitakyushu 北九州市 · Japan');
    expect(found[1]).toMatch(/^Study Tour on Waste Management .* · Workshop · 2018$/);
    expect(found.slice(2).every((text) => text!.includes('· Partnership ·'))).toBe(true);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith('kitakyushu');
    expect(onOpenRecord).not.toHaveBeenCalled();
  });

  it('names a partnership’s cities the way the reader knows them', () => {
    const { box } = renderSearch('ja');
    fireEvent.change(box, { target: { value: 'kyoto' } });
    expect(options()).toContain('京都市 – Vientiane・連携・2016年〜');
  });
});
