/** 日本語: the page frame, the language switch and the status line. */
import type { Messages } from '../messages';
import type { shell as en } from '../en/shell';

export const shell: Messages<typeof en> = {
  title: '都市間連携ネットワーク',
  language: {
    label: '言語',
    en: 'EN',
    ja: '日本語',
  },
};
