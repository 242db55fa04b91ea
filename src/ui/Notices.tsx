import { useTranslation } from 'react-i18next';
import { noticeText } from '../i18n/notices';
import type { UrlNotice } from '../state/urlState';

/** Messages about the page address (ignored parameters), shown until dismissed. */
export function Notices({
  notices,
  onDismiss,
}: {
  notices: readonly UrlNotice[];
  onDismiss(): void;
}) {
  const { t } = useTranslation('shell');
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('notices.label')} aria-live="polite">
      <ul>
        {notices.map((notice, index) => (
          // By position: the same notice can come twice (`?theme=x&theme=x`).
          <li key={`${index}:${notice.param}=${notice.value}`}>{noticeText(t, notice)}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('notices.dismiss')}
      </button>
    </section>
  );
}
