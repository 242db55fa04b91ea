/**
 * 日本語: the programme's vocabulary shared by several areas (filters, legend, tooltips,
 * profile), in the glossary's terms (GLOSSARY.md).
 */
import type { Messages } from '../messages';
import type { terms as en } from '../en/terms';

export const terms: Messages<typeof en> = {
  separator: '・',
  count: {
    cities_one: '{{count, number}}都市',
    cities_other: '{{count, number}}都市',
    workshops_one: '研修{{count, number}}件',
    workshops_other: '研修{{count, number}}件',
    partnerships_one: '連携{{count, number}}件',
    partnerships_other: '連携{{count, number}}件',
    links_one: 'つながり{{count, number}}本',
    links_other: 'つながり{{count, number}}本',
  },
  region: {
    japan: '日本',
    'southeast-asia': '東南アジア',
    elsewhere: 'その他の地域',
  },
  linkKind: {
    partnership: '連携',
    workshop: '研修（参加都市と開催都市・講師都市）',
    'co-attendance': '同じ研修に参加',
  },
  size: {
    links: '表示中のつながりの数',
    degree: '連携都市数',
    weightedDegree: 'つながりの記録数',
    betweenness: '仲介度',
  },
  theme: {
    waste: '廃棄物',
    energy: 'エネルギー',
    water: '水',
    'low-carbon': '低炭素',
    decarbonisation: '脱炭素',
    'climate-policy': '気候変動政策',
    transport: '交通',
    education: '教育',
    resilience: 'レジリエンス',
    'green-growth': 'グリーン成長',
    sdgs: 'SDGs',
  },
  partnershipType: {
    partnership: '連携',
    mou: '覚書（MoU）',
    'sister-city': '姉妹都市',
    'green-sister-city': 'グリーン姉妹都市',
    project: 'プロジェクト',
    exchange: '交流',
    'letter-of-intent': '意向表明書',
    pilot: 'パイロット事業',
    draft: '連携案',
  },
  status: {
    active: '実施中',
    ended: '終了',
    proposed: '構想中',
  },
  cityKind: {
    city: '市',
    town: '町',
    metropolis: '都',
    prefecture: '県',
    province: '州・省',
    region: '地域',
    state: '州',
  },
  role: {
    host: '開催都市',
    participant: '参加都市',
    resource: '講師都市',
  },
};
