// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED } from './bundledDataset';
import type { Workshop } from '../../../src/domain/types';
import { createTranslator } from '../../../src/i18n/core';
import type { Language } from '../../../src/state/language';
import type { RecordRef } from '../../../src/state/vocabulary';
import { WorkshopTable } from '../../../src/ui/WorkshopTable';
import { makeWorkshop } from '../../support/records';

// The bundled data, as the app loads it (node's file reads are not at hand in jsdom).
const dataset = BUNDLED;

// A workshop of unknown size, dated only by its month, before every bundled one.
const unknownSize = makeWorkshop({
  id: 'ws-unknown',
  title: 'Workshop of unknown size',
  startDate: '2016-03',
  participants: null,
});

afterEach(cleanup);

function renderTable(
  {
    workshops = dataset.workshops,
    openRecord = null,
    onOpenRecord = vi.fn<(ref: RecordRef) => void>(),
    onSelectCity = vi.fn<(id: string) => void>(),
  }: {
    workshops?: readonly Workshop[];
    openRecord?: RecordRef | null;
    onOpenRecord?: (ref: RecordRef) => void;
    onSelectCity?: (id: string) => void;
  } = {},
  language: Language = 'en',
) {
  const ui: ReactNode = (
    <WorkshopTable
      dataset={dataset}
      workshops={workshops}
      openRecord={openRecord}
      onOpenRecord={onOpenRecord}
      onSelectCity={onSelectCity}
    />
  );
  render(<I18nextProvider i18n={createTranslator(language)}>{ui}</I18nextProvider>);
  return { onOpenRecord, onSelectCity };
}

/** The workshops' ids in the order of the table's rows, by their titles. */
function rowIds(workshops: readonly Workshop[] = [...dataset.workshops, unknownSize]): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => workshops.find((w) => w.title === cell.textContent)!.id);
}

const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });

describe('the workshop table', () => {
  it('lists the workshops in time order, and by people largest first with unknown last', () => {
    renderTable({ workshops: [...dataset.workshops, unknownSize] });
    expect(rowIds()).toEqual([
      'ws-unknown',
      'ws-2017-01-kitakyushu',
      'ws-2017-07-kawasaki',
      'ws-2017-11-osaka',
      'ws-2018-05-kitakyushu',
      'ws-2019-01-kitakyushu',
      'ws-2019-11-toyama',
      'ws-2020-02-yokkaichi',
      'ws-2020-12-online',
    ]);
    expect(header('Dates').getAttribute('aria-sort')).toBe('ascending');

    fireEvent.click(within(header('People')).getByRole('button'));
    expect(header('People').getAttribute('aria-sort')).toBe('descending');
    expect(header('Dates').getAttribute('aria-sort')).toBe('none');
    // 70, 60, 40, 30, then the two of 14 in time order, 7, 4, and the unknown one last.
    expect(rowIds()).toEqual([
      'ws-2017-07-kawasaki',
      'ws-2020-02-yokkaichi',
      'ws-2020-12-online',
      'ws-2019-11-toyama',
      'ws-2017-01-kitakyushu',
      'ws-2019-01-kitakyushu',
      'ws-2017-11-osaka',
      'ws-2018-05-kitakyushu',
      'ws-unknown',
    ]);

    fireEvent.click(within(header('People')).getByRole('button'));
    expect(header('People').getAttribute('aria-sort')).toBe('ascending');
    const ascending = rowIds();
    expect(ascending.slice(0, 2)).toEqual(['ws-2018-05-kitakyushu', 'ws-2017-11-osaka']);
    expect(ascending.at(-1)).toBe('ws-unknown');
  });

  it('sorts by dates in time order both ways, not by the worded dates', () => {
    renderTable();
    fireEvent.click(within(header('Title')).getByRole('button'));
    expect(rowIds()[0]).toBe('ws-2017-07-kawasaki'); // "City-to-City Collaboration Workshop …"
    fireEvent.click(within(header('Dates')).getByRole('button'));
    expect(rowIds()).toEqual(dataset.workshops.map((w) => w.id));
    fireEvent.click(within(header('Dates')).getByRole('button'));
    expect(header('Dates').getAttribute('aria-sort')).toBe('descending');
    expect(rowIds()).toEqual(dataset.workshops.map((w) => w.id).reverse());
  });

  it('narrows the rows to the titles that contain the search, and says how many match', () => {
    renderTable();
    expect(screen.getByRole('status').textContent).toBe('8 workshops');
    const search = screen.getByRole('searchbox', { name: 'Find a workshop by title' });
    fireEvent.change(search, { target: { value: 'TRAINING' } });
    expect(screen.getByRole('status').textContent).toBe('Showing 4 of 8 workshops');
    expect(rowIds()).toEqual([
      'ws-2017-11-osaka',
      'ws-2019-01-kitakyushu',
      'ws-2019-11-toyama',
      'ws-2020-12-online',
    ]);
    fireEvent.change(search, { target: { value: 'no such workshop' } });
    expect(screen.getByRole('status').textContent).toBe('Showing 0 of 8 workshops');
    expect(within(screen.getByRole('table')).queryAllByRole('rowheader')).toEqual([]);
  });

  it('opens a workshop from its title, and marks the open one', () => {
    const { onOpenRecord } = renderTable({
      openRecord: { kind: 'workshop', id: 'ws-2019-11-toyama' },
    });
    fireEvent.click(screen.getByRole('button', { name: /^Pilot Training Workshop/ }));
    expect(onOpenRecord).toHaveBeenCalledWith({ kind: 'workshop', id: 'ws-2017-11-osaka' });
    const open = screen.getByRole('button', { name: /^Training on City-to-City/ });
    expect(open.getAttribute('aria-current')).toBe('true');
    expect(open.closest('tr')!.className).toBe('selected');
    expect(
      screen.getByRole('button', { name: /^Pilot Training/ }).getAttribute('aria-current'),
    ).toBeNull();
  });

  it('shows the cities of each role as buttons that select the city, in the reader’s names', () => {
    const { onSelectCity } = renderTable({}, 'ja');
    const osaka = screen.getByRole('rowheader', { name: /^Pilot Training/ }).closest('tr')!;
    const cells = within(osaka).getAllByRole('cell');
    // Dates, hosts, participants, lecturers …
    expect(
      within(cells[1]!)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['大阪市', '尼崎市']);
    expect(cells[1]!.textContent).toBe('大阪市、尼崎市');
    expect(
      within(cells[3]!)
        .getAllByRole('button')
        .map((b) => b.textContent)[0],
    ).toBe('富山市');
    fireEvent.click(within(cells[1]!).getByRole('button', { name: '尼崎市' }));
    expect(onSelectCity).toHaveBeenCalledWith('amagasaki');
    expect(osaka.textContent).toContain('7');
  });

  it('says so when the filters leave no workshop', () => {
    renderTable({ workshops: [] });
    expect(screen.getByText('No workshops in the current filters.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
