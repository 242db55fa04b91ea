/** 日本語: the reach charts, their text alternatives and SVG downloads. */
import type { Messages } from '../messages';
import type { charts as en } from '../en/charts';

export const charts: Messages<typeof en> = {
  placeholder: '',
};
