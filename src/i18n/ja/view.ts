/** 日本語: the map, the graph, their legend and tooltips. */
import type { Messages } from '../messages';
import type { view as en } from '../en/view';

export const view: Messages<typeof en> = {
  map: {
    region: '地図',
    container: '都市とその連携を示す地図。矢印キーで移動、プラス・マイナスキーで拡大・縮小します。',
    resetView: '全体を表示',
    unavailable: '地図を読み込めませんでした。ページを再読み込みしてください。',
    colourBy: 'つながりの色分け',
    colourMode: {
      kind: '種類',
      theme: '主な分野',
    },
    controls: {
      canvas: '地図',
      zoomIn: '拡大',
      zoomOut: '縮小',
      attribution: '出典の表示・非表示',
    },
  },
  graph: {
    region: 'グラフ',
    canvas: '都市のネットワーク図（一覧はランキング表でご覧いただけます）',
    relayout: '配置し直す',
    unavailable: 'グラフを読み込めませんでした。ページを再読み込みしてください。',
    fromMap: '地図の配置から始める',
    progressLabel: '配置',
    progress: '配置中… {{percent, number}}%',
  },
  legend: {
    title: '凡例',
    /** 凡例を表示の反対側の下隅へ移す。 */
    moveTo: { left: '凡例を左へ移す', right: '凡例を右へ移す' },
    cities: '都市',
    group: 'グループ{{number, number}}',
    otherGroups: 'グループ{{from, number}}〜{{to, number}}',
    size: '大きさ：{{measure}}',
    links: 'つながり',
    look: {
      partnership: '連携',
      proposed: '構想中の連携',
      draft: '連携案（連携計画で追加）',
      workshop: '研修：参加都市と開催都市・講師都市',
      'co-attendance': '同じ研修に参加',
    },
    thicker: '線が太いほど記録が多いことを示します。',
    roles: '役割',
    partner: '連携都市',
    themeColour: '色：主な分野',
    otherTheme: 'その他・分野なし',
  },
  tooltip: {
    partnerships_one: '連携{{count, number}}件',
    partnerships_other: '連携{{count, number}}件',
    workshops_one: '研修{{count, number}}件',
    workshops_other: '研修{{count, number}}件',
    links_one: 'つながり{{count, number}}本',
    links_other: 'つながり{{count, number}}本',
    source: '出典：{{source}}',
    more: 'ほか{{count, number}}件',
    clickLink: 'クリックで記録を一覧表示',
    clusterTitle_one: '{{count, number}}か所',
    clusterTitle_other: '{{count, number}}か所',
    morePlaces_one: 'ほか{{count, number}}か所',
    morePlaces_other: 'ほか{{count, number}}か所',
    clickCluster: 'クリックで拡大して分けて表示',
  },
  years: {
    unknown: '年不明',
    until: '{{end}}年まで（開始年不明）',
    since: '{{start}}年〜',
  },
};
