// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftImpact, makeDraft, withDrafts, type Draft } from '../../../src/domain/drafts';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { DEFAULT_WEIGHTS, planningIndex, type PlanOptions } from '../../../src/domain/planner';
import { createTranslator } from '../../../src/i18n/core';
import type { Language } from '../../../src/state/language';
import { PlannerPane } from '../../../src/ui/PlannerPane';
import type { DraftsMessage } from '../../../src/ui/planner/DraftsSection';
import { BUNDLED as dataset } from './bundledDataset';
import { englishLeft } from './latinWords';

afterEach(cleanup);

const OPTIONS: PlanOptions = { weights: DEFAULT_WEIGHTS, scope: 'across', limit: 5 };
const INDEX = planningIndex(dataset, DEFAULT_FILTERS);
const AT = '2025-01-01T00:00:00.000Z';

function renderPane({
  language = 'en',
  drafts = [],
  options = OPTIONS,
  draftsMessage = null,
}: {
  language?: Language;
  drafts?: Draft[];
  options?: PlanOptions;
  draftsMessage?: DraftsMessage | null;
} = {}) {
  const handlers = {
    onOptions: vi.fn(),
    onAddDraft: vi.fn(),
    onRemoveDraft: vi.fn(),
    onClearDrafts: vi.fn(),
    onExportDrafts: vi.fn(),
    onSelectCity: vi.fn(),
  };
  const i18n = createTranslator(language);
  const ui = (drafts: Draft[]) => (
    <I18nextProvider i18n={i18n}>
      <PlannerPane
        dataset={dataset}
        index={INDEX}
        options={options}
        drafts={drafts}
        impact={draftImpact(dataset, drafts, DEFAULT_FILTERS)}
        missingDrafts={withDrafts(dataset, drafts).missing}
        draftsMessage={draftsMessage}
        {...handlers}
      />
    </I18nextProvider>
  );
  const { rerender } = render(ui(drafts));
  const pane = screen.getByRole('region', {
    name: language === 'en' ? 'Pairing planner' : '連携計画',
  });
  /** Renders the pane again with other drafts, as the app does once they change. */
  const update = (next: Draft[]) => rerender(ui(next));
  return { pane, update, ...handlers };
}

/** The names in the first cells of a table's body, in order. */
function firstCells(table: HTMLElement): string[] {
  return [...table.querySelectorAll('tbody tr')].map(
    (row) => row.querySelector('th')?.textContent ?? '',
  );
}

