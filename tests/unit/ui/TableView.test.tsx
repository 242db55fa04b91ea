// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED } from './bundledDataset';
import { DEFAULT_FILTERS, type Filters } from '../../../src/domain/filters';
import { computeMetrics } from '../../../src/domain/metrics';
import { buildNetwork } from '../../../src/domain/network';
import { recordsInSlice } from '../../../src/domain/records';
import { createTranslator } from '../../../src/i18n/core';
import type { RecordRef, TableKind } from '../../../src/state/vocabulary';
import { TableView } from '../../../src/ui/TableView';

// The bundled data, as the app loads it (node's file reads are not at hand in jsdom).
const dataset = BUNDLED;

afterEach(cleanup);

/** The table view under `filters`, holding its tab in state as the app's store does. */
function Harness({
  filters,
  onOpenRecord,
}: {
  filters: Filters;
  onOpenRecord(ref: RecordRef): void;
}) {
  const [table, setTable] = useState<TableKind>('cities');
  const network = buildNetwork(dataset, filters);
  return (
    <TableView
      table={table}
      onTable={setTable}
      nodes={network.nodes}
      metrics={computeMetrics(network)}
      selectedCityId={null}
      onSelectCity={() => {}}
      dataset={dataset}
      slice={recordsInSlice(dataset, filters)}
      openRecord={null}
      onOpenRecord={onOpenRecord}
    />
  );
}

function renderView(filters: Filters = DEFAULT_FILTERS) {
  const onOpenRecord = vi.fn<(ref: RecordRef) => void>();
  render(
    <I18nextProvider i18n={createTranslator('en')}>
      <Harness filters={filters} onOpenRecord={onOpenRecord} />
    </I18nextProvider>,
  );
  return { onOpenRecord };
}

const tabNames = () => screen.getAllByRole('tab').map((tab) => tab.textContent);
const selectedTab = () =>
  screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true')!;

describe('the table view', () => {
  it('labels each tab with its count in the current filters', () => {
    renderView();
    const network = buildNetwork(dataset, DEFAULT_FILTERS);
    expect(tabNames()).toEqual([
      `Cities (${network.nodes.length})`,
      'Workshops (8)',
      'Partnerships (24)',
    ]);
    cleanup();
    renderView({ ...DEFAULT_FILTERS, themes: ['waste'] });
    const slice = recordsInSlice(dataset, { ...DEFAULT_FILTERS, themes: ['waste'] });
    expect(slice.workshops.length).toBeLessThan(8);
    expect(tabNames().slice(1)).toEqual([
      `Workshops (${slice.workshops.length})`,
      `Partnerships (${slice.partnerships.length})`,
    ]);
  });

  it('moves between the tabs with the arrow keys, Home and End, and shows the chosen table', () => {
    renderView();
    const tablist = screen.getByRole('tablist', { name: 'Tables' });
    expect(selectedTab().textContent).toMatch(/^Cities/);
    expect(screen.getByRole('tabpanel').textContent).toContain('Go-between score');

    selectedTab().focus();
    fireEvent.keyDown(tablist, { key: 'ArrowRight' });
    expect(selectedTab().textContent).toMatch(/^Workshops/);
    expect(document.activeElement).toBe(selectedTab());
    expect(selectedTab().tabIndex).toBe(0);
    expect(screen.getByRole('tab', { name: /^Cities/ }).tabIndex).toBe(-1);
    expect(screen.getByRole('tabpanel', { name: /^Workshops/ })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Find a workshop by title' })).toBeTruthy();

    fireEvent.keyDown(tablist, { key: 'ArrowRight' });
    expect(selectedTab().textContent).toMatch(/^Partnerships/);
    expect(screen.getByRole('searchbox', { name: 'Find a partnership by city' })).toBeTruthy();
    fireEvent.keyDown(tablist, { key: 'ArrowRight' });
    expect(selectedTab().textContent).toMatch(/^Cities/);
    fireEvent.keyDown(tablist, { key: 'ArrowLeft' });
    expect(selectedTab().textContent).toMatch(/^Partnerships/);
    fireEvent.keyDown(tablist, { key: 'Home' });
    expect(selectedTab().textContent).toMatch(/^Cities/);
    fireEvent.keyDown(tablist, { key: 'End' });
    expect(selectedTab().textContent).toMatch(/^Partnerships/);
    expect(document.activeElement).toBe(selectedTab());
  });

  it('opens a workshop from its tab', () => {
    const { onOpenRecord } = renderView();
    fireEvent.click(screen.getByRole('tab', { name: /^Workshops/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Pilot Training Workshop/ }));
    expect(onOpenRecord).toHaveBeenCalledWith({ kind: 'workshop', id: 'ws-2017-11-osaka' });
  });
});
