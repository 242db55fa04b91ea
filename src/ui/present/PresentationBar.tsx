/** While presenting: the scene's name, where it is in the list, previous / next, and the way out. */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scene } from '../../state/scenes';
import './present.css';

interface Props {
  scenes: readonly Scene[];
  index: number;
  onStep(index: number): void;
  onExit(): void;
}

/** The presenter's bar. */
export function PresentationBar({ scenes, index, onStep, onExit }: Props) {
  const { t } = useTranslation('present');
  const bar = useRef<HTMLElement>(null);
  const keysId = useId();
  const position = { current: index + 1, total: scenes.length };
  const name = scenes[index]?.name || t('scene.untitled', { position: index + 1 });

  // The control that started the presentation is hidden now: focus comes here, not to the page.
  useEffect(() => {
    bar.current?.focus();
  }, []);

  return (
    <section className="presentation-bar" aria-label={t('bar.label')} tabIndex={-1} ref={bar}>
      <p className="presentation-scene" aria-live="polite">
        <span className="presentation-name" title={name}>
          {name}
        </span>{' '}
        <span className="presentation-position" aria-hidden="true">
          {t('bar.position', position)}
        </span>
        <span className="visually-hidden">{t('bar.positionLabel', position)}</span>
      </p>
      <p className="presentation-keys" id={keysId}>
        {t('bar.keys')}
      </p>
      <div className="presentation-buttons">
        {/* aria-disabled, not disabled: a focused button that became disabled would drop focus. */}
        <button
          type="button"
          aria-disabled={index === 0}
          aria-describedby={keysId}
          onClick={() => index > 0 && onStep(index - 1)}
        >
          {t('bar.previous')}
        </button>
        <button
          type="button"
          aria-disabled={index === scenes.length - 1}
          aria-describedby={keysId}
          onClick={() => index < scenes.length - 1 && onStep(index + 1)}
        >
          {t('bar.next')}
        </button>
        <button type="button" aria-label={t('bar.exitLabel')} onClick={onExit}>
          {t('bar.exit')}
        </button>
      </div>
    </section>
  );
}
