// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { commits, HOVERED } from './fakePanels';

vi.mock('../../../src/ui/MapPanel', () => import('./fakePanels'));
vi.mock('../../../src/ui/GraphPanel', () => import('./fakePanels'));
vi.mock('../../../src/ui/FilterPanel', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/ui/FilterPanel')>();
  const { profiled } = await import('./fakePanels');
  return { FilterPanel: profiled('filters', actual.FilterPanel) };
});

/** Renders the app on the bundled data (jsdom has no IndexedDB: nothing stored) and waits for it. */
async function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  render(<App />);
  await waitFor(() => expect(screen.getByText(/showing \d+ of \d+ cities/)).toBeTruthy());
  // Lets the URL's state be restored (an effect after the data is ready): the page is settled.
  await act(async () => {});
}

beforeEach(() => commits.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the shell', () => {
  it('highlights a hovered city in the map and the graph without re-rendering the filter panel', async () => {
    await renderApp('?view=split');
    expect(screen.getByText('Map highlights no city')).toBeTruthy();
    const before = commits.get('filters');
    expect(before).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: `Point at ${HOVERED} in the map` }));
    expect(screen.getByText(`Map highlights ${HOVERED}`)).toBeTruthy();
    expect(screen.getByText(`Graph highlights ${HOVERED}`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Leave the graph' }));
    expect(screen.getByText('Map highlights no city')).toBeTruthy();

    expect(commits.get('filters')).toBe(before);
  });

  it('adds the page-wide drop listeners once, however often the page re-renders', async () => {
    const added = vi.spyOn(window, 'addEventListener');
    await renderApp();
    const drops = () => added.mock.calls.filter(([type]) => String(type) === 'drop').length;
    expect(drops()).toBe(1);

    // Six files: refused with a message, which changes what the import offers the page.
    const files = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => new File(['x'], `${name}.csv`));
    act(() => {
      fireEvent.drop(window, { dataTransfer: { types: ['Files'], files } });
    });
    expect(await screen.findByText(/Drop at most five files/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /^waste \(/ }));

    expect(drops()).toBe(1);
  });
});
