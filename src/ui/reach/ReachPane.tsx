/**
 * The reach view: the programme's reach in the current filters as figures that open to the
 * records they count, a map of the slice and charts; printed, it is a one-page report.
 */
import type { Dataset } from '../../domain/dataset';
import type { ThemePalette } from '../../domain/palette';
import type { ActivitySeries, Reach } from '../../domain/reach';
import type { Language } from '../../state/language';
import type { RecordRef } from '../../state/vocabulary';
import type { ExportCaption } from '../exportCaption';
import { ActivityChart } from './charts/ActivityChart';
import { CountryChart } from './charts/CountryChart';
import { GrowthChart } from './charts/GrowthChart';

interface Props {
  /** The loaded data (no drafts). */
  dataset: Dataset;
  reach: Reach;
  activity: ActivitySeries;
  growth: { year: number; cities: number }[];
  palette: ThemePalette;
  caption: ExportCaption;
  language: Language;
  onSelectCity(cityId: string): void;
  onOpenRecord(record: RecordRef): void;
}

/** The reach of the current filters, on screen and on paper. */
export function ReachPane(props: Props) {
  const { reach, caption, language } = props;
  return (
    <section className="reach-pane">
      <div className="reach-charts">
        <ActivityChart
          series={props.activity}
          palette={props.palette}
          caption={caption}
          language={language}
        />
        <GrowthChart growth={props.growth} caption={caption} language={language} />
        <div className="print-hidden">
          <CountryChart countries={reach.countries} caption={caption} language={language} />
        </div>
      </div>
    </section>
  );
}
