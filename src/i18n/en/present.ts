/** English: presentation mode and its saved scenes. */
export const present = {
  /** The sidebar section. */
  title: 'Presentation',
  hint: 'Keep views as scenes, then present them full screen: the arrow keys step through them, Esc leaves.',
  empty: 'No scenes yet.',
  list: 'Scenes',
  scene: {
    /** `position`: the scene's place in the list, from 1. */
    name: 'Name of scene {{position}}',
    show: 'Show',
    showLabel: 'Show scene {{position}}',
    up: 'Move scene {{position}} up',
    down: 'Move scene {{position}} down',
    remove: 'Remove',
    removeLabel: 'Remove scene {{position}}',
    /** A scene without a name. */
    untitled: 'Scene {{position}}',
  },
  add: 'Add the current view as a scene',
  /** The name a new scene is given: `view` from the view bar, `filters` the filters in words. */
  defaultName: '{{view}} · {{filters}}',
  present: 'Present',
  save: 'Save scenes (JSON)',
  load: 'Load scenes…',
  file: 'Scenes file (JSON) to load',
  /** After a file was read; `file`: its name. */
  loaded_one: 'Loaded {{count, number}} scene from {{file}}.',
  loaded_other: 'Loaded {{count, number}} scenes from {{file}}.',
  loadedNone: 'No scene loaded from {{file}}; the scenes you had are kept.',
  skipped: 'Skipped:',
  problems: {
    notJson: 'The file is not JSON.',
    notScenesFile: 'The file is not a scenes file of this app.',
    /** `version`: as the file writes it. */
    unsupportedVersion:
      'The file is version {{version}} of the scenes file; this app reads version 1.',
    otherDataset:
      'The scenes were saved with other data than the data shown now: whatever this data lacks is skipped.',
    otherDatasetCounts:
      'The scenes were saved with other data ({{cities, number}} cities, {{workshops, number}} workshops, {{partnerships, number}} partnerships) than the data shown now: whatever this data lacks is skipped.',
    notScene: 'Entry {{position}} of the file is not a scene (a name and a query).',
    /** `notice`: the notice about the value, as the page address words it. */
    sceneValue: 'Scene {{position}} ({{scene}}): {{notice}}',
    sceneValueUnnamed: 'Scene {{position}}: {{notice}}',
    tooManyScenes:
      'Only the first {{kept, number}} of {{total, number}} scenes were loaded: a presentation holds at most {{kept, number}}.',
    longName: 'The name of scene {{position}} was cut to its first {{max, number}} characters.',
    /** Under the list, when the scenes no longer fit in the page's address. */
    tooLongForLink:
      'These scenes are too long to travel in the link: save them to a file to keep them.',
  },
  bar: {
    label: 'Presentation controls',
    /** `current` of `total` scenes, as shown: `2 / 5`. */
    position: '{{current, number}} / {{total, number}}',
    positionLabel: 'Scene {{current, number}} of {{total, number}}',
    previous: 'Previous',
    next: 'Next',
    exit: 'Exit',
    exitLabel: 'Exit presentation',
    keys: '← → to step · Esc to leave',
  },
} as const;
