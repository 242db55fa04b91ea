/** Messages about the page address (ignored parameters), shown until dismissed. */
export function Notices({ notices, onDismiss }: { notices: readonly string[]; onDismiss(): void }) {
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices" aria-live="polite">
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
