/** 日本語: the loader's problems, one text per issue code (see `../en/issues.ts`). */
import type { Messages } from '../messages';
import type { issues as en } from '../en/issues';

export const issues: Messages<typeof en> = {
  code: {
    'missing-cities':
      'cities.csv がありません。つながりは都市と都市の間に描くため、どのデータにも cities.csv が必要です。',
    'not-text':
      '{{file}} は CSV のテキストではありません（バイナリファイルのようです）。CSV（UTF-8）形式で書き出してください。',
    'empty-file': '{{file}} は空です。見出し行とデータ行が必要です。',
    'no-data-rows': '{{file}} には見出し行しかなく、データ行がありません。',
    'encoding-guessed':
      '{{file}} は UTF-8のテキストではないため、最も可能性の高い $t(issues:encoding.{{encoding}}) として読み込みました。アクセント付きの文字やローマ字以外の名前が正しく表示されているか確認してください。$t(issues:saveAsUtf8)',
    'invalid-utf8_one':
      '{{file}} は UTF-8のテキストですが、UTF-8として正しくない文字が1文字あり、「{{value}}」と表示されます。$t(issues:saveAsUtf8)',
    'invalid-utf8_other':
      '{{file}} は UTF-8のテキストですが、UTF-8として正しくない文字が{{count, number}}文字あり、「{{value}}」と表示されます。$t(issues:saveAsUtf8)',
    'missing-column':
      '見出し行に「{{column}}」列がありません。{{file}} にはこの列が必要です。見出し行の列: {{found}}。',
    'repeated-column':
      '「{{value}}」列が2回あります。最初の列を使い、この列は追加の列として残します。',
    'alias-taken':
      '「{{value}}」列は {{column}} 列として読み込む名前ですが、見出し行にはすでに {{column}} 列があるため、追加の列として残します。',
    'unknown-column':
      '「{{value}}」列は {{file}} の列にないため、追加の列として残します。使える列: {{known}}。',
    'header-quote-unclosed':
      '見出し行の引用符が閉じられていないため、ファイル全体が見出し行として読まれています。引用符を閉じてください。',
    'header-quote-malformed':
      '見出し行の引用符が正しくありません（引用符で囲んだセルの中の引用符は "" のように2つ重ねます）。',
    'too-many-cells':
      'この行のセルが見出し行の{{expected}}列より多くあります。区切り文字を含むセルを引用符で囲む必要があると思われます。',
    'quote-unclosed':
      '引用符で囲んだセルが閉じられていないため、ファイルの残りがすべて1つのセルとして読まれています。引用符を閉じてください。',
    'quote-malformed':
      'この行の引用符が正しくありません（引用符で囲んだセルの中の引用符は "" のように2つ重ねます）。',
    'control-characters':
      'セルに目に見えない制御文字（{{characters}}）が含まれています。文字としては不要なため取り除き、「{{clean}}」としました。',
    required: '{{column}} は必須ですが、空欄です。',
    'not-a-number':
      '{{column}} には小数（例: 35.68）を入力してください。「{{value}}」は数値ではありません。',
    'not-a-number_warning':
      '{{column}} には小数（例: 35.68）を入力してください。「{{value}}」は数値ではないため、無視します。',
    'out-of-range':
      '{{column}} は{{min}}から{{max}}の範囲で入力してください。{{value}} は範囲外です。',
    'out-of-range_warning':
      '{{column}} は{{min}}から{{max}}の範囲で入力してください。{{value}} は範囲外のため、無視します。',
    'swapped-coordinates':
      '{{column}} は{{min}}から{{max}}の範囲で入力してください。{{value}} は範囲外です。lat と lon が入れ替わっている可能性があります。',
    'not-a-count':
      '{{column}} には0以上の整数を入力してください。「{{value}}」は整数ではないため、無視します。',
    'too-large':
      '{{column}} の {{value}} は大きすぎて正確に扱えません（上限{{max, number}}）。この値は無視します。',
    'not-a-year':
      '{{column}} には{{min}}から{{max}}までの西暦年を入力してください。「{{value}}」は年ではないため、年は不明として扱います。',
    'not-a-date':
      '{{column}} には YYYY-MM-DD（または YYYY-MM、YYYY）の形で日付を入力してください。「{{value}}」は日付ではありません。',
    'not-a-date_warning':
      '{{column}} には YYYY-MM-DD（または YYYY-MM、YYYY）の形で日付を入力してください。「{{value}}」は日付ではないため、無視します。',
    'end-before-start':
      '{{column}} の {{value}} が {{startColumn}} の {{start}} より前になっています。この値は無視します。',
    'unknown-country':
      '{{column}} の「{{value}}」は国として認識できません（ISO 3166-1 alpha-2の国コード（例: JP、VN）か、国名（例: Viet Nam、日本）を入力してください）。座標もどの国の中にも近くにもありません。',
    'unknown-city': 'cities.csv に id が「{{value}}」の都市がありません。',
    'unknown-city_warning':
      'cities.csv に id が「{{value}}」の都市がないため、この都市への参照は除きます。',
    'same-city': '連携には異なる2つの都市が必要ですが、両方とも「{{city}}」です。',
    'unknown-status':
      '{{column}} には {{allowed}} のいずれかを入力してください。「{{value}}」は使えないため、active（実施中）として扱います。',
    'not-a-web-address':
      '{{column}} には http:// または https:// で始まるウェブアドレスを入力してください。この値は無視します。',
    'duplicate-id':
      'id「{{value}}」は{{firstRow}}行目ですでに使われています。id は大文字・小文字を区別せず一意である必要があるため、この行は読み込みません。',
    'data-empty':
      'data パラメータが空です。https://example.org/data/ のように、フォルダのアドレスを指定してください。',
    'data-not-absolute':
      'data パラメータ「{{value}}」は完全なウェブアドレスではありません。https://example.org/data/ のように、http:// または https:// から書いてください。',
    'data-not-http':
      'data パラメータ「{{value}}」は http:// または https:// のアドレスにしてください（{{protocol}} は使えません）。',
    'fetch-failed':
      '{{value}} を取得できませんでした。サーバーが応答しないか、このページからのファイルの読み込みを許可していません（サーバーが Access-Control-Allow-Origin ヘッダーを返す必要があります）。',
    'fetch-status': '{{value}} を取得できませんでした。サーバーの応答は{{status}}でした。',
    'fetch-web-page':
      '{{value}} は CSV ではなくウェブページを返しました。フォルダのアドレスを確認してください。',
    'fetch-broken': '{{value}} を読み込めませんでした。ダウンロードの途中で接続が切れました。',
    'fetch-timeout': '{{value}} から{{seconds, number}}秒以内に応答がありませんでした。',
    // Pair tables
    'pair-header-unknown':
      '{{file}} はペアの表ではありません。ヘッダーには両端それぞれの名前と座標の列が必要です（city1, lat1, lng1 … city2, lat2, lng2 や origin, origin_lat, origin_lon … destination … など）。ヘッダー: {{found}}。',
    'pair-city-conflict':
      'この「{{city}}」は{{firstRow}}行目の「{{city}}」（名前と国が同じ）から{{km, number}} km 離れているため、別の都市 {{id}} として読み込みます。同じ場所なら座標を確認してください。',
    'data-file-unknown':
      '{{value}} の {{file}} はワークブックでも、見出し行から種類（cities、workshops、partnerships、ペアの表）がわかる CSV でもありません。',

    // Workbooks
    'workbook-encrypted':
      '{{file}} はパスワードで保護されているため読み込めません。Excel で開き、パスワードを解除して（ファイル › 情報 › ブックの保護 › パスワードを使用して暗号化）保存し直してください。',
    'workbook-unsupported':
      '{{file}} は古い形式またはバイナリ形式の Excel ブック（.xls / .xlsb）のため、ここでは読み込めません。Excel ブック（.xlsx）として、またはシートごとに CSV UTF-8 として保存してください。',
    'workbook-corrupt':
      '{{file}} はブックとして読み込めません。ファイルが壊れているか、Excel のファイルではありません。表計算ソフトで開き、.xlsx として保存し直してください。',
    'workbook-web-page':
      '{{file}} はブックではなくウェブページ（HTML）です。ブックそのものをダウンロードするか、表計算ソフトから .xlsx または CSV として保存してください。',
    'workbook-is-text':
      '{{file}} はブックではなくテキストで、見出し行からどのファイル（都市・研修・連携・ペアの表）かが分かりません。いずれかの見出し行を付けるか、ブックとして保存してください。',
    'workbook-is-text_warning': '{{file}} はブックではなくテキストです。CSV として読み込みます。',
    'workbook-empty':
      '{{file}} にはデータのあるシートがありません（空のブック、またはマクロだけのブックです）。都市・研修・連携をそれぞれのシートに入れてください。',
    'workbook-no-sheet':
      '{{file}} のどのシートも読み込めませんでした。シート名を 都市・研修・連携（または cities・workshops・partnerships）にするか、各シートに CSV ファイルと同じ見出し行を付けてください。シート: {{sheets}}。',
    'workbook-sheet-skipped':
      '{{file}} は読み込みません。シート名からも見出し行からも、どの表（都市・研修・連携・ペアの表）かが分かりません。',
    'workbook-repeated-sheet':
      '{{file}} は読み込みません。同じ表は「{{first}}」にあり、最初のものだけを読み込みます。',
    'cell-error':
      'セル {{cell}} はエラー {{value}}（数式の失敗）を含むため、空欄として読み込みます。数式を直すか、値に置き換えてください。',
    'countries-from-coordinates':
      '{{file}} に country 列がないため、各都市の国は座標から判定します（座標が含まれる国、または25 km 以内で最も近い国）。',
    'country-inferred':
      '{{column}} の「{{value}}」は空欄か、国として認識できません。座標は {{country}} にあるため、国を {{country}} として都市を読み込みます。',
    'country-contradicts-coordinates':
      '{{column}} は {{country}}（「{{value}}」）ですが、座標は {{found}} にあり、{{country}} から25 km 以上離れています。$t(issues:countryCheck.{{swapped}})',
    'coordinates-at-sea':
      '{{column}} は {{country}}（「{{value}}」）ですが、座標（{{lat}}, {{lon}}）はどの国にもなく、海岸から25 km 以上離れた海上にあります。{{seaNearest}} $t(issues:countryCheck.{{swapped}})',
    'country-inferred-nearest':
      '{{column}} の「{{value}}」は空欄か、国として認識できません。座標（{{lat}}, {{lon}}）は海上にあり、最も近い国は {{km, number}} km 離れた {{country}} のため、国を {{country}} として都市を読み込みます。座標と国を確認してください。',
  },
  encoding: {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16（リトルエンディアン）',
    'utf-16be': 'UTF-16（ビッグエンディアン）',
    'windows-1252': 'Windows-1252（西欧言語）',
    shift_jis: 'Shift_JIS（日本語）',
  },
  saveAsUtf8:
    '確実に読み込むには、ファイルを「CSV UTF-8」形式で保存してください（Excel では「名前を付けて保存」›「CSV UTF-8」、その他のソフトでは文字コードに UTF-8を選びます）。',
  listSeparator: '、',
  none: 'なし',
  elided: '…',
  seaNearestVaries: '最も近い国とその距離は行ごとに異なります。',
  seaNearest_zero: '1,000 km 以内に国はありません。',
  seaNearest_one: '最も近い国は {{count, number}} km 離れた {{nearest}} です。',
  seaNearest_other: '最も近い国は {{count, number}} km 離れた {{nearest}} です。',
  countryCheck: {
    true: 'lat と lon が入れ替わっている可能性があります（入れ替えると記入された国に入ります）。',
    false: '座標と国を確認してください。',
  },
};
