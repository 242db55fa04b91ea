/** 日本語: the data menu (import, paste, keep, export) and the dialog before an import. */
import type { Messages } from '../messages';
import type { data as en } from '../en/data';

export const data: Messages<typeof en> = {
  title: 'データ',
  origin: {
    bundled: 'アプリ付属の事業データを表示しています。',
    url: 'ウェブ上のファイルを表示しています。',
    imported: '自分のデータ「{{name}}」（{{when}}に読み込み）を表示しています。',
  },
  progress: 'ファイルを読み込み中…',
  cancel: 'キャンセル',
  import: 'ファイルを読み込む…',
  files: '読み込むファイル（CSVまたはExcel）',
  paste: 'CSVを貼り付ける…',
  templates: 'テンプレートをダウンロード',
  exportLabel: '表示中のデータを書き出す：',
  exportShort: {
    csv: 'CSV',
    geojson: 'GeoJSON',
    gexf: 'GEXF（Gephi）',
    graphml: 'GraphML（Cytoscape）',
    flows: 'フロー（CSV）',
  },
  exportCsv: 'CSVを書き出す（絞り込み後）',
  exportGeoJson: 'GeoJSONを書き出す',
  exportGexf: 'GEXFを書き出す（Gephi）',
  exportGraphml: 'GraphMLを書き出す（Cytoscape）',
  exportFlows: '地点＋フローを書き出す（CSV）',
  hint: 'ページのどこにでもファイルをドロップして読み込めます（3つのCSV、都市ペアの表、Excelブック）。データがブラウザの外に送られることはありません。',
  pasteFile: 'このテキストのファイル',
  pasteText: 'CSVテキスト（1行目は見出し）',
  pasteLoad: '貼り付けたテキストを読み込む',
  showBundled: '付属のデータに戻る',
  showStored: '自分のデータを表示（{{name}}）',
  removeStored: '自分のデータを削除',
  dialog: {
    addTitle: '自分のデータに追加しますか、置き換えますか？',
    replaceTitle: '自分のデータを置き換えますか？',
    addText:
      '表示中の自分のデータ（{{existing}}）を、新しいファイル（{{incoming}}）で置き換えるか、新しいファイルを追加できます。追加すると、同じ種類のファイルだけが新しいものに替わり、ほかのファイルはそのまま残ります。',
    replaceText:
      'このブラウザには自分のデータ（{{existing}}）が保存されています。新しいファイル（{{incoming}}）を読み込むと、そのデータは置き換えられます。',
    replace: '置き換える',
    add: '追加する',
    cancel: 'キャンセル',
  },
};
