/**
 * English: the pairing planner: suggested partners in a city profile (scores, reasons, marks),
 * and the planner view (settings, gaps, partners carried, drafts and what they change).
 */
export const planner = {
  /** The parts a suggestion's score adds up, and what each weighs. */
  part: {
    themeFit: 'Theme fit',
    proximity: 'Network proximity',
    capacity: 'Capacity',
    continuity: 'Continuity',
  },
  partHelp: {
    themeFit: 'Themes the candidate has shown that the city has sought.',
    proximity: 'Workshops both took part in, and cities both work with.',
    capacity: 'Fewer partners carried already scores higher, to spread the load.',
    continuity: 'Recent activity of both cities.',
  },
  /** A score or part as a figure: `0.42`. */
  score: {
    /** The text alternative of a score's stacked bar. */
    label: 'Score {{score}} of {{max}}: {{parts}}',
    part: '{{part}} {{value}}',
    legend: 'Parts of the score',
  },
  suggested: {
    title: 'Suggested partners',
    /** Each suggestion's list of reasons, named after the candidate. */
    reasons: 'Why {{city}}',
    proposed: 'Proposed partnership',
    proposedLabel: 'Proposed partnership: {{pair}}',
    drafted: 'Drafted',
    add: 'Add as draft',
    addLabel: 'Add as draft: {{pair}}',
    /** What the city brings, when it is little. */
    little: {
      noThemes:
        '{{city}} has no themes in its records in this view, so theme fit cannot tell candidates apart.',
      noWorkshops:
        '{{city}} took part in no workshop in this view, so no shared workshop can count.',
      nothing:
        '{{city}} has no workshops and no themes in this view: the suggestions rest on its links and on activity alone.',
    },
    /** Why there is nothing to suggest. */
    none: {
      unknownCity: 'This city is not in the current data, so there is nothing to suggest.',
      noCandidates:
        'No city is left to suggest for {{city}}: the possible partners already work with it, or the filters leave none.',
      allWeightsZero:
        'Every weight of the score is zero, so no city can be ranked. Raise a weight in the pairing planner.',
      noJapaneseCity: 'There is no Japanese city in the current data to pair {{city}} with.',
      noOverseasCity: 'There is no overseas city in the current data to pair {{city}} with.',
    },
  },
  /** Reasons of a suggestion, in plain words; `city` is the profile's city, `candidate` the other. */
  reason: {
    /** After a workshop's title: its year. */
    year: ' ({{year}})',
    /** By the city's role, then the candidate's. */
    shared: {
      participant: {
        participant: 'Both attended {{workshop}}.',
        host: '{{city}} attended {{workshop}}, which {{candidate}} hosted.',
        resource: 'Both attended {{workshop}}, where {{candidate}} lectured.',
      },
      host: {
        participant: '{{candidate}} attended {{workshop}}, which {{city}} hosted.',
        host: 'Both hosted {{workshop}}.',
        resource: '{{candidate}} lectured at {{workshop}}, which {{city}} hosted.',
      },
      resource: {
        participant: '{{candidate}} attended {{workshop}}, where {{city}} lectured.',
        host: '{{city}} lectured at {{workshop}}, which {{candidate}} hosted.',
        resource: 'Both lectured at {{workshop}}.',
      },
    },
    theme: '{{candidate}} has shown {{theme}} ({{shown}}) that {{city}} has sought ({{sought}}).',
    records_one: '{{count, number}} record',
    records_other: '{{count, number}} records',
    neighbour: 'Both work with {{neighbour}}.',
    /** The fold under a reason that lists the records behind it. */
    sources: 'The records behind this',
    /** Before the records of one city, under a reason: `Toyama: …`. */
    recordsOf: '{{city}}: ',
    load: {
      none: '{{candidate}} has no partner yet.',
      some_one: '{{candidate}} carries {{count, number}} partner.',
      some_other: '{{candidate}} carries {{count, number}} partners.',
    },
    recent: {
      same: 'Both were active in {{year}}.',
      both: '{{city}} was last active in {{cityYear}}, {{candidate}} in {{candidateYear}}.',
      cityOnly: '{{city}} was last active in {{cityYear}}; {{candidate}} has no dated activity.',
      candidateOnly:
        '{{candidate}} was last active in {{candidateYear}}; {{city}} has no dated activity.',
      neither: 'Neither city has dated activity.',
    },
  },
  pane: {
    title: 'Pairing planner',
    settings: 'Settings',
    scope: {
      legend: 'Which pairs to suggest',
      across: 'Japan ↔ overseas',
      any: 'Any pair',
      'same-region': 'Within one region',
    },
    weights: {
      legend: 'Weights of the score (0–3)',
      reset: 'Reset weights',
      allZero: 'Every weight is zero: no city can be ranked until one is raised.',
    },
    gaps: {
      title: 'Overseas cities without a Japanese partner',
      caption:
        'Overseas cities that took part in workshops in this view but have never had a Japanese partner (no active or ended partnership; proposed ones and drafts do not count), with the best Japanese candidate for each.',
      empty:
        'Every overseas city that took part in a workshop in this view has a Japanese partner.',
      column: {
        city: 'City',
        country: 'Country',
        workshops: 'Workshops',
        best: 'Best candidate',
        score: 'Score',
        draft: 'Draft',
      },
      noCandidate: 'No candidate',
    },
    loads: {
      title: 'Japanese cities by partners carried',
      caption:
        'Japanese cities by the overseas partners they carry (active or ended) in this view.',
      empty: 'There is no Japanese city in this view.',
      column: {
        city: 'City',
        partners: 'Overseas partners',
      },
    },
    drafts: {
      title: 'Drafts',
      empty: 'No drafts yet: add a suggested partner, or pick a pair below.',
      count_one: '{{count, number}} draft',
      count_other: '{{count, number}} drafts',
      remove: 'Remove',
      removeLabel: 'Remove the draft {{pair}}',
      clear: 'Remove all drafts',
      export: 'Export drafts as CSV',
      /** A draft naming a city the data on screen lacks. */
      missing_one:
        'Not drawn: {{ids}} is not in the current data. The draft is kept until you remove it.',
      missing_other:
        'Not drawn: {{ids}} are not in the current data. The draft is kept until you remove it.',
      missingId: '“{{id}}”',
      /** About the drafts kept in the browser (`useDrafts().message`). */
      storage: {
        unreadable:
          'The drafts kept in this browser could not be read and are set aside; the next change replaces them.',
        partlyUnreadable: 'Some drafts kept in this browser could not be read and are left out.',
        unavailable:
          'This browser does not let the app keep drafts: they last for this visit only.',
        notSaved: 'The last change to the drafts could not be kept in this browser.',
      },
    },
    pick: {
      legend: 'Add a pair by hand',
      first: 'First city',
      second: 'Second city',
      choose: 'Choose a city',
      add: 'Add draft',
      incomplete: 'Choose both cities.',
      added: '{{pair}} is added to the drafts.',
      same: 'Choose two different cities.',
      drafted: 'This pair is a draft already.',
      partners: 'These two cities already work together.',
    },
    impact: {
      title: 'What the drafts change',
      caption: 'Figures of the current view without and with the drafts.',
      figure: 'Figure',
      before: 'Before',
      after: 'After',
      overseasWithJapanesePartner: 'Overseas cities with a Japanese partner (active or proposed)',
      countriesReached: 'Countries reached',
      overseasWithoutPartner:
        'Overseas workshop cities without an active or proposed Japanese partner',
      load: 'Partners of {{city}}',
    },
  },
} as const;
