/** 日本語: the table view: its tabs, the ranking table of cities, and the record tables. */
import type { Messages } from '../messages';
import type { table as en } from '../en/table';

export const table: Messages<typeof en> = {
  caption:
    'ネットワークにおける各都市の位置づけ。仲介度：他の2都市を結ぶ最短経路上にその都市がある頻度（0〜100）。',
  captionApproximate:
    'ネットワークにおける各都市の位置づけ（仲介度は一部の都市から推定）。仲介度：他の2都市を結ぶ最短経路上にその都市がある頻度（0〜100）。',
  column: {
    name: '都市',
    country: '国',
    partners: '連携都市数',
    records: '記録数',
    broker: '仲介度',
    group: 'グループ',
  },
  otherName: '（{{name}}）',
  tabs: {
    label: '表',
    cities: '都市（{{count, number}}）',
    workshops: '研修（{{count, number}}）',
    partnerships: '連携（{{count, number}}）',
  },
  workshops: {
    caption: '現在の絞り込みに含まれる研修。名称を選ぶと研修の詳細を開きます。',
    search: '研修を名称で探す',
    count_one: '研修{{count, number}}件',
    count_other: '研修{{count, number}}件',
    matching_one: '研修{{count, number}}件中{{shown, number}}件が該当',
    matching_other: '研修{{count, number}}件中{{shown, number}}件が該当',
    empty: '現在の絞り込みに該当する研修はありません。',
    column: {
      title: '名称',
      dates: '日程',
      hosts: '開催都市',
      participants: '参加都市',
      lecturers: '講師都市',
      themes: '分野',
      people: '人数',
      organisers: '主催',
      funder: '資金提供',
    },
  },
  partnerships: {
    caption: '現在の絞り込みに含まれる連携。「開く」で連携の詳細を表示します。',
    search: '連携を都市名で探す',
    count_one: '連携{{count, number}}件',
    count_other: '連携{{count, number}}件',
    matching_one: '連携{{count, number}}件中{{shown, number}}件が該当',
    matching_other: '連携{{count, number}}件中{{shown, number}}件が該当',
    empty: '現在の絞り込みに該当する連携はありません。',
    open: '開く',
    openLabel: '連携「{{a}} – {{b}}」を開く',
    column: {
      open: '連携を開く',
      city: '都市',
      partner: '連携先',
      type: '種類',
      status: '状況',
      years: '期間',
      themes: '分野',
      programme: '事業',
      funder: '資金提供',
    },
  },
};
