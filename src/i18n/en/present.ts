/** English: presentation mode and its saved scenes. */
export const present = {
  placeholder: '',
} as const;
