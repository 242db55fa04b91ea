/** Messages about the page address (ignored parameters), shown until dismissed. */
export function Notices({ notices, onDismiss }: { notices: readonly string[]; onDismiss(): void }) {
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices" aria-live="polite">
      <ul>
        {notices.map((notice, index) => (
          // By position: the same text can come twice (`?theme=x&theme=x`).
          <li key={`${index}:${notice}`}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
