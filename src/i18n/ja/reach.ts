/** 日本語: the reach view and its one-page report (figures, the report map, print). */
import type { Messages } from '../messages';
import type { reach as en } from '../en/reach';

export const reach: Messages<typeof en> = {
  title: '事業の広がり',
  print: '印刷・PDFで保存',
  printHint: 'A4またはレターの1ページに、この絞り込みの数値・地図・グラフ2点をまとめます。',
  empty: {
    title: 'この絞り込みに当てはまる研修・連携はありません。',
    action:
      '絞り込み（分野、期間、国、つながりの種類、状況）を広げるか、サイドバーで絞り込みを解除すると、事業の広がりが表示されます。',
  },
  figures: {
    label: '主な数値',
    japaneseCities: '日本の都市',
    overseasCities: '海外の都市',
    countries: '海外の国',
    workshops: '研修',
    peopleTrained: '研修参加者数',
    activePartnerships: '実施中の連携',
    newPartnerships: '新しい連携',
    withoutPeople_one: '人数の記録がない研修：{{count, number}}件',
    withoutPeople_other: '人数の記録がない研修：{{count, number}}件',
    byYear: '開始年別、{{span}}',
    byYearNone: '開始年不明',
    noPartnership: 'この絞り込みに連携はありません',
    noneBegan: '{{span}}に始まった連携はありません',
    activeNow: '現在実施中',
    activeIn: '{{span}}のいずれかの時点で実施中',
    none: 'この絞り込みでは該当するものがありません。',
    withFigure: '人数の記録がある研修',
    noFigure: '人数の記録がない研修',
    people_one: '{{count, number}}人',
    people_other: '{{count, number}}人',
    year: '{{year}}年：{{count, number}}件',
    cities_one: '{{count, number}}都市',
    cities_other: '{{count, number}}都市',
  },
  map: {
    label_one: '{{count, number}}か国・{{cities}}の地図',
    label_other: '{{count, number}}か国・{{cities}}の地図',
    cities_one: '{{count, number}}都市',
    cities_other: '{{count, number}}都市',
    key: '凡例',
    size: '円の大きさ：この絞り込みでの都市の記録数',
  },
};
