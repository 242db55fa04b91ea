// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../../src/i18n/core';
import { filterWords } from '../../../../src/i18n/filterWords';
import type { Language } from '../../../../src/state/language';
import { scenesFile, type Scene } from '../../../../src/state/scenes';
import { ScenesPanel } from '../../../../src/ui/present/ScenesPanel';
import { BUNDLED as dataset } from '../bundledDataset';

// The filters in words are another module's job: here, only how a new scene's name uses them.
vi.mock('../../../../src/i18n/filterWords', () => ({ filterWords: vi.fn(() => 'Themes: waste') }));

afterEach(cleanup);

const A: Scene = { name: 'Waste', query: '?theme=waste' };
const B: Scene = { name: 'Energy & water', query: '?theme=energy&view=graph' };
const C: Scene = { name: '大阪の研修', query: '?workshop=ws-2017-11-osaka&lang=ja' };

function renderPanel(
  scenes: readonly Scene[],
  { currentQuery = '?theme=waste&view=graph', language = 'en' as Language } = {},
) {
  const onScenes = vi.fn();
  const onPresent = vi.fn();
  const ui = (list: readonly Scene[]) => (
    <I18nextProvider i18n={createTranslator(language)}>
      <ScenesPanel
        scenes={list}
        dataset={dataset}
        currentQuery={currentQuery}
        onScenes={onScenes}
        onPresent={onPresent}
      />
    </I18nextProvider>
  );
  const { rerender } = render(ui(scenes));
  /** Renders the panel again with the scenes the app now holds. */
  const update = (next: readonly Scene[]) => rerender(ui(next));
  return { onScenes, onPresent, update };
}

describe('the scenes panel', () => {
  it('is closed while there are no scenes, and opens from its heading', () => {
    renderPanel([]);
    const toggle = screen.getByRole('button', { name: 'Presentation' });
    expect(toggle).toHaveProperty('ariaExpanded', 'false');
    expect(screen.queryByRole('button', { name: 'Present' })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle).toHaveProperty('ariaExpanded', 'true');
    expect(screen.getByText('No scenes yet.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Present' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Save scenes (JSON)' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('adds the current view as a scene named after the view and its filters', () => {
    const { onScenes } = renderPanel([A]);
    fireEvent.click(screen.getByRole('button', { name: 'Add the current view as a scene' }));
    expect(onScenes).toHaveBeenCalledWith([
      A,
      { name: 'Graph · Themes: waste', query: '?theme=waste&view=graph' },
    ]);
  });

  it('names a new scene by its place in the list when the filters have no words, in the reader’s language', () => {
    vi.mocked(filterWords).mockReturnValueOnce('');
    const { onScenes } = renderPanel([A, B], { currentQuery: '?lang=ja', language: 'ja' });
    fireEvent.click(screen.getByRole('button', { name: '現在の表示をシーンに追加' }));
    expect(onScenes).toHaveBeenCalledWith([A, B, { name: 'シーン3', query: '?lang=ja' }]);
  });

  it('renames a scene as its name is typed', () => {
    const { onScenes } = renderPanel([A, B, C]);
    const name = screen.getByRole('textbox', { name: 'Name of scene 2' });
    expect(name).toHaveProperty('value', 'Energy & water');
    fireEvent.change(name, { target: { value: 'Energy = power' } });
    expect(onScenes).toHaveBeenCalledWith([A, { ...B, name: 'Energy = power' }, C]);
  });

  it('moves a scene up and down, never past either end', () => {
    const { onScenes } = renderPanel([A, B, C]);
    expect(screen.getByRole('button', { name: 'Move scene 1 up' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByRole('button', { name: 'Move scene 3 down' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Move scene 2 up' }));
    expect(onScenes).toHaveBeenLastCalledWith([B, A, C]);
    fireEvent.click(screen.getByRole('button', { name: 'Move scene 2 down' }));
    expect(onScenes).toHaveBeenLastCalledWith([A, C, B]);
  });

  it('keeps focus on the moved scene, so it can be moved again from the keyboard', () => {
    const { onScenes, update } = renderPanel([A, B, C]);
    const down = screen.getByRole('button', { name: 'Move scene 1 down' });
    down.focus();
    fireEvent.click(down);
    update(onScenes.mock.lastCall![0]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move scene 2 down' }));
    fireEvent.click(document.activeElement!);
    update(onScenes.mock.lastCall![0]);
    // At the end its Down button is disabled: focus goes to its Up button.
    expect(onScenes).toHaveBeenLastCalledWith([B, C, A]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move scene 3 up' }));
  });

  it('removes a scene, and focus goes to the one that takes its place', () => {
    const { onScenes, update } = renderPanel([A, B, C]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove scene 2' }));
    expect(onScenes).toHaveBeenCalledWith([A, C]);
    update([A, C]);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name of scene 2' }));
  });

  it('shows a scene as a link to its address, and presents from the first', () => {
    const { onPresent } = renderPanel([A, B]);
    const show = screen.getByRole('link', { name: 'Show scene 2' });
    const address = new URLSearchParams(new URL(show.getAttribute('href')!, 'http://x/').search);
    expect(address.getAll('theme')).toEqual(['energy']);
    expect(address.get('view')).toBe('graph');
    expect(address.get('lang')).toBe('en');
    expect(address.getAll('scene')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(onPresent).toHaveBeenCalledWith(0);
  });

  it('loads a scenes file and lists exactly what it skipped', async () => {
    const { onScenes } = renderPanel([A]);
    const text = scenesFile(
      [{ name: 'Atlantis', query: '?theme=plastics&city=atlantis&view=graph' }, B],
      dataset,
    );
    fireEvent.change(screen.getByLabelText('Scenes file (JSON) to load'), {
      target: { files: [new File([text], 'talk.json', { type: 'application/json' })] },
    });
    const report = document.querySelector<HTMLElement>('.scenes-report[aria-live="polite"]')!;
    await waitFor(() => expect(report.textContent).toContain('Loaded 2 scenes from talk.json.'));
    expect(onScenes).toHaveBeenCalledWith([{ name: 'Atlantis', query: '?view=graph' }, B]);
    expect(
      within(report)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Scene 1 (Atlantis): Ignored theme=plastics: no record has this theme.',
      'Scene 1 (Atlantis): Ignored city=atlantis: no city has this id.',
    ]);
  });

  it('keeps its scenes when a file is not JSON, and says so', async () => {
    const { onScenes } = renderPanel([A]);
    fireEvent.change(screen.getByLabelText('Scenes file (JSON) to load'), {
      target: { files: [new File(['name,query'], 'scenes.csv')] },
    });
    const report = document.querySelector<HTMLElement>('.scenes-report[aria-live="polite"]')!;
    await waitFor(() =>
      expect(report.textContent).toContain(
        'No scene loaded from scenes.csv; the scenes you had are kept.',
      ),
    );
    expect(within(report).getByRole('listitem').textContent).toBe('The file is not JSON.');
    expect(onScenes).not.toHaveBeenCalled();
  });
});
