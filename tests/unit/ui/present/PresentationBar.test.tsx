// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../../src/i18n/core';
import type { Language } from '../../../../src/state/language';
import type { Scene } from '../../../../src/state/scenes';
import { PresentationBar } from '../../../../src/ui/present/PresentationBar';

afterEach(cleanup);

const SCENES: Scene[] = [
  { name: 'Waste', query: '?theme=waste' },
  { name: '', query: '?theme=energy' },
  { name: 'Osaka 2017', query: '?workshop=ws-2017-11-osaka' },
];

function renderBar(index: number, language: Language = 'en') {
  const onStep = vi.fn();
  const onExit = vi.fn();
  render(
    <I18nextProvider i18n={createTranslator(language)}>
      <PresentationBar scenes={SCENES} index={index} onStep={onStep} onExit={onExit} />
    </I18nextProvider>,
  );
  return { onStep, onExit };
}

describe('the presentation bar', () => {
  it('names the scene and where it is in the list, and takes the focus', () => {
    renderBar(0);
    const bar = screen.getByRole('region', { name: 'Presentation controls' });
    expect(bar.textContent).toContain('Waste');
    expect(bar.textContent).toContain('1 / 3');
    expect(bar.textContent).toContain('Scene 1 of 3');
    expect(document.activeElement).toBe(bar);
  });

  it('steps to the previous and next scene, and exits', () => {
    const { onStep, onExit } = renderBar(1);
    // A scene without a name goes by its place.
    expect(screen.getByRole('region', { name: 'Presentation controls' }).textContent).toContain(
      'Scene 2',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(onStep).toHaveBeenLastCalledWith(0);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onStep).toHaveBeenLastCalledWith(2);
    fireEvent.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('cannot step past either end, and keeps the button focusable there', () => {
    const { onStep } = renderBar(2);
    const next = screen.getByRole('button', { name: 'Next' });
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'Previous' }).getAttribute('aria-disabled')).toBe(
      'false',
    );
    next.focus();
    fireEvent.click(next);
    expect(onStep).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(next);
  });

  it('speaks Japanese', () => {
    renderBar(2, 'ja');
    const bar = screen.getByRole('region', { name: 'プレゼンテーションの操作' });
    expect(bar.textContent).toContain('シーン3／全3');
    expect(screen.getByRole('button', { name: 'プレゼンテーションを終了' })).toBeTruthy();
  });
});
