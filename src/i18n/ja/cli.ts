/** 日本語: what `npm run validate` and `npm run export` say besides the report itself. */
import type { Messages } from '../messages';
import type { cli as en } from '../en/cli';

export const cli: Messages<typeof en> = {
  validateUsage: '使い方: npm run validate -- <フォルダ> [--json] [--lang en|ja]',
  exportUsage:
    '使い方: npm run export -- <フォルダ> --format csv|geojson --out <パス> [--lang en|ja]',
  cannotReadFolder: 'フォルダ {{folder}} を読み込めません: {{reason}}',
  cannotReadFile: '{{path}} を読み込めません: {{reason}}',
  noCities: '{{folder}} に cities.csv がありません。cities.csv は必須です。',
  unknownOption: '{{option}} というオプションはありません。',
  givenTwice: '--{{name}} が2回指定されています。',
  needsValue: '--{{name}} には値が必要です。',
  oneFolder: 'データのフォルダを1つだけ指定してください。',
  formatRequired: '--format は必須です。',
  badFormat: '--format は csv か geojson にしてください（「{{format}}」は使えません）。',
  outRequired: '--out は必須です。',
  badLanguage: '--lang は en か ja にしてください（「{{language}}」は使えません）。',
  outIsFolder:
    '--out にデータのフォルダ {{folder}} は指定できません。フォルダ内のファイルが上書きされます。',
  outIsInput: '--out に入力ファイルは指定できません。{{input}} が上書きされます。',
  cannotWrite: '{{out}} に書き出せません: {{reason}}',
  wroteCsv: '{{cities}}、{{workshops}}、{{partnerships}}を {{out}} に書き出しました。',
  wroteGeoJson: '{{cities}}と{{links}}を {{out}} に書き出しました。',
  issuesNone: '問題: なし。',
  issues: '問題: {{errors}}、{{warnings}}。詳細: npm run validate -- {{folder}}',
  issuesRejected:
    '問題: {{errors}}、{{warnings}}。{{rejected}}を除外し、書き出していません。詳細: npm run validate -- {{folder}}',
};
