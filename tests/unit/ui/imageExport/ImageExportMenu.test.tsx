// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../../src/i18n/core';
import type { Language } from '../../../../src/state/language';
import { ImageExportMenu, type ImageFormat } from '../../../../src/ui/imageExport/ImageExportMenu';
import type { SaveOutcome } from '../../../../src/ui/imageExport/saveImage';

afterEach(cleanup);

interface Options {
  svg?: boolean;
  language?: Language;
  view?: 'map' | 'graph';
}

function renderMenu(
  outcome: SaveOutcome,
  { svg = true, language = 'en', view = 'graph' }: Options = {},
) {
  const onSave = vi.fn(async (format: ImageFormat) => {
    void format;
    return outcome;
  });
  render(
    <I18nextProvider i18n={createTranslator(language)}>
      <ImageExportMenu view={view} svg={svg} onSave={onSave} />
    </I18nextProvider>,
  );
  return { onSave };
}

// The example: a 1,280 × 800 view whose 4× is over the browser's limits.
const reduced: SaveOutcome = {
  type: 'png',
  requested: 4,
  requestedSize: { width: 5120, height: 3200 },
  saved: 3,
  savedSize: { width: 3840, height: 2400 },
  fileName: 'city-network-graph-3x-2026-11-29.png',
};

describe('the Save image control', () => {
  it('is one labelled group: a format (PNG 1×, 2×, 4×, and SVG for the graph) and a button', () => {
    renderMenu(reduced);
    const group = screen.getByRole('group', { name: 'Save an image of the graph' });
    const format = within(group).getByRole('combobox', { name: 'Image format' });
    expect(
      within(format)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['PNG 1×', 'PNG 2×', 'PNG 4×', 'SVG (vector)']);
    expect(within(group).getByRole('button', { name: 'Save image' })).toBeTruthy();
  });

  it('offers no SVG for the map', () => {
    renderMenu(reduced, { svg: false, view: 'map' });
    const group = screen.getByRole('group', { name: 'Save an image of the map' });
    expect(within(group).queryByRole('option', { name: /SVG/ })).toBeNull();
  });

  it('saves the format chosen', async () => {
    const { onSave } = renderMenu({ type: 'svg', fileName: 'city-network-graph.svg' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Image format' }), {
      target: { value: 'png-4' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save image' }));
    expect(onSave).toHaveBeenLastCalledWith({ type: 'png', scale: 4 });
    await screen.findByText(/Saved city-network-graph\.svg/);
    fireEvent.change(screen.getByRole('combobox', { name: 'Image format' }), {
      target: { value: 'svg' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save image' }));
    expect(onSave).toHaveBeenLastCalledWith({ type: 'svg' });
  });

  it('says so, with both sizes, when the image was saved smaller than asked', async () => {
    renderMenu(reduced);
    fireEvent.click(screen.getByRole('button', { name: 'Save image' }));
    const notice = await screen.findByText(/^4× would be/);
    expect(notice.textContent).toBe(
      '4× would be 5,120 × 3,200 px, more than this browser can draw; saved at 3× (3,840 × 2,400 px).',
    );
    // Announced politely, without being a second status region beside the network's.
    expect(notice.getAttribute('aria-live')).toBe('polite');
  });

  it('says what was saved, and says it in Japanese', async () => {
    renderMenu(
      { ...reduced, requested: 2, saved: 2, requestedSize: reduced.savedSize },
      { language: 'ja' },
    );
    const group = screen.getByRole('group', { name: 'グラフを画像として保存' });
    fireEvent.click(within(group).getByRole('button', { name: '画像を保存' }));
    await within(group).findByText(
      'city-network-graph-3x-2026-11-29.pngを保存しました（3,840 × 2,400 px）。',
    );
  });

  it('says when saving broke, rather than nothing', async () => {
    const onSave = vi.fn(() => Promise.reject(new Error('canvas refused')));
    render(
      <I18nextProvider i18n={createTranslator('en')}>
        <ImageExportMenu view="map" svg={false} onSave={onSave} />
      </I18nextProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save image' }));
    await screen.findByText(/No image was saved/);
    expect(screen.getByRole('button', { name: 'Save image' })).toHaveProperty('disabled', false);
  });

  it('says when nothing could be saved', async () => {
    renderMenu({ type: 'failed' });
    fireEvent.click(screen.getByRole('button', { name: 'Save image' }));
    await screen.findByText(/No image was saved/);
  });
});
