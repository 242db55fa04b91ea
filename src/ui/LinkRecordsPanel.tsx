import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset';
import { readingOrder } from '../domain/networkReading';
import type { PairRecords, RecordRef } from '../domain/records';
import { ProfileFrame } from './ProfileFrame';
import { useWords } from './wording';
import { CityList, nameOfCity } from './cities';
import { citiesOf } from '../domain/dataset';

interface Props {
  dataset: Dataset;
  /** The open link and all records between its cities; undefined when the filters removed it. */
  pair: PairRecords | undefined;
  onOpenRecord(ref: RecordRef): void;
  onSelectCity(cityId: string): void;
  onClose(): void;
}

/**
 * An open link of the map or the graph: its two cities, its kind, and the partnerships and
 * workshops behind it, each opening its record. A link the filters removed says so.
 */
export function LinkRecordsPanel({ dataset, pair, onOpenRecord, onSelectCity, onClose }: Props) {
  const { t } = useTranslation(['records', 'terms']);
  const words = useWords();
  if (!pair)
    return (
      <ProfileFrame
        className="link-records"
        label={t('link.goneLabel')}
        heading={t('link.goneLabel')}
        closeLabel={t('link.close')}
        focusKey=""
        onClose={onClose}
      >
        <p>{t('link.gone')}</p>
      </ProfileFrame>
    );
  const { edge } = pair;
  const ends = readingOrder(edge);
  const name = t('pair', {
    a: nameOfCity(dataset, words, ends[0]),
    b: nameOfCity(dataset, words, ends[1]),
  });
  const partnerships = t('link.partnerships', { count: pair.partnerships.length });
  const workshops = t('link.workshops', { count: pair.workshops.length });

  return (
    <ProfileFrame
      className="link-records"
      label={t('link.label', { pair: name })}
      heading={name}
      closeLabel={t('link.close')}
      focusKey={edge.id}
      onClose={onClose}
    >
      <p className="meta">{words.list(pair.kinds.map((kind) => t(`terms:linkKind.${kind}`)))}</p>
      <section aria-label={t('link.cities')}>
        <h3>{t('link.cities')}</h3>
        <CityList cities={citiesOf(dataset, ends)} onSelectCity={onSelectCity} />
      </section>
      {pair.partnerships.length > 0 && (
        <section aria-label={partnerships}>
          <h3>{partnerships}</h3>
          <ul className="record-list">
            {pair.partnerships.map((partnership) => (
              <li key={partnership.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpenRecord({ kind: 'partnership', id: partnership.id })}
                >
                  {words.facts(words.partnershipFacts(partnership))}
                </button>
                {partnership.themes.length > 0 && (
                  <div className="meta">{words.themes(partnership.themes)}</div>
                )}
                {partnership.description && <div>{partnership.description}</div>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {pair.workshops.length > 0 && (
        <section aria-label={workshops}>
          <h3>{workshops}</h3>
          <ul className="record-list">
            {pair.workshops.map((workshop) => (
              <li key={workshop.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpenRecord({ kind: 'workshop', id: workshop.id })}
                >
                  {workshop.title}
                </button>
                <div className="meta">
                  {words.facts([
                    words.workshopDates(workshop),
                    workshop.themes.length > 0 && words.themes(workshop.themes),
                  ])}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </ProfileFrame>
  );
}
