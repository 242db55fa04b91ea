/** 日本語: the import report, the notices about data, the note on links left out of an export. */
import type { Messages } from '../messages';
import type { report as en } from '../en/report';

export const report: Messages<typeof en> = {
  heading: 'データの問題: {{errors}}、{{warnings}}',
  errors_one: 'エラー{{count, number}}件',
  errors_other: 'エラー{{count, number}}件',
  warnings_one: '警告{{count, number}}件',
  warnings_other: '警告{{count, number}}件',
  rows_one: '{{count, number}}行',
  rows_other: '{{count, number}}行',
  show: '表示',
  shown: {
    all: 'エラーと警告',
    error: 'エラーのみ',
    warning: '警告のみ',
  },
  download: 'レポートをダウンロード',
  showDetails: '詳細を表示',
  hideDetails: '詳細を隠す',
  dataAddress: 'データのアドレス',
  fileCounts: '{{file}} — {{rows}}: 読み込み{{accepted, number}}行、除外{{rejected, number}}行',
  pairCounts:
    '{{file}} — {{rows}}: 連携{{accepted, number}}件と都市{{cities, number}}件を導出、除外{{rejected, number}}行',
  moreKinds_one: '{{file}} の問題をさらに{{count, number}}種類表示（未表示{{hidden, number}}種類）',
  moreKinds_other:
    '{{file}} の問題をさらに{{count, number}}種類表示（未表示{{hidden, number}}種類）',
  moreRows_one: 'さらに{{count, number}}行を表示（未表示{{hidden, number}}行）',
  moreRows_other: 'さらに{{count, number}}行を表示（未表示{{hidden, number}}行）',
  columns: {
    row: '行',
    column: '列',
    value: '値',
    problem: '問題',
  },
  noRow: '—',
  severity: {
    error: 'エラー',
    warning: '警告',
  },
  group: '{{count, number}}件: {{kind}}',
  text: {
    fileCounts: '{{file}}: {{rows}}、読み込み{{accepted, number}}行、除外{{rejected, number}}行',
    pairCounts:
      '{{file}}: {{rows}}、連携{{accepted, number}}件と都市{{cities, number}}件を導出、除外{{rejected, number}}行',
    fileOnly: '{{file}}:',
    row: '{{row}}行目',
    rowColumn: '{{row}}行目、{{column}} 列',
    withValue: '{{place}}（値: {{value}}）',
    line: '{{severity}} {{place}}: {{message}}',
    ok: 'OK: エラーはありません。',
    okWarnings: 'OK: エラーはありません（{{warnings}}）。',
    failed: '不合格: {{errors}}、{{warnings}}。',
  },
  notice: {
    notKept:
      'データを表示していますが、このブラウザに保存できませんでした（ストレージが無効です）。',
    nothingLoaded:
      '{{name}}からは何も読み込めませんでした（都市が1件も読めません）。表示中のデータはそのままです。理由は下の報告のとおりです。',
    cancelled: '読み込みを中止しました。',
    failed: '読み込みに失敗しました: {{reason}}。',
    storageTimeout:
      'ブラウザのストレージが{{seconds, number}}秒以内に応答しなかったため、以前に読み込んだデータを表示できません。',
    storageTimeoutBundled:
      'ブラウザのストレージが{{seconds, number}}秒以内に応答しなかったため、以前に読み込んだデータを表示できません。代わりに付属のデータを表示しています。',
    addressBundled:
      'データのアドレスを使えなかったため（データの問題を参照）、代わりに付属のデータを表示しています。',
    addressFailed:
      '{{url}} のデータを読み込めなかったため（{{reason}}）、代わりに付属のデータを表示しています。',
    tooManyFiles:
      '一度にドロップできるファイルは5つ（cities、workshops、partnerships、ペアの表、ワークブック）までです（{{given, number}}個ありました）。',
    unknownFiles:
      '{{names}} がどのファイルか判別できませんでした。ファイル名を cities.csv、workshops.csv、partnerships.csv のいずれかにするか、所定の見出し行を付けてください（ペアの表なら city1, lat1, lng1, city2, lat2, lng2 のような見出し行）。',
    sameKind: '同じ種類のファイルが2つあります: {{files}}。',
    fileOfKind: '{{name}}（{{kind}}）',
    both: '{{first}}{{second}}',
  },
  omitted: {
    note_one:
      '2つの都市が同じ地点にあるため、{{count, number}}本のつながりを除きました: {{links}}。',
    note_other:
      '2つの都市が同じ地点にあるため、{{count, number}}本のつながりを除きました: {{links}}。',
    link: '{{source}}–{{target}}（{{kind}}）',
    more: 'ほか{{count, number}}本',
    kind: {
      partnership: '連携',
      workshop: '研修',
      'co-attendance': '同じ研修に参加',
    },
  },
};
