/** The frame every profile panel shares (city, workshop, partnership, link), and its labelled facts. */
import { useEffect, useRef, type ReactNode } from 'react';

interface FrameProps {
  /** The panel's accessible name: `City profile: Osaka`, `Workshop: …`. */
  label: string;
  heading: string;
  /** Language of the heading when it is a city's name (`ja` for 大阪市); unset for data text. */
  headingLang?: string;
  /** The close button's accessible name. */
  closeLabel: string;
  /** Focus moves to the heading whenever this changes (another city, record or link opened). */
  focusKey: string;
  /** Extra class beside `city-profile`, which gives every profile panel its place and look. */
  className?: string;
  onClose(): void;
  children: ReactNode;
}

/** The close button's glyph; its accessible name comes from the catalogue. */
const CLOSE_MARK = '×';

/** The frame of a profile panel: a labelled aside, its heading focused on open, a close button. */
export function ProfileFrame({
  label,
  heading,
  headingLang,
  closeLabel,
  focusKey,
  className,
  onClose,
  children,
}: FrameProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus goes back where it was before the panel opened (a table's button, a search) when the
  // panel closes and nothing else took it. Declared first: it notes the opener before focus moves.
  useEffect(() => {
    const opener = document.activeElement;
    return () => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  // Moves focus into the panel when something else is opened, so keyboard users land in it.
  useEffect(() => headingRef.current?.focus(), [focusKey]);
  return (
    <aside className={className ? `city-profile ${className}` : 'city-profile'} aria-label={label}>
      <div className="profile-head">
        <h2 ref={headingRef} tabIndex={-1} lang={headingLang}>
          {heading}
        </h2>
        <button type="button" onClick={onClose} aria-label={closeLabel}>
          {CLOSE_MARK}
        </button>
      </div>
      {children}
    </aside>
  );
}

/** A labelled fact on its own line (`Funder: MOEJ`); nothing when the value is empty. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  if (children === '' || children === null || children === undefined) return null;
  return (
    <p>
      <span className="label">{label}</span>
      {children}
    </p>
  );
}
