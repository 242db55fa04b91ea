/** The overlay of an exported image of a view, in the reader's words. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverlayLayout } from '../../domain/imageOverlay';
import type { ExportCaption } from '../exportCaption';
import { useWords } from '../wording';
import { prepareOverlay } from './compose';
import { imageLegend, type LegendView } from './legendItems';

/**
 * A function that lays out the overlay (caption and legend of `view`) of a `width` × `height`
 * image, in CSS pixels, in the reader's language.
 */
export function useImageOverlay(
  caption: ExportCaption,
): (view: LegendView, width: number, height: number) => Promise<OverlayLayout> {
  const { t } = useTranslation(['view', 'terms', 'images']);
  const words = useWords();
  return useCallback(
    (view, width, height) => prepareOverlay(caption, imageLegend(view, t, words), width, height),
    [caption, t, words],
  );
}
