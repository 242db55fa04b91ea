/** 日本語: presentation mode and its saved scenes. */
import type { Messages } from '../messages';
import type { present as en } from '../en/present';

export const present: Messages<typeof en> = {
  placeholder: '',
};
