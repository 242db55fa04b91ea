/** The "Save image" control of the map's and the graph's toolbars. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../state/language';
import { useLanguage } from '../wording';
import './imageExport.css';
import { IMAGE_SCALES, type ImageScale } from './scale';
import type { SaveOutcome } from './saveImage';

/** What an image is saved as: a PNG at a scale of the view's size, or an SVG. */
export type ImageFormat = { type: 'png'; scale: ImageScale } | { type: 'svg' };

interface Props {
  /** Which view's image: names the group. */
  view: 'map' | 'graph';
  /** True where the view can be written as SVG (the graph). */
  svg: boolean;
  /** Saves the image (the file is offered as a download) and says what came of it. */
  onSave(format: ImageFormat): Promise<SaveOutcome>;
}

/** The choices, as the select's values. */
const choices = (svg: boolean): string[] => [
  ...IMAGE_SCALES.map((scale) => `png-${scale}`),
  ...(svg ? ['svg'] : []),
];

/** A select's value as a format. */
function formatOf(value: string): ImageFormat {
  if (value === 'svg') return { type: 'svg' };
  const scale = IMAGE_SCALES.find((s) => value === `png-${s}`) ?? 1;
  return { type: 'png', scale };
}

/**
 * "Save image" in a view's toolbar: a format (PNG at 1×, 2×, 4× the view's size; SVG for the
 * graph) and a button, as one labelled group; below it, what was saved, and when the browser could
 * not draw the size asked for, the size it saved instead.
 */
export function ImageExportMenu({ view, svg, onSave }: Props) {
  const { t } = useTranslation('images');
  const language = useLanguage();
  const [value, setValue] = useState('png-2');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  const save = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await onSave(formatOf(value)));
    } catch {
      // Whatever went wrong (a canvas the browser refused, fonts that failed), the user hears so.
      setOutcome({ type: 'failed' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="image-export" role="group" aria-label={t(`group.${view}`)}>
      <select aria-label={t('format')} value={value} onChange={(e) => setValue(e.target.value)}>
        {choices(svg).map((choice) => {
          const format = formatOf(choice);
          return (
            <option key={choice} value={choice}>
              {format.type === 'svg'
                ? t('svg')
                : t('png', { scale: formatNumber(format.scale, language) })}
            </option>
          );
        })}
      </select>
      <button type="button" onClick={() => void save()} disabled={busy}>
        {busy ? t('saving') : t('save')}
      </button>
      {/* Polite, not a status: the network's status line is the page's one status region. */}
      <p className="image-export-notice" aria-live="polite">
        {outcome && outcomeText(t, outcome, language)}
      </p>
    </div>
  );
}

/** What came of saving, in words. */
function outcomeText(
  t: ReturnType<typeof useTranslation<'images'>>['t'],
  outcome: SaveOutcome,
  language: Language,
): string {
  const n = (value: number) => formatNumber(value, language);
  switch (outcome.type) {
    case 'failed':
      return t('failed');
    case 'svg':
      return t('savedSvg', { fileName: outcome.fileName });
    case 'png': {
      const size = { width: n(outcome.savedSize.width), height: n(outcome.savedSize.height) };
      if (outcome.saved >= outcome.requested)
        return t('saved', { fileName: outcome.fileName, ...size });
      return t('reduced', {
        requested: n(outcome.requested),
        requestedWidth: n(outcome.requestedSize.width),
        requestedHeight: n(outcome.requestedSize.height),
        saved: n(outcome.saved),
        ...size,
      });
    }
  }
}
