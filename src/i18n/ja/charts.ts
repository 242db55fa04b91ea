/** 日本語: the reach charts, their text alternatives and SVG downloads. */
import type { Messages } from '../messages';
import type { charts as en } from '../en/charts';

export const charts: Messages<typeof en> = {
  table: 'データを表で見る',
  download: 'SVGをダウンロード',
  downloadLabel: 'SVGをダウンロード：{{title}}',
  year: '年',
  activity: {
    title: '年ごとの活動（分野別）',
    y: '記録数（複数の分野をもつ記録は分野ごとに数えます）',
    otherThemes: 'その他の分野',
    noTheme: '分野なし',
    undated_one: '年の不明な記録{{count, number}}件は表示していません',
    undated_other: '年の不明な記録{{count, number}}件は表示していません',
    desc: '{{first}}年から{{last}}年までの年ごと・分野別の記録数。最も多いのは{{peak}}年の{{peakCount}}件です。',
    descOne: '{{first}}年の分野別の記録数：{{peakCount}}件。',
    value: '{{year}}年 · {{theme}}：{{value}}件',
    empty: 'この絞り込みには年のわかる記録がありません。',
    emptyEarlier_one:
      'この期間に始まった記録はありません。それ以前に始まり、この期間も続いている記録が{{count, number}}件あります。',
    emptyEarlier_other:
      'この期間に始まった記録はありません。それ以前に始まり、この期間も続いている記録が{{count, number}}件あります。',
    earlier_one: 'この期間より前に始まった記録{{count, number}}件は表示していません',
    earlier_other: 'この期間より前に始まった記録{{count, number}}件は表示していません',
  },
  growth: {
    title: '関わった海外の都市数の推移',
    y: '海外の都市数（各年末までの累計）',
    table: '海外の都市数',
    desc: '関わった海外の都市は{{first}}年の{{from}}都市から{{last}}年の{{to}}都市に増えました。',
    descSame: '関わった海外の都市は{{first}}年から{{last}}年まで{{to}}都市のままでした。',
    descOne_one: '{{first}}年に関わった海外の都市は{{count, number}}都市です。',
    descOne_other: '{{first}}年に関わった海外の都市は{{count, number}}都市です。',
    value: '{{year}}年：{{value}}都市',
    empty: 'この絞り込みには海外の都市がありません。',
    undated_one: '年のわかる記録がない海外の都市{{count, number}}都市は描いていません',
    undated_other: '年のわかる記録がない海外の都市{{count, number}}都市は描いていません',
  },
  countries: {
    title: '国別の都市数',
    x: '都市数',
    country: '国',
    region: '地域',
    desc: '{{countries}}か国の都市。最も多いのは{{top}}の{{most}}都市、最も少ないのは{{bottom}}の{{fewest}}都市です。',
    descOne_one: '{{count, number}}都市はすべて{{top}}にあります。',
    descOne_other: '{{count, number}}都市はすべて{{top}}にあります。',
    value: '{{country}}：{{value}}都市',
    empty: 'この絞り込みには都市がありません。',
  },
};
