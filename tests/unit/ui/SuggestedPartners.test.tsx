// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDraft } from '../../../src/domain/drafts';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import {
  DEFAULT_WEIGHTS,
  planningIndex,
  type PlanOptions,
  type PlanningIndex,
} from '../../../src/domain/planner';
import { createDataset } from '../../../src/domain/dataset';
import type { Draft } from '../../../src/domain/drafts';
import { createTranslator } from '../../../src/i18n/core';
import type { Language } from '../../../src/state/language';
import { SuggestedPartners, SUGGESTIONS_SHOWN } from '../../../src/ui/SuggestedPartners';
import { BUNDLED as dataset } from './bundledDataset';
import { englishLeft } from './latinWords';

afterEach(cleanup);

const OPTIONS: PlanOptions = { weights: DEFAULT_WEIGHTS, scope: 'across', limit: 5 };
const INDEX = planningIndex(dataset, DEFAULT_FILTERS);
const AT = '2025-01-01T00:00:00.000Z';

function renderSection(
  cityId: string,
  {
    language = 'en',
    options = OPTIONS,
    index = INDEX,
    drafts = [],
  }: {
    language?: Language;
    options?: PlanOptions;
    index?: PlanningIndex;
    drafts?: Draft[];
  } = {},
) {
  const onAddDraft = vi.fn();
  const onOpenRecord = vi.fn();
  const onSelectCity = vi.fn();
  const i18n = createTranslator(language);
  const ui = (drafts: Draft[]) => (
    <I18nextProvider i18n={i18n}>
      <SuggestedPartners
        index={index}
        cityId={cityId}
        options={options}
        drafts={drafts}
        onAddDraft={onAddDraft}
        onOpenRecord={onOpenRecord}
        onSelectCity={onSelectCity}
      />
    </I18nextProvider>
  );
  const { rerender } = render(ui(drafts));
  const section = screen.getByRole('region', {
    name: language === 'en' ? 'Suggested partners' : '連携候補',
  });
  /** Renders the section again with other drafts, as the app does once they change. */
  const update = (next: Draft[]) => rerender(ui(next));
  return { section, update, onAddDraft, onOpenRecord, onSelectCity };
}

/** The items of the ranked list. */
function candidates(section: HTMLElement): HTMLElement[] {
  return within(section)
    .getAllByRole('listitem')
    .filter((li) => li.parentElement?.tagName === 'OL');
}

/** The list item of the candidate named `name`. */
function candidate(section: HTMLElement, name: string): HTMLElement {
  const item = candidates(section).find((li) => within(li).queryAllByRole('button', { name })[0]);
  if (!item) throw new Error(`no candidate ${name}`);
  return item;
}

