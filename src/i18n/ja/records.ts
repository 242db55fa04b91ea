/** 日本語: the profiles of a workshop and a partnership, and the records behind a link. */
import type { Messages } from '../messages';
import type { records as en } from '../en/records';

export const records: Messages<typeof en> = {
  pair: '{{a}} – {{b}}',
  field: {
    themes: '分野：',
    organisers: '主催：',
    funder: '資金提供：',
    programme: '事業：',
    people: '研修参加者数：',
    type: '種類：',
    years: '期間：',
    status: '状況：',
    url: 'ウェブページ：',
    source: '出典：',
  },
  people_one: '{{count, number}}人',
  people_other: '{{count, number}}人',
  outsideFilters:
    '現在の絞り込みの対象外です。地図では都市に印を付けますが、つながりは描きません。',
  notRecorded: '記録なし',
  note: '備考：{{note}}',
  roles: {
    host: '開催都市',
    participant: '参加都市',
    resource: '講師都市',
  },
  workshop: {
    label: '研修：{{title}}',
    close: '研修の詳細を閉じる',
  },
  partnership: {
    label: '連携：{{pair}}',
    close: '連携の詳細を閉じる',
    cities: '都市',
    open: '連携の詳細',
    openLabel: '連携の詳細：{{pair}}',
  },
  link: {
    label: 'つながり：{{pair}}',
    close: 'つながりの詳細を閉じる',
    goneLabel: 'つながり',
    gone: 'このつながりは現在の表示には含まれていません。',
    cities: '都市',
    partnerships_one: '連携{{count, number}}件',
    partnerships_other: '連携{{count, number}}件',
    workshops_one: '研修{{count, number}}件',
    workshops_other: '研修{{count, number}}件',
  },
};
