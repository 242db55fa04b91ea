import { useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMode } from '../state/vocabulary';

interface Props {
  /** The names of the files to import, as the user gave them. */
  incoming: string;
  /** The user's own data the import would touch: its name, and whether it is on screen. */
  existing: { name: string; shown: boolean };
  onChoose(choice: ImportMode | 'cancel'): void;
}

/**
 * Asks what an import should do with the user's own data: replace it, add to it (only when it
 * is on screen), or nothing. A modal dialog: the page behind is inert, Escape cancels, and focus
 * goes back where it was.
 */
export function ImportDialog({ incoming, existing, onChoose }: Props) {
  const { t } = useTranslation('data');
  const titleId = useId();
  const textId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLButtonElement>(null);

  // A layout effect, so that the dialog is closed while still in the page and focus can return.
  useLayoutEffect(() => {
    const element = dialog.current!;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // showModal makes the rest of the page inert (the focus trap) and puts the dialog on top.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    first.current?.focus();
    return () => {
      if (element.open) element.close();
      if (before?.isConnected) before.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Handled here rather than by the browser's cancel, which may skip its event; and kept
        // from the page's own Escape (which clears the selection).
        event.preventDefault();
        event.stopPropagation();
        onChoose('cancel');
      }}
      onCancel={(event) => {
        event.preventDefault();
        onChoose('cancel');
      }}
    >
      <h2 id={titleId}>{existing.shown ? t('dialog.addTitle') : t('dialog.replaceTitle')}</h2>
      <p id={textId}>
        {t(existing.shown ? 'dialog.addText' : 'dialog.replaceText', {
          existing: existing.name,
          incoming,
        })}
      </p>
      <div className="dialog-buttons">
        <button type="button" onClick={() => onChoose('replace')}>
          {t('dialog.replace')}
        </button>
        {existing.shown && (
          // First focus on a choice that loses nothing: adding, or else cancelling.
          <button ref={first} type="button" onClick={() => onChoose('add')}>
            {t('dialog.add')}
          </button>
        )}
        <button
          ref={existing.shown ? undefined : first}
          type="button"
          onClick={() => onChoose('cancel')}
        >
          {t('dialog.cancel')}
        </button>
      </div>
    </dialog>
  );
}
