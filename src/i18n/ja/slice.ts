/** 日本語: the filters in words, for exports, the report and presentation scenes. */
import type { Messages } from '../messages';
import type { slice as en } from '../en/slice';

export const slice: Messages<typeof en> = {
  source: {
    bundled: 'データ：環境省・IGES 都市間連携事業（同梱データ）',
    other: 'データ：{{name}}',
  },
};
