/** English: the reach charts, their text alternatives and SVG downloads. */
export const charts = {
  placeholder: '',
} as const;
