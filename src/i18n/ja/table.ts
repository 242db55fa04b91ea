/** 日本語: the ranking table of cities. */
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
};
