import { useTranslation } from 'react-i18next';
import {
  CITY_COLOR_MODES,
  SIZE_METRICS,
  VIEW_MODES,
  type CityColorMode,
  type SizeMetric,
  type ViewMode,
} from '../state/vocabulary';

interface Props {
  view: ViewMode;
  sizeBy: SizeMetric;
  cityColorBy: CityColorMode;
  onView(view: ViewMode): void;
  onSizeBy(metric: SizeMetric): void;
  onCityColorBy(mode: CityColorMode): void;
}

/** Which views to show, and how both size and colour the cities. */
export function ViewBar({ view, sizeBy, cityColorBy, onView, onSizeBy, onCityColorBy }: Props) {
  const { t } = useTranslation(['viewBar', 'terms']);
  return (
    <div className="view-bar">
      <fieldset className="segmented">
        <legend>{t('view.legend')}</legend>
        {VIEW_MODES.map((mode) => (
          <label key={mode}>
            <input type="radio" name="view" checked={view === mode} onChange={() => onView(mode)} />
            {t(`view.${mode}`)}
          </label>
        ))}
      </fieldset>
      <label className="inline-select">
        {t('size')}{' '}
        <select value={sizeBy} onChange={(event) => onSizeBy(event.target.value as SizeMetric)}>
          {SIZE_METRICS.map((metric) => (
            <option key={metric} value={metric}>
              {t(`terms:size.${metric}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="segmented">
        <legend>{t('colour.legend')}</legend>
        {CITY_COLOR_MODES.map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="city-color"
              checked={cityColorBy === mode}
              onChange={() => onCityColorBy(mode)}
            />
            {t(`colour.${mode}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
