import { useTranslation } from 'react-i18next';
import { noticeText } from '../i18n/notices';
import type { SceneProblem } from '../state/scenes';
import type { UrlNotice } from '../state/urlState';
import { sceneProblemText } from './present/sceneProblems';

/** Messages about the page address (ignored parameters, skipped scene values), shown until dismissed. */
export function Notices({
  notices,
  sceneProblems = [],
  onDismiss,
}: {
  notices: readonly UrlNotice[];
  sceneProblems?: readonly SceneProblem[];
  onDismiss(): void;
}) {
  const { t } = useTranslation('shell');
  const { t: tPresent } = useTranslation('present');
  if (notices.length === 0 && sceneProblems.length === 0) return null;
  return (
    <section className="notices" aria-label={t('notices.label')} aria-live="polite">
      <ul>
        {notices.map((notice, index) => (
          // By position: the same notice can come twice (`?theme=x&theme=x`).
          <li key={`${index}:${notice.param}=${notice.value}`}>{noticeText(t, notice)}</li>
        ))}
        {sceneProblems.map((problem, index) => (
          <li key={`scene:${index}`}>{sceneProblemText(tPresent, t, problem)}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('notices.dismiss')}
      </button>
    </section>
  );
}
