/** 日本語: presentation mode and its saved scenes. */
import type { Messages } from '../messages';
import type { present as en } from '../en/present';

export const present: Messages<typeof en> = {
  title: 'プレゼンテーション',
  hint: '表示をシーンとして保存し、全画面で発表できます。矢印キーでシーンを切り替え、Escで終了します。',
  empty: 'シーンはまだありません。',
  list: 'シーン',
  scene: {
    name: 'シーン{{position}}の名前',
    show: '表示',
    showLabel: 'シーン{{position}}を表示',
    up: 'シーン{{position}}を上へ移動',
    down: 'シーン{{position}}を下へ移動',
    remove: '削除',
    removeLabel: 'シーン{{position}}を削除',
    untitled: 'シーン{{position}}',
  },
  add: '現在の表示をシーンに追加',
  defaultName: '{{view}}：{{filters}}',
  present: '発表を開始',
  save: 'シーンを保存（JSON）',
  load: 'シーンを読み込む…',
  file: '読み込むシーンのファイル（JSON）',
  loaded_one: '{{file}} から {{count, number}} 件のシーンを読み込みました。',
  loaded_other: '{{file}} から {{count, number}} 件のシーンを読み込みました。',
  loadedNone: '{{file}} からはシーンを読み込めませんでした。これまでのシーンはそのままです。',
  skipped: '読み込まなかったもの：',
  problems: {
    notJson: 'このファイルはJSONではありません。',
    notScenesFile: 'このファイルは、このアプリのシーンのファイルではありません。',
    unsupportedVersion:
      'このファイルはシーンのファイルの第{{version}}版です。このアプリが読めるのは第1版です。',
    otherDataset:
      'これらのシーンは、いま表示しているデータとは別のデータで保存されています。このデータにないものは読み込みません。',
    otherDatasetCounts:
      'これらのシーンは、いま表示しているデータとは別のデータ（{{cities, number}}都市、研修{{workshops, number}}件、連携{{partnerships, number}}件）で保存されています。このデータにないものは読み込みません。',
    notScene: 'ファイルの{{position}}番目の項目はシーン（名前と設定）ではありません。',
    sceneValue: 'シーン{{position}}（{{scene}}）：{{notice}}',
    sceneValueUnnamed: 'シーン{{position}}：{{notice}}',
    tooManyScenes:
      '{{total, number}}件のシーンのうち、最初の{{kept, number}}件だけを読み込みました（1つの発表は{{kept, number}}件まで）。',
    longName: 'シーン{{position}}の名前は最初の{{max, number}}文字までにしました。',
    tooLongForLink:
      'シーンが多すぎて、リンクに含められません。残すにはファイルに保存してください。',
  },
  bar: {
    label: 'プレゼンテーションの操作',
    position: '{{current, number}} / {{total, number}}',
    positionLabel: 'シーン{{current, number}}／全{{total, number}}',
    previous: '前へ',
    next: '次へ',
    exit: '終了',
    exitLabel: 'プレゼンテーションを終了',
    keys: '← → で切り替え・Escで終了',
  },
};
