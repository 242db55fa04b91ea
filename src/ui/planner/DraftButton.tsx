/** The "Add as draft" button of a pair, which gives way to a "Drafted" mark once the pair is one. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The pair is a draft already. */
  drafted: boolean;
  /** The pair as the button's accessible name says it: `Can Tho – Osaka`. */
  pair: string;
  onAdd(): void;
}

/**
 * The button, or the mark. When the button's own click made the pair a draft, focus moves to the
 * mark, so that a keyboard user is not left on a button that is gone.
 */
export function DraftButton({ drafted, pair, onAdd }: Props) {
  const { t } = useTranslation('planner');
  const clicked = useRef(false);
  const mark = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (drafted && clicked.current) mark.current?.focus();
    clicked.current = false;
  }, [drafted]);
  if (drafted)
    return (
      <span ref={mark} tabIndex={-1} className="mark drafted">
        {t('suggested.drafted')}
      </span>
    );
  return (
    <button
      type="button"
      aria-label={t('suggested.addLabel', { pair })}
      onClick={() => {
        clicked.current = true;
        onAdd();
      }}
    >
      {t('suggested.add')}
    </button>
  );
}
