/** 日本語: the filters in words, for exports, the report and presentation scenes. */
import type { Messages } from '../messages';
import type { slice as en } from '../en/slice';

export const slice: Messages<typeof en> = {
  source: {
    bundled: 'データ：環境省・IGES 都市間連携事業（同梱データ）',
    other: 'データ：{{name}}',
  },
  words: {
    separator: '／',
    all: 'すべての記録',
    themes_one: '分野：{{list}}',
    themes_other: '分野：{{list}}',
    years: '{{span}}',
    unknownYears: '開始年不明の連携を除く',
    countries_one: '国：{{list}}',
    countries_other: '国：{{list}}',
    linkKinds_one: 'つながり：{{list}}',
    linkKinds_other: 'つながり：{{list}}',
    statuses_one: '連携の状況：{{list}}',
    statuses_other: '連携の状況：{{list}}',
    programmes_one: '事業：{{list}}',
    programmes_other: '事業：{{list}}',
    organisers_one: '主催：{{list}}',
    organisers_other: '主催：{{list}}',
    funders_one: '資金提供：{{list}}',
    funders_other: '資金提供：{{list}}',
    none: 'なし',
    hideIsolated: '表示中のつながりがない都市は非表示',
  },
};
