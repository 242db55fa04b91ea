/** English: image exports of the map and the graph (PNG, SVG). */
export const images = {
  /** The group of controls in each view's toolbar. */
  group: {
    map: 'Save an image of the map',
    graph: 'Save an image of the graph',
  },
  format: 'Image format',
  /** `scale`: how many times the view's size (1, 2, 4). */
  png: 'PNG {{scale}}×',
  svg: 'SVG (vector)',
  save: 'Save image',
  saving: 'Saving…',
  /** Sizes are numbers already written in the language. */
  saved: 'Saved {{fileName}} ({{width}} × {{height}} px).',
  savedSvg: 'Saved {{fileName}}.',
  reduced:
    '{{requested}}× would be {{requestedWidth}} × {{requestedHeight}} px, more than this browser can draw; saved at {{saved}}× ({{width}} × {{height}} px).',
  failed:
    'No image was saved: nothing is drawn yet, or this browser could not draw the view at any size.',
  /** In an image's legend: the groups past the seventh, which share one grey. */
  otherGroups: 'Other groups',
} as const;
