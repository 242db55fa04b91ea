/** English: the page frame, the language switch and the status line. */
export const shell = {
  title: 'City-to-City Collaboration Network',
  language: {
    label: 'Language',
    en: 'EN',
    ja: '日本語',
  },
} as const;
