/** 日本語: the view bar (which views are shown, what sizes and colours the cities). */
import type { Messages } from '../messages';
import type { viewBar as en } from '../en/viewBar';

export const viewBar: Messages<typeof en> = {
  view: {
    legend: '表示',
    map: '地図',
    graph: 'グラフ',
    split: '並べて表示',
    table: '表',
    plan: '連携計画',
    reach: '実績',
  },
  size: '都市の大きさ',
  colour: {
    legend: '都市の色分け',
    region: '地域',
    community: 'グループ',
  },
};
