/** 日本語: the timeline that plays the network year by year. */
import type { Messages } from '../messages';
import type { timeline as en } from '../en/timeline';

export const timeline: Messages<typeof en> = {
  label: 'タイムライン',
  play: '再生',
  pause: '一時停止',
  year: '表示する年',
  shown: '{{year}}年',
  allYears: '全期間',
  speed: {
    label: '速さ',
    slow: 'ゆっくり',
    normal: '標準',
    fast: '速い',
  },
  mode: {
    legend: '表示',
    cumulative: 'その年まで',
    single: 'その年のみ',
  },
  showAll: '全期間を表示',
};
