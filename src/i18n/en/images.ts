/** English: image exports of the map and the graph (PNG, SVG). */
export const images = {
  placeholder: '',
} as const;