describe('suggested partners of a city', () => {
  it('ranks Japanese cities for Can Tho, each with its score parts and reasons in plain words', () => {
    const { section } = renderSection('can-tho');
    const items = candidates(section);
    // Can Tho has more Japanese candidates than the section shows: it shows the first five.
    expect(items).toHaveLength(SUGGESTIONS_SHOWN);
    const osaka = candidate(section, 'Osaka');
    // The score's bar says its parts in words, not only in colours.
    expect(within(osaka).getByRole('img').getAttribute('aria-label')).toMatch(
      /^Score \d\.\d\d of \d\.\d\d: Theme fit \d\.\d\d, Network proximity \d\.\d\d, Capacity \d\.\d\d, Continuity \d\.\d\d$/,
    );
    const reasons = within(osaka).getByRole('list', { name: 'Why Osaka' });
    const text = reasons.textContent ?? '';
    expect(text).toContain('Can Tho attended Pilot Training Workshop');
    expect(text).toContain('(2017), which Osaka hosted.');
    expect(text).toContain(
      'Osaka has shown climate policy and low-carbon (3 records) that Can Tho has sought (1 record).',
    );
    expect(text).toContain('Osaka carries 2 partners.');
    expect(text).toContain('Can Tho was last active in 2017, Osaka in 2018.');
    expect(text).toMatch(/Both work with .*Ho Chi Minh City/);
  });

  it('opens a workshop named in a reason, and selects a city named in one', () => {
    const { section, onOpenRecord, onSelectCity } = renderSection('can-tho');
    const reasons = within(candidate(section, 'Osaka')).getByRole('list', { name: 'Why Osaka' });
    fireEvent.click(
      within(reasons).getAllByRole('button', { name: /^Pilot Training Workshop/ })[0]!,
    );
    expect(onOpenRecord).toHaveBeenCalledWith({ kind: 'workshop', id: 'ws-2017-11-osaka' });
    // The records behind a theme are folded under a summary.
    const theme = within(reasons)
      .getByText(/^has shown climate policy and low-carbon/)
      .closest('li')!;
    const fold = theme.querySelector('details')!;
    // Listed once unfolded (a busy city's reasons name hundreds of records).
    expect(within(fold).queryByRole('button', { name: 'Osaka – Quezon City' })).toBeNull();
    fireEvent.click(within(fold).getByText('The records behind this'));
    expect(fold.open).toBe(true);
    fireEvent.click(within(fold).getByRole('button', { name: 'Osaka – Quezon City' }));
    expect(onOpenRecord).toHaveBeenCalledWith({ kind: 'partnership', id: 'p-osaka-quezon-city' });
    fireEvent.click(within(reasons).getAllByRole('button', { name: 'Ho Chi Minh City' })[0]!);
    expect(onSelectCity).toHaveBeenCalledWith('ho-chi-minh-city');
  });

  it('adds a candidate as a draft with the themes its fit rests on, then marks it drafted', () => {
    const { section, update, onAddDraft } = renderSection('can-tho');
    fireEvent.click(within(section).getByRole('button', { name: 'Add as draft: Can Tho – Osaka' }));
    expect(onAddDraft).toHaveBeenCalledWith('can-tho', 'osaka', ['climate-policy', 'low-carbon']);
    update([makeDraft('can-tho', 'osaka', ['climate-policy', 'low-carbon'], AT)]);
    // The button gives way to the mark, and keyboard focus goes with it.
    expect(document.activeElement?.textContent).toBe('Drafted');
    expect(candidate(section, 'Osaka').contains(document.activeElement)).toBe(true);
  });

  it('marks a pair drafted already, in place of its button', () => {
    const drafts = [makeDraft('osaka', 'can-tho', [], AT)];
    const { section } = renderSection('can-tho', { drafts });
    const osaka = candidate(section, 'Osaka');
    expect(within(osaka).queryByRole('button', { name: /^Add as draft/ })).toBeNull();
    expect(osaka.textContent).toContain('Drafted');
  });

  it('marks a pair with a proposed partnership, which opens it', () => {
    const proposed = { ...dataset.partnerships[0]!, id: 'p-proposed', status: 'proposed' as const };
    const data = createDataset(dataset.cities, dataset.workshops, [
      ...dataset.partnerships,
      { ...proposed, cityAId: 'osaka', cityBId: 'can-tho' },
    ]);
    const { section, onOpenRecord } = renderSection('can-tho', {
      index: planningIndex(data, DEFAULT_FILTERS),
    });
    const osaka = candidate(section, 'Osaka');
    fireEvent.click(
      within(osaka).getByRole('button', { name: 'Proposed partnership: Can Tho – Osaka' }),
    );
    expect(onOpenRecord).toHaveBeenCalledWith({ kind: 'partnership', id: 'p-proposed' });
    expect(
      within(osaka).getByRole('button', { name: 'Add as draft: Can Tho – Osaka' }),
    ).toBeTruthy();
  });

  it('says why there is nothing to suggest when every weight is zero', () => {
    const zero = { themeFit: 0, proximity: 0, capacity: 0, continuity: 0 };
    const { section } = renderSection('can-tho', { options: { ...OPTIONS, weights: zero } });
    expect(section.textContent).toContain(
      'Every weight of the score is zero, so no city can be ranked.',
    );
    expect(within(section).queryByRole('list')).toBeNull();
  });

  it('says so when the data has no Japanese city, and when the city brings little', () => {
    const overseas = dataset.cities.filter((city) => city.country !== 'JP');
    const index = planningIndex(createDataset(overseas, [], []), DEFAULT_FILTERS);
    const { section } = renderSection('can-tho', { index });
    expect(section.textContent).toContain(
      'There is no Japanese city in the current data to pair Can Tho with.',
    );
    expect(section.textContent).toContain('Can Tho has no workshops and no themes in this view');
  });

  it('words reasons in Japanese, with no English words of the interface', () => {
    const { section } = renderSection('can-tho', { language: 'ja' });
    const osaka = candidate(section, '大阪市');
    const text = within(osaka).getByRole('list', { name: '大阪市を挙げる理由' }).textContent ?? '';
    expect(text).toContain('Can Thoは、大阪市が開催したPilot Training Workshop');
    expect(text).toContain('（2017年）に参加しました。');
    expect(text).toContain('大阪市の連携先は現在2都市です。');
    expect(within(osaka).getByRole('img').getAttribute('aria-label')).toMatch(
      /^スコア \d\.\d\d（最大\d\.\d\d）：分野の一致 \d\.\d\d、/,
    );
    expect(englishLeft(section, dataset)).toEqual([]);
  });
});
