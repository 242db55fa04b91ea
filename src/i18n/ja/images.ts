/** 日本語: image exports of the map and the graph (PNG, SVG). */
import type { Messages } from '../messages';
import type { images as en } from '../en/images';

export const images: Messages<typeof en> = {
  placeholder: '',
};
