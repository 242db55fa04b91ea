/**
 * The reach view: the programme's reach in the current filters as figures that open to the
 * records they count, a map of the slice and charts; printed, it is a one-page report.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset';
import type { ThemePalette } from '../../domain/palette';
import type { ActivitySeries, Reach } from '../../domain/reach';
import type { Language } from '../../state/language';
import type { RecordRef } from '../../state/vocabulary';
import type { ExportCaption } from '../exportCaption';
import { useWords } from '../wording';
import { ActivityChart } from './charts/ActivityChart';
import { CountryChart } from './charts/CountryChart';
import { GrowthChart } from './charts/GrowthChart';
import { ReachFigures } from './ReachFigures';
import { ReportMap } from './ReportMap';
import './reach.css';

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
  const { t } = useTranslation('reach');
  const words = useWords();
  const id = useId();
  return (
    <section className="reach-pane" aria-labelledby={`${id}-title`}>
      <header className="reach-head">
        <div className="reach-titles">
          {/* On paper the app's header is gone: the report names the app itself. */}
          <p className="reach-kicker">{caption.title}</p>
          <h2 id={`${id}-title`}>{t('title')}</h2>
          <p className="reach-filter">{caption.filter}</p>
          <p className="reach-source">{words.facts([caption.source, caption.date])}</p>
        </div>
        <div className="reach-print">
          <button type="button" onClick={() => window.print()}>
            {t('print')}
          </button>
          <p className="meta">{t('printHint')}</p>
        </div>
      </header>
      {reach.empty ? (
        <div className="reach-empty">
          <p className="reach-empty-title">{t('empty.title')}</p>
          <p>{t('empty.action')}</p>
        </div>
      ) : (
        <div className="reach-body">
          <ReachFigures
            dataset={props.dataset}
            reach={reach}
            onSelectCity={props.onSelectCity}
            onOpenRecord={props.onOpenRecord}
          />
          <ReportMap reach={reach} />
          <div className="reach-charts">
            <ActivityChart
              series={props.activity}
              palette={props.palette}
              caption={caption}
              language={language}
            />
            <GrowthChart
              growth={props.growth}
              reached={reach.overseasCities.length}
              caption={caption}
              language={language}
            />
            <div className="print-hidden">
              <CountryChart countries={reach.countries} caption={caption} language={language} />
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
