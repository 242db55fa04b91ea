/** The notices about the page address, worded: the URL codec says what it ignored and why. */
import type { TFunction } from 'i18next';
import type { UrlNotice } from '../state/urlState';

/** "Ignored view=globe: use map, graph, split, or table." in the language of `t`. */
export function noticeText(t: TFunction<'shell'>, notice: UrlNotice): string {
  return t(`notices.${notice.reason}`, {
    param: notice.param,
    value: notice.value,
    allowed: notice.allowed,
  });
}