describe('the planner pane', () => {
  it('changes a weight with its labelled slider, and resets the weights', () => {
    const weights = { themeFit: 3, proximity: 3, capacity: 3, continuity: 3 };
    const { pane, onOptions } = renderPane({ options: { ...OPTIONS, weights } });
    const slider = within(pane).getByRole('slider', { name: 'Theme fit' });
    fireEvent.change(slider, { target: { value: '0.5' } });
    expect(onOptions).toHaveBeenLastCalledWith({
      ...OPTIONS,
      weights: { ...weights, themeFit: 0.5 },
    });
    fireEvent.click(within(pane).getByRole('button', { name: 'Reset weights' }));
    expect(onOptions).toHaveBeenLastCalledWith({ ...OPTIONS, weights: DEFAULT_WEIGHTS });
    fireEvent.click(within(pane).getByRole('radio', { name: 'Any pair' }));
    expect(onOptions).toHaveBeenLastCalledWith({ ...OPTIONS, weights, scope: 'any' });
  });

  it('says so when every weight is zero', () => {
    const zero = { themeFit: 0, proximity: 0, capacity: 0, continuity: 0 };
    const { pane } = renderPane({ options: { ...OPTIONS, weights: zero } });
    expect(pane.textContent).toContain('Every weight is zero');
  });

  it('lists overseas workshop cities without a Japanese partner, sortable by any column', () => {
    const { pane, onAddDraft } = renderPane();
    const gaps = within(pane).getByRole('table', { name: /^Overseas cities that took part/ });
    const byWorkshops = firstCells(gaps);
    expect(byWorkshops).toContain('Can Tho');
    const city = within(gaps).getByRole('columnheader', { name: 'City' });
    expect(city.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(city).getByRole('button'));
    expect(city.getAttribute('aria-sort')).toBe('ascending');
    const byName = firstCells(gaps);
    expect(byName).toEqual([...byWorkshops].sort((a, b) => a.localeCompare(b, 'en')));
    expect(byName).not.toEqual(byWorkshops);
    fireEvent.click(within(city).getByRole('button'));
    expect(city.getAttribute('aria-sort')).toBe('descending');
    expect(firstCells(gaps)).toEqual([...byName].reverse());
    // Each row drafts the city with its best candidate.
    const canTho = within(gaps).getByRole('rowheader', { name: 'Can Tho' }).closest('tr')!;
    fireEvent.click(within(canTho).getByRole('button', { name: /^Add as draft: Can Tho – / }));
    expect(onAddDraft).toHaveBeenCalledWith('can-tho', expect.any(String), expect.any(Array));
  });

  it('lists Japanese cities by the partners they carry, most first', () => {
    const { pane } = renderPane();
    const loads = within(pane).getByRole('table', { name: /^Japanese cities by the overseas/ });
    const counts = [...loads.querySelectorAll('tbody td')].map((td) => Number(td.textContent));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const partners = within(loads).getByRole('columnheader', { name: 'Overseas partners' });
    expect(partners.getAttribute('aria-sort')).toBe('descending');
  });

  it('removes one draft, all of them, and exports them', () => {
    const drafts = [
      makeDraft('can-tho', 'osaka', ['low-carbon'], AT),
      makeDraft('bandung', 'toyama', [], AT),
    ];
    const { pane, onRemoveDraft, onClearDrafts, onExportDrafts } = renderPane({ drafts });
    const list = within(pane).getByRole('list', { name: 'Drafts' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(within(list).getByRole('button', { name: 'Remove the draft Can Tho – Osaka' }));
    expect(onRemoveDraft).toHaveBeenCalledWith(drafts[0]!.id);
    fireEvent.click(within(pane).getByRole('button', { name: 'Remove all drafts' }));
    expect(onClearDrafts).toHaveBeenCalled();
    fireEvent.click(within(pane).getByRole('button', { name: 'Export drafts as CSV' }));
    expect(onExportDrafts).toHaveBeenCalled();
  });

  it('keeps keyboard focus in the list when a draft is removed', () => {
    const drafts = [makeDraft('can-tho', 'osaka', [], AT), makeDraft('bandung', 'toyama', [], AT)];
    const { pane, update } = renderPane({ drafts });
    const list = within(pane).getByRole('list', { name: 'Drafts' });
    fireEvent.click(within(list).getByRole('button', { name: 'Remove the draft Can Tho – Osaka' }));
    update([drafts[1]!]);
    expect(document.activeElement).toBe(
      within(pane).getByRole('button', { name: 'Remove the draft Bandung – Toyama' }),
    );
    fireEvent.click(within(pane).getByRole('button', { name: 'Remove all drafts' }));
    update([]);
    expect(document.activeElement?.textContent).toMatch(/^No drafts yet/);
  });

  it('shows what the drafts change, before and after', () => {
    const { pane } = renderPane({ drafts: [makeDraft('can-tho', 'osaka', [], AT)] });
    const impact = within(pane).getByRole('table', { name: /without and with the drafts/ });
    const row = within(impact).getByRole('rowheader', {
      name: 'Overseas cities with a Japanese partner (active or proposed)',
    }).parentElement!;
    const [before, after] = [...row.querySelectorAll('td')].map((td) => Number(td.textContent));
    expect(after).toBe(before! + 1);
    expect(within(impact).getByRole('rowheader', { name: 'Partners of Osaka' })).toBeTruthy();
  });

  it('says when there are no drafts, and names a draft whose city is gone', () => {
    renderPane();
    expect(screen.getByText(/^No drafts yet/)).toBeTruthy();
    cleanup();
    const { pane, onRemoveDraft } = renderPane({
      drafts: [makeDraft('can-tho', 'atlantis', [], AT)],
    });
    const list = within(pane).getByRole('list', { name: 'Drafts' });
    expect(list.textContent).toContain(
      'Not drawn: “atlantis” is not in the current data. The draft is kept until you remove it.',
    );
    fireEvent.click(
      within(list).getByRole('button', { name: 'Remove the draft Can Tho – atlantis' }),
    );
    expect(onRemoveDraft).toHaveBeenCalledWith('draft:atlantis~can-tho');
  });

  it('says when the browser cannot keep the drafts', () => {
    const { pane } = renderPane({ draftsMessage: 'unavailable' });
    expect(
      within(pane)
        .getByText('This browser does not let the app keep drafts: they last for this visit only.')
        .getAttribute('role'),
    ).toBe('status');
  });

  it('adds a pair picked by hand, and says why when it cannot', () => {
    const { pane, onAddDraft } = renderPane({ drafts: [makeDraft('can-tho', 'osaka', [], AT)] });
    const form = within(pane).getByRole('group', { name: 'Add a pair by hand' });
    const first = within(form).getByRole('combobox', { name: 'First city' });
    const second = within(form).getByRole('combobox', { name: 'Second city' });
    const add = within(form).getByRole('button', { name: 'Add draft' });
    const status = within(form).getByRole('status');
    fireEvent.click(add);
    expect(status.textContent).toBe('Choose both cities.');
    fireEvent.change(first, { target: { value: 'can-tho' } });
    fireEvent.change(second, { target: { value: 'can-tho' } });
    expect(status.textContent).toBe('Choose two different cities.');
    fireEvent.change(second, { target: { value: 'osaka' } });
    expect(status.textContent).toBe('This pair is a draft already.');
    fireEvent.change(first, { target: { value: 'kitakyushu' } });
    fireEvent.change(second, { target: { value: 'surabaya' } });
    expect(status.textContent).toBe('These two cities already work together.');
    fireEvent.click(add);
    expect(onAddDraft).not.toHaveBeenCalled();
    fireEvent.change(second, { target: { value: 'can-tho' } });
    fireEvent.click(add);
    expect(onAddDraft).toHaveBeenCalledWith(
      'kitakyushu',
      'can-tho',
      expect.arrayContaining(['low-carbon']),
    );
    expect(status.textContent).toBe('Kitakyushu – Can Tho is added to the drafts.');
  });

  it('has no English words of the interface in Japanese', () => {
    const { pane } = renderPane({
      language: 'ja',
      drafts: [
        makeDraft('can-tho', 'osaka', ['low-carbon'], AT),
        makeDraft('can-tho', 'atlantis', [], AT),
      ],
    });
    expect(within(pane).getByRole('slider', { name: '分野の一致' })).toBeTruthy();
    expect(englishLeft(pane, dataset).filter((word) => word !== 'atlantis')).toEqual([]);
  });
});
