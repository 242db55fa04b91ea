import { SIZE_LABELS } from '../domain/cityStyle';
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

const VIEW_LABELS: Record<ViewMode, string> = {
  map: 'Map',
  graph: 'Graph',
  split: 'Side by side',
  table: 'Table',
};
const CITY_COLOR_LABELS: Record<CityColorMode, string> = { region: 'Region', community: 'Group' };

/** Which views to show, and how both size and colour the cities. */
export function ViewBar({ view, sizeBy, cityColorBy, onView, onSizeBy, onCityColorBy }: Props) {
  return (
    <div className="view-bar">
      <fieldset className="segmented">
        <legend>View</legend>
        {VIEW_MODES.map((mode) => (
          <label key={mode}>
            <input type="radio" name="view" checked={view === mode} onChange={() => onView(mode)} />
            {VIEW_LABELS[mode]}
          </label>
        ))}
      </fieldset>
      <label className="inline-select">
        Size cities by{' '}
        <select value={sizeBy} onChange={(event) => onSizeBy(event.target.value as SizeMetric)}>
          {SIZE_METRICS.map((metric) => (
            <option key={metric} value={metric}>
              {SIZE_LABELS[metric]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="segmented">
        <legend>Colour cities by</legend>
        {CITY_COLOR_MODES.map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="city-color"
              checked={cityColorBy === mode}
              onChange={() => onCityColorBy(mode)}
            />
            {CITY_COLOR_LABELS[mode]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
