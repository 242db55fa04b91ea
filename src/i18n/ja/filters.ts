/** 日本語: the filter panel and its year range control. */
import type { Messages } from '../messages';
import type { filters as en } from '../en/filters';

export const filters: Messages<typeof en> = {
  title: '絞り込み',
  reset: '絞り込みを解除',
  count: '({{count, number}})',
  themes: {
    legend: '分野',
    hint: 'チェックした分野のいずれかに当たる記録を表示します。チェックがなければすべて表示します。',
  },
  years: {
    legend: '年',
    unknown: '開始年が不明な連携も含める（{{count, number}}件）',
    histogram: '年ごとの開始件数（{{span}}）',
    workshops_one: '研修{{count, number}}件',
    workshops_other: '研修{{count, number}}件',
    partnerships_one: '連携{{count, number}}件',
    partnerships_other: '連携{{count, number}}件',
    bar: '{{year}}年に開始：{{workshops}}・{{partnerships}}',
    from: '開始年',
    to: '終了年',
    year: '{{year}}年',
  },
  places: {
    legend: '国・地域',
    hint: 'チェックした国に少なくとも一方の都市があるつながりを表示します。チェックがなければすべて表示します。',
  },
  links: {
    legend: 'つながり',
    status: '連携の状況',
    hideIsolated: '表示中のつながりがない都市を隠す',
    fadeOutside: '絞り込み中も、ほかの都市を薄く表示する',
  },
  programme: '事業',
  organiser: '主催（研修）',
  funder: '資金提供',
};
