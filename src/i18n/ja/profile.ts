/** 日本語: the city profile beside the map and the graph. */
import type { Messages } from '../messages';
import type { profile as en } from '../en/profile';

export const profile: Messages<typeof en> = {
  label: '都市プロフィール：{{name}}',
  close: '都市プロフィールを閉じる',
  partnerships_one: '連携{{count, number}}件',
  partnerships_other: '連携{{count, number}}件',
  workshops_one: '研修{{count, number}}件',
  workshops_other: '研修{{count, number}}件',
  linksInView_one: '表示中のつながり{{count, number}}本',
  linksInView_other: '表示中のつながり{{count, number}}本',
  notInView: '現在の表示には含まれていません',
  themes: '分野：',
  activity: {
    label: '開始年ごとの記録数：{{years}}',
    year: '{{year}}年 {{count, number}}件',
    unknown_one: '開始年不明の連携{{count, number}}件は含めていません。',
    unknown_other: '開始年不明の連携{{count, number}}件は含めていません。',
  },
  partners: '連携先',
  workshopsTitle: '研修',
  source: '出典：',
  note: '備考：{{note}}',
  insight: {
    alone: 'この表示では、他の都市とのつながりはありません。',
    partners: {
      first_one: '連携都市数が最も多い都市です（{{count, number}}都市）。',
      first_other: '連携都市数が最も多い都市です（{{count, number}}都市）。',
      top_one: '連携都市数で上位{{top}}都市に入ります（{{count, number}}都市）。',
      top_other: '連携都市数で上位{{top}}都市に入ります（{{count, number}}都市）。',
      plain_one: '{{count, number}}都市と連携しています。',
      plain_other: '{{count, number}}都市と連携しています。',
    },
    records: {
      hub_one: '拠点都市です。連携都市との協力の記録が{{count, number}}件あります。',
      hub_other: '拠点都市です。連携都市との協力の記録が{{count, number}}件あります。',
      plain_one: '連携都市との協力の記録が{{count, number}}件あります。',
      plain_other: '連携都市との協力の記録が{{count, number}}件あります。',
    },
    bridges: '互いにつながりの少ない{{count, number}}つの都市グループを結んでいます。',
    broker: '多くの都市がこの都市を介してつながっています。',
  },
};
