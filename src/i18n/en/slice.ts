/** English: the filters in words, for exports, the report and presentation scenes. */
export const slice = {
  source: {
    bundled: 'Data: MOEJ / IGES city-to-city collaboration programme (bundled data)',
    other: 'Data: {{name}}',
  },
} as const;
