/** 日本語: the page frame, the language switch, the status line, the search, notices and errors. */
import type { Messages } from '../messages';
import type { shell as en } from '../en/shell';

export const shell: Messages<typeof en> = {
  title: '都市間連携ネットワーク',
  tagline: '気候変動・廃棄物・エネルギー・水の分野で連携する日本と東南アジアの都市',
  language: {
    label: '言語',
    en: 'EN',
    ja: '日本語',
  },
  status: {
    loading: 'データを読み込み中…',
    dataset: '{{cities}}・{{workshops}}・{{partnerships}}',
    network: '{{cities}}中{{shown, number}}都市を表示・{{links}}',
    line: '{{dataset}} — {{network}}',
  },
  origin: {
    from: 'データの取得元：',
    back: '付属のデータに戻る',
  },
  viewLoading: '表示を準備中…',
  drop: 'CSVファイルをここにドロップすると読み込みます',
  sidebar: '検索と絞り込み',
  search: {
    label: '都市・研修・連携を探す',
    placeholder: '都市名（英語または現地語）、研修の名称',
    results: '該当する都市・研修・連携',
    workshop: '研修',
    partnership: '連携',
  },
  notices: {
    label: 'お知らせ',
    dismiss: '閉じる',
    unknownSetting: 'URLの {{param}}={{value}} は無視しました（このアプリにはない設定です）。',
    unknownTheme: 'URLの {{param}}={{value}} は無視しました（この分野の記録はありません）。',
    yearsFormat:
      'URLの {{param}}={{value}} は無視しました（2016 のような年、または 2016-2019 のような期間で指定してください）。',
    oneOf:
      'URLの {{param}}={{value}} は無視しました（{{allowed, list(type: disjunction)}} のいずれかを指定してください）。',
    notCountry: 'URLの {{param}}={{value}} は無視しました（ISOの国コードではありません）。',
    noCityInCountry:
      'URLの {{param}}={{value}} は無視しました（この国の都市はデータにありません）。',
    unknownProgramme: 'URLの {{param}}={{value}} は無視しました（この事業の記録はありません）。',
    unknownOrganiser: 'URLの {{param}}={{value}} は無視しました（この主催者の研修はありません）。',
    unknownFunder: 'URLの {{param}}={{value}} は無視しました（この資金提供者の記録はありません）。',
    unknownCity: 'URLの {{param}}={{value}} は無視しました（このIDの都市はありません）。',
    unknownWorkshop: 'URLの {{param}}={{value}} は無視しました（このIDの研修はありません）。',
    unknownPartnership: 'URLの {{param}}={{value}} は無視しました（このIDの連携はありません）。',
    alreadyOpen:
      'URLの {{param}}={{value}} は無視しました（リンクで開けるのは都市か記録の一つだけで、すでに別のものが開いています）。',
    cameraFormat:
      'URLの {{param}}={{value}} は無視しました（経度,緯度,ズーム の形で指定してください）。',
  },
  error: {
    text: '{{view}}を表示できませんでした。ページを再読み込みしてください。繰り返し起きる場合は、アプリが想定していない内容がデータに含まれている可能性があります。',
    views: {
      report: 'データの問題の一覧',
      map: '地図',
      graph: 'グラフ',
      planner: '連携計画',
      reach: '実績の画面',
    },
  },
};
