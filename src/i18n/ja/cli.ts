/** 日本語: what `npm run validate` and `npm run export` say besides the report itself. */
import type { Messages } from '../messages';
import type { cli as en } from '../en/cli';

export const cli: Messages<typeof en> = {
  validateUsage:
    '使い方: npm run validate -- <フォルダ> [--json] [--lang en|ja]\n  （フォルダの代わりに、pairs.csv のようなペアの表や Book.xlsx のようなワークブックを1つ指定することもできます）',
  exportUsage:
    '使い方: npm run export -- <フォルダ> --format csv|geojson|gexf|graphml|flows --out <パス> [--lang en|ja]\n  （csv と flows は <パス> のフォルダにファイルを書き出します。geojson・gexf・graphml は <パス> のファイルに、<パス> がフォルダなら network.geojson・network.gexf・network.graphml として書き出します）',
  cannotReadFolder: 'フォルダ {{folder}} を読み込めません: {{reason}}',
  cannotReadFile: '{{path}} を読み込めません: {{reason}}',
  noCities: '{{folder}} に cities.csv（または pairs.csv）がありません。cities.csv は必須です。',
  unknownFile:
    '{{path}} が何のファイルか判別できません。cities.csv、workshops.csv、partnerships.csv、またはペアの表（city1, lat1, lng1, city2, lat2, lng2 …）の見出し行を付けてください。',
  unknownOption: '{{option}} というオプションはありません。',
  givenTwice: '--{{name}} が2回指定されています。',
  needsValue: '--{{name}} には値が必要です。',
  oneFolder: 'データのフォルダを1つだけ指定してください。',
  formatRequired: '--format は必須です。',
  badFormat:
    '--format は csv、geojson、gexf、graphml、flows のいずれかにしてください（「{{format}}」は使えません）。',
  outRequired: '--out は必須です。',
  badLanguage: '--lang は en か ja にしてください（「{{language}}」は使えません）。',
  outIsFolder:
    '--out にデータのフォルダ {{folder}} は指定できません。フォルダ内のファイルが上書きされます。',
  outIsInput: '--out に入力ファイルは指定できません。{{input}} が上書きされます。',
  cannotWrite: '{{out}} に書き出せません: {{reason}}',
  nothingToExport:
    '書き出すものがありません。{{folder}} の都市を1つも読み込めなかったため、ファイルは書き出しません。詳細: npm run validate -- {{folder}}',
  wroteCsv: '{{cities}}、{{workshops}}、{{partnerships}}を {{out}} に書き出しました。',
  wroteGeoJson: '{{cities}}と{{links}}を {{out}} に書き出しました。',
  wroteGraph: '{{cities}}と{{links}}の {{format}} グラフを {{out}} に書き出しました。',
  wroteFlows: 'locations.csv（{{cities}}）と flows.csv（{{flows}}）を {{out}} に書き出しました。',
  graphDescription: '{{folder}} の全レコード',
  issuesNone: '問題: なし。',
  issues: '問題: {{errors}}、{{warnings}}。詳細: npm run validate -- {{folder}}',
  issuesRejected:
    '問題: {{errors}}、{{warnings}}。{{rejected}}を除外し、書き出していません。詳細: npm run validate -- {{folder}}',
};
