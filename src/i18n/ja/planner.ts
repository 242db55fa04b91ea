/** 日本語: the pairing planner, in the glossary's terms (連携, 研修, 講師, 連携候補, 連携案). */
import type { Messages } from '../messages';
import type { planner as en } from '../en/planner';

export const planner: Messages<typeof en> = {
  part: {
    themeFit: '分野の一致',
    proximity: 'ネットワーク上の近さ',
    capacity: '受け入れ余力',
    continuity: '活動の継続性',
  },
  partHelp: {
    themeFit: '候補都市に実績があり、相手都市が関心を寄せている分野。',
    proximity: '両都市が参加した研修と、両都市につながりのある都市。',
    capacity: 'すでに抱える連携先が少ないほど高くなります（負担の分散）。',
    continuity: '両都市の最近の活動。',
  },
  score: {
    label: 'スコア {{score}}（最大{{max}}）：{{parts}}',
    part: '{{part}} {{value}}',
    legend: 'スコアの内訳',
  },
  suggested: {
    title: '連携候補',
    reasons: '{{city}}を挙げる理由',
    proposed: '構想中の連携',
    proposedLabel: '構想中の連携：{{pair}}',
    drafted: '連携案に追加済み',
    add: '連携案に追加',
    addLabel: '連携案に追加：{{pair}}',
    little: {
      noThemes: 'この表示では{{city}}の記録に分野がないため、分野の一致では候補を比べられません。',
      noWorkshops: 'この表示では{{city}}が参加した研修がないため、共通の研修は数えられません。',
      nothing:
        'この表示では{{city}}に研修も分野もないため、候補はつながりと活動だけで選んでいます。',
    },
    none: {
      unknownCity: 'この都市は現在のデータにないため、連携候補はありません。',
      noCandidates:
        '{{city}}の連携候補は残っていません。候補となる都市はすでに連携しているか、絞り込みで除かれています。',
      allWeightsZero:
        'スコアの重みがすべて0のため、都市を順位づけできません。連携計画で重みを上げてください。',
      noJapaneseCity: '現在のデータには、{{city}}と組み合わせる日本の都市がありません。',
      noOverseasCity: '現在のデータには、{{city}}と組み合わせる海外の都市がありません。',
    },
  },
  reason: {
    year: '（{{year}}年）',
    shared: {
      participant: {
        participant: '両都市とも{{workshop}}に参加しました。',
        host: '{{city}}は、{{candidate}}が開催した{{workshop}}に参加しました。',
        resource: '両都市とも{{workshop}}に参加し、{{candidate}}が講師を務めました。',
      },
      host: {
        participant: '{{candidate}}は、{{city}}が開催した{{workshop}}に参加しました。',
        host: '両都市が{{workshop}}を共同で開催しました。',
        resource: '{{city}}が開催した{{workshop}}で、{{candidate}}が講師を務めました。',
      },
      resource: {
        participant: '{{workshop}}に{{candidate}}が参加し、{{city}}が講師を務めました。',
        host: '{{candidate}}が開催した{{workshop}}で、{{city}}が講師を務めました。',
        resource: '両都市とも{{workshop}}で講師を務めました。',
      },
    },
    theme:
      '{{candidate}}には{{theme}}の分野で実績があり（{{shown}}）、{{city}}は同じ分野に関心を寄せています（{{sought}}）。',
    records_one: '記録{{count, number}}件',
    records_other: '記録{{count, number}}件',
    neighbour: '両都市とも{{neighbour}}とつながりがあります。',
    sources: '根拠となる記録',
    recordsOf: '{{city}}：',
    load: {
      none: '{{candidate}}にはまだ連携先がありません。',
      some_one: '{{candidate}}の連携先は現在{{count, number}}都市です。',
      some_other: '{{candidate}}の連携先は現在{{count, number}}都市です。',
    },
    recent: {
      same: '両都市とも{{year}}年に活動しました。',
      both: '最近の活動は、{{city}}が{{cityYear}}年、{{candidate}}が{{candidateYear}}年です。',
      cityOnly: '{{city}}の最近の活動は{{cityYear}}年です（{{candidate}}は活動年の記録なし）。',
      candidateOnly:
        '{{candidate}}の最近の活動は{{candidateYear}}年です（{{city}}は活動年の記録なし）。',
      neither: '両都市とも活動年の記録がありません。',
    },
  },
  pane: {
    title: '連携計画',
    settings: '設定',
    scope: {
      legend: '候補とする組み合わせ',
      across: '日本 ↔ 海外',
      any: 'すべての組み合わせ',
      'same-region': '同じ地域内',
    },
    weights: {
      legend: 'スコアの重み（0〜3）',
      reset: '重みを初期値に戻す',
      allZero: '重みがすべて0です。いずれかを上げるまで都市を順位づけできません。',
    },
    gaps: {
      title: '日本の連携先がない海外都市',
      caption:
        'この表示で研修に参加したものの、日本の都市と連携したことがない海外都市（実施中・終了した連携がない都市。提案中の連携と連携案は数えません）と、それぞれに最も合う日本の連携候補。',
      empty: 'この表示で研修に参加した海外都市には、すべて日本の連携先があります。',
      column: {
        city: '都市',
        country: '国',
        workshops: '研修',
        best: '最有力の連携候補',
        score: 'スコア',
        draft: '連携案',
      },
      noCandidate: '候補なし',
    },
    loads: {
      title: '日本の都市別の海外連携先の数',
      caption: 'この表示で日本の都市が抱える海外の連携先（実施中・終了）の数。',
      empty: 'この表示には日本の都市がありません。',
      column: {
        city: '都市',
        partners: '海外の連携先',
      },
    },
    drafts: {
      title: '連携案',
      empty: '連携案はまだありません。連携候補を追加するか、下で2都市を選んでください。',
      count_one: '連携案{{count, number}}件',
      count_other: '連携案{{count, number}}件',
      remove: '削除',
      removeLabel: '連携案 {{pair}} を削除',
      clear: '連携案をすべて削除',
      export: '連携案をCSVで書き出し',
      missing_one:
        '表示できません：{{ids}}は現在のデータにありません。削除するまで連携案は残ります。',
      missing_other:
        '表示できません：{{ids}}は現在のデータにありません。削除するまで連携案は残ります。',
      missingId: '「{{id}}」',
      storage: {
        unreadable:
          'このブラウザに保存された連携案を読み込めなかったため、使用していません。次の変更で置き換えます。',
        partlyUnreadable:
          'このブラウザに保存された連携案の一部を読み込めなかったため、除外しました。',
        unavailable: 'このブラウザでは連携案を保存できません。ページを閉じると連携案は消えます。',
        notSaved: '連携案への最後の変更をこのブラウザに保存できませんでした。',
      },
    },
    pick: {
      legend: '2都市を選んで追加',
      first: '1つ目の都市',
      second: '2つ目の都市',
      choose: '都市を選択',
      add: '連携案に追加',
      incomplete: '2都市とも選んでください。',
      added: '{{pair}}を連携案に追加しました。',
      same: '異なる2都市を選んでください。',
      drafted: 'この組み合わせはすでに連携案にあります。',
      partners: 'この2都市はすでに連携しています。',
    },
    impact: {
      title: '連携案による変化',
      caption: '現在の表示の数値を、連携案を含めない場合と含める場合で比べます。',
      figure: '項目',
      before: '連携案なし',
      after: '連携案あり',
      overseasWithJapanesePartner: '日本の連携先がある海外都市（実施中・提案中）',
      countriesReached: '連携先のある国',
      overseasWithoutPartner: '実施中・提案中の日本の連携先がない研修参加都市（海外）',
      load: '{{city}}の連携先',
    },
  },
};
