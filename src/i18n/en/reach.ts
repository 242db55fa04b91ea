/** English: the reach view and its one-page report (figures, the report map, print). */
export const reach = {
  placeholder: '',
} as const;
