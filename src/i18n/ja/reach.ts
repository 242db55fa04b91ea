/** 日本語: the reach view and its one-page report (figures, the report map, print). */
import type { Messages } from '../messages';
import type { reach as en } from '../en/reach';

export const reach: Messages<typeof en> = {
  placeholder: '',
};
