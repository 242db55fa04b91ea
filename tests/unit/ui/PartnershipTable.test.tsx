// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED } from './bundledDataset';
import type { Partnership } from '../../../src/domain/types';
import { createTranslator } from '../../../src/i18n/core';
import type { Language } from '../../../src/state/language';
import type { RecordRef } from '../../../src/state/vocabulary';
import { PartnershipTable } from '../../../src/ui/PartnershipTable';

// The bundled data, as the app loads it (node's file reads are not at hand in jsdom).
const dataset = BUNDLED;

afterEach(cleanup);

function renderTable(
  {
    partnerships = dataset.partnerships,
    openRecord = null,
  }: { partnerships?: readonly Partnership[]; openRecord?: RecordRef | null } = {},
  language: Language = 'en',
) {
  const onOpenRecord = vi.fn<(ref: RecordRef) => void>();
  const onSelectCity = vi.fn<(id: string) => void>();
  render(
    <I18nextProvider i18n={createTranslator(language)}>
      <PartnershipTable
        dataset={dataset}
        partnerships={partnerships}
        openRecord={openRecord}
        onOpenRecord={onOpenRecord}
        onSelectCity={onSelectCity}
      />
    </I18nextProvider>,
  );
  return { onOpenRecord, onSelectCity };
}

/** The partnerships' ids in the order of the rows, read from their Open buttons' names. */
function rowIds(): string[] {
  return screen.getAllByRole('button', { name: /^Open the partnership/ }).map((button) => {
    const [a, b] = button
      .getAttribute('aria-label')!
      .replace('Open the partnership ', '')
      .split(' – ');
    const id = (name: string) => dataset.cities.find((city) => city.name === name)!.id;
    return dataset.partnerships.find((p) => p.cityAId === id(a!) && p.cityBId === id(b!))!.id;
  });
}

const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });
const UNKNOWN_YEARS = [
  'p-toyama-surabaya',
  'p-kitakyushu-mandalay',
  'p-kyoto-iskandar-malaysia',
  'p-tokyo-iskandar-malaysia',
  'p-toyama-iskandar-malaysia',
];

describe('the partnership table', () => {
  it('sorts by years in time order both ways, the unknown years last', () => {
    renderTable();
    fireEvent.click(within(header('Years')).getByRole('button'));
    expect(header('Years').getAttribute('aria-sort')).toBe('ascending');
    const ascending = rowIds();
    expect(ascending.slice(0, 4)).toEqual([
      'p-kitakyushu-surabaya', // 2004
      'p-osaka-ho-chi-minh-city', // 2011
      'p-fukuoka-yangon', // 2012, Fukuoka before Yokohama
      'p-yokohama-cebu-city', // 2012
    ]);
    expect(new Set(ascending.slice(-5))).toEqual(new Set(UNKNOWN_YEARS));

    fireEvent.click(within(header('Years')).getByRole('button'));
    expect(header('Years').getAttribute('aria-sort')).toBe('descending');
    const descending = rowIds();
    expect(descending[0]).toBe('p-sakai-da-nang'); // 2024
    expect(new Set(descending.slice(-5))).toEqual(new Set(UNKNOWN_YEARS));
  });

  it('narrows the rows to either city’s name or local name, and says how many match', () => {
    renderTable();
    expect(screen.getByRole('status').textContent).toBe('24 partnerships');
    const search = screen.getByRole('searchbox', { name: 'Find a partnership by city' });
    fireEvent.change(search, { target: { value: 'da nang' } });
    expect(screen.getByRole('status').textContent).toBe('Showing 2 of 24 partnerships');
    expect(rowIds().sort()).toEqual(['p-sakai-da-nang', 'p-yokohama-da-nang']);
    fireEvent.change(search, { target: { value: '北九州' } });
    expect(screen.getByRole('status').textContent).toBe('Showing 6 of 24 partnerships');
    expect(rowIds().every((id) => id.startsWith('p-kitakyushu-'))).toBe(true);
  });

  it('opens a partnership from its row, and marks the open one', () => {
    const { onOpenRecord } = renderTable({
      openRecord: { kind: 'partnership', id: 'p-toyama-surabaya' },
    });
    fireEvent.click(
      screen.getByRole('button', { name: 'Open the partnership Kitakyushu – Surabaya' }),
    );
    expect(onOpenRecord).toHaveBeenCalledWith({ kind: 'partnership', id: 'p-kitakyushu-surabaya' });
    const open = screen.getByRole('button', { name: 'Open the partnership Toyama – Surabaya' });
    expect(open.getAttribute('aria-current')).toBe('true');
    expect(open.closest('tr')!.className).toBe('selected');
  });

  it('shows both cities as buttons that select the city, in the reader’s names', () => {
    const { onSelectCity } = renderTable({}, 'ja');
    const row = screen
      .getByRole('button', { name: '連携「北九州市 – Surabaya」を開く' })
      .closest('tr')!;
    expect(row.textContent).toContain('グリーン姉妹都市');
    fireEvent.click(within(row).getByRole('button', { name: '北九州市' }));
    expect(onSelectCity).toHaveBeenCalledWith('kitakyushu');
  });

  it('says so when the filters leave no partnership', () => {
    renderTable({ partnerships: [] });
    expect(screen.getByText('No partnerships in the current filters.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
