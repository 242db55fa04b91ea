/** 日本語: image exports of the map and the graph (PNG, SVG). */
import type { Messages } from '../messages';
import type { images as en } from '../en/images';

export const images: Messages<typeof en> = {
  group: {
    map: '地図を画像として保存',
    graph: 'グラフを画像として保存',
  },
  format: '画像の形式',
  png: 'PNG（{{scale}}倍）',
  svg: 'SVG（ベクター形式）',
  save: '画像を保存',
  saving: '保存中…',
  saved: '{{fileName}}を保存しました（{{width}} × {{height}} px）。',
  savedSvg: '{{fileName}}を保存しました。',
  reduced:
    '{{requested}}倍（{{requestedWidth}} × {{requestedHeight}} px）はこのブラウザで描ける大きさを超えるため、{{saved}}倍（{{width}} × {{height}} px）で保存しました。',
  failed:
    '画像を保存できませんでした。まだ何も描かれていないか、このブラウザではどの大きさでも描けません。',
  otherGroups: 'その他のグループ',
};
