/**
 * A suggestion's reasons in plain words: every record they name is a button that opens it, and
 * every city a button that selects it.
 */
import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset';
import type { RecordRef } from '../../domain/records';
import type { Language } from '../../state/language';
import { useWords, type Words } from '../wording';
import type { ShownReason } from './reasons';
import { fillSlots, slot } from './slots';
import { CityButton, CityButtons, nameOfCity } from '../cities';
import { citiesOf } from '../../domain/dataset';

interface Props {
  dataset: Dataset;
  /** The city the suggestion is for. */
  cityId: string;
  /** The suggested city. */
  candidateId: string;
  reason: ShownReason;
  onOpenRecord(ref: RecordRef): void;
  onSelectCity(cityId: string): void;
}

/** Items joined as a sentence joins them: `climate policy and low-carbon` / `気候変動政策、低炭素`. */
function inSentence(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}

/** A city's name as a button that selects it; its id as text when the data lacks it. */
function CityName({
  dataset,
  cityId,
  onSelectCity,
}: {
  dataset: Dataset;
  cityId: string;
  onSelectCity(cityId: string): void;
}) {
  const city = dataset.cityById.get(cityId);
  return city ? <CityButton city={city} onSelectCity={onSelectCity} /> : <>{cityId}</>;
}

/** A record's name: a workshop by its title, a partnership by its pair. */
function recordLabel(
  dataset: Dataset,
  record: RecordRef,
  words: Words,
  t: TFunction<'records'>,
): string {
  if (record.kind === 'workshop') return dataset.workshopById.get(record.id)?.title ?? record.id;
  const partnership = dataset.partnershipById.get(record.id);
  if (!partnership) return record.id;
  return t('pair', {
    a: nameOfCity(dataset, words, partnership.cityAId),
    b: nameOfCity(dataset, words, partnership.cityBId),
  });
}

/** A button that opens `record`, named `label`. */
function OpenRecord({
  record,
  label,
  onOpenRecord,
}: {
  record: RecordRef;
  label: string;
  onOpenRecord(ref: RecordRef): void;
}) {
  return (
    <button type="button" className="link-button" onClick={() => onOpenRecord(record)}>
      {label}
    </button>
  );
}

/** A record as a button that opens it, named by `recordLabel`. */
export function RecordButton({
  dataset,
  record,
  onOpenRecord,
}: {
  dataset: Dataset;
  record: RecordRef;
  onOpenRecord(ref: RecordRef): void;
}) {
  const { t } = useTranslation('records');
  const words = useWords();
  const label = recordLabel(dataset, record, words, t);
  return <OpenRecord record={record} label={label} onOpenRecord={onOpenRecord} />;
}

/**
 * The records behind a reason, one line per city (`Toyama: [record] · [record]`), folded under
 * a summary: the sentence stays short (it counts them), and every record is a click away.
 */
function Sources({
  dataset,
  sides,
  onOpenRecord,
}: {
  dataset: Dataset;
  /** Each city with its records; a city without records is left out. */
  sides: readonly (readonly [string, readonly RecordRef[]])[];
  onOpenRecord(ref: RecordRef): void;
}) {
  const { t } = useTranslation(['planner', 'terms']);
  const { t: tRecords } = useTranslation('records');
  const words = useWords();
  // Listed once unfolded: a busy city's reasons name hundreds of records, and making them all
  // for every profile opened took a third of a second.
  const [open, setOpen] = useState(false);
  const shown = sides.filter(([, records]) => records.length > 0);
  if (shown.length === 0) return null;
  const separator = t('terms:separator');
  return (
    <details className="reason-sources" open={open}>
      <summary
        onClick={(event) => {
          event.preventDefault();
          setOpen(!open);
        }}
      >
        {t('reason.sources')}
      </summary>
      {open && (
        <ul className="meta">
          {shown.map(([cityId, records]) => (
            <li key={cityId}>
              {t('reason.recordsOf', { city: nameOfCity(dataset, words, cityId) })}
              {records.map((record, index) => (
                <span key={`${record.kind}:${record.id}`}>
                  {index > 0 && separator}
                  {/* Named here, not by a RecordButton each with its own words and translator. */}
                  <OpenRecord
                    record={record}
                    label={recordLabel(dataset, record, words, tRecords)}
                    onOpenRecord={onOpenRecord}
                  />
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/** One reason as a sentence, with the records behind it under it where it names several. */
export function ReasonText({
  dataset,
  cityId,
  candidateId,
  reason,
  onOpenRecord,
  onSelectCity,
}: Props) {
  const { t } = useTranslation('planner');
  const words = useWords();
  const cityName = (id: string) => (
    <CityName dataset={dataset} cityId={id} onSelectCity={onSelectCity} />
  );
  const nodes = new Map<string, ReactNode>([
    ['city', cityName(cityId)],
    ['candidate', cityName(candidateId)],
  ]);
  const names = { city: slot('city'), candidate: slot('candidate') };

  switch (reason.kind) {
    case 'sharedWorkshop': {
      const year = dataset.workshopById.get(reason.workshop.id)?.startDate.match(/^\d{4}/)?.[0];
      nodes.set(
        'workshop',
        <>
          <RecordButton dataset={dataset} record={reason.workshop} onOpenRecord={onOpenRecord} />
          {year && t('reason.year', { year })}
        </>,
      );
      return fillSlots(
        t(`reason.shared.${reason.cityRole}.${reason.candidateRole}`, {
          ...names,
          workshop: slot('workshop'),
        }),
        nodes,
      );
    }
    case 'theme':
      return (
        <>
          {fillSlots(
            t('reason.theme', {
              ...names,
              theme: inSentence(words.language, reason.themes.map(words.theme)),
              shown: t('reason.records', { count: reason.shown.length }),
              sought: t('reason.records', { count: reason.sought.length }),
            }),
            nodes,
          )}
          <Sources
            dataset={dataset}
            sides={[
              [candidateId, reason.shown],
              [cityId, reason.sought],
            ]}
            onOpenRecord={onOpenRecord}
          />
        </>
      );
    case 'commonNeighbour':
      nodes.set(
        'neighbour',
        <CityButtons cities={citiesOf(dataset, reason.cityIds)} onSelectCity={onSelectCity} />,
      );
      return (
        <>
          {fillSlots(t('reason.neighbour', { neighbour: slot('neighbour') }), nodes)}
          <Sources
            dataset={dataset}
            sides={[
              [cityId, reason.viaCity],
              [candidateId, reason.viaCandidate],
            ]}
            onOpenRecord={onOpenRecord}
          />
        </>
      );
    case 'load':
      return fillSlots(
        reason.partners === 0
          ? t('reason.load.none', names)
          : t('reason.load.some', { ...names, count: reason.partners }),
        nodes,
      );
    case 'recent': {
      const { cityYear, candidateYear } = reason;
      const years = {
        ...names,
        cityYear: String(cityYear),
        candidateYear: String(candidateYear),
      };
      let text: string;
      if (cityYear === null && candidateYear === null) text = t('reason.recent.neither');
      else if (cityYear === null) text = t('reason.recent.candidateOnly', years);
      else if (candidateYear === null) text = t('reason.recent.cityOnly', years);
      else if (cityYear === candidateYear)
        text = t('reason.recent.same', { year: String(cityYear) });
      else text = t('reason.recent.both', years);
      return fillSlots(text, nodes);
    }
  }
}
