import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset';
import { Field, ProfileFrame } from './ProfileFrame';
import { SourceText } from './SourceText';
import { useWords } from './wording';
import { CityList, nameOfCity } from './cities';
import { citiesOf } from '../domain/dataset';

interface Props {
  dataset: Dataset;
  partnershipId: string;
  /** False when the current filters leave it out: its links are then not drawn. */
  inView: boolean;
  onSelectCity(cityId: string): void;
  onClose(): void;
}

/**
 * An open partnership: its two cities (each opening its city), type, status, years, themes,
 * programme, funder, description, notes and sources. Nothing for an id the dataset lacks.
 */
export function PartnershipProfilePanel({
  dataset,
  partnershipId,
  inView,
  onSelectCity,
  onClose,
}: Props) {
  const { t } = useTranslation('records');
  const words = useWords();
  const partnership = dataset.partnershipById.get(partnershipId);
  if (!partnership) return null;
  // A partnership of no given type is a plain `partnership`, as its facts line says.
  const type = words.term('partnershipType', partnership.type || 'partnership');
  const status = words.term('status', partnership.status);
  const pair = t('pair', {
    a: nameOfCity(dataset, words, partnership.cityAId),
    b: nameOfCity(dataset, words, partnership.cityBId),
  });

  return (
    <ProfileFrame
      className="partnership-profile"
      label={t('partnership.label', { pair })}
      heading={pair}
      closeLabel={t('partnership.close')}
      focusKey={partnership.id}
      onClose={onClose}
    >
      {!inView && <p className="note">{t('outsideFilters')}</p>}
      <Field label={t('field.type')}>{type}</Field>
      <Field label={t('field.status')}>{status}</Field>
      <Field label={t('field.years')}>{words.partnershipYears(partnership)}</Field>
      <Field label={t('field.themes')}>{words.themes(partnership.themes)}</Field>
      <Field label={t('field.programme')}>{partnership.programme}</Field>
      <Field label={t('field.funder')}>{partnership.funder}</Field>
      {partnership.description && <p>{partnership.description}</p>}
      <section aria-label={t('partnership.cities')}>
        <h3>{t('partnership.cities')}</h3>
        <CityList
          cities={citiesOf(dataset, [partnership.cityAId, partnership.cityBId])}
          onSelectCity={onSelectCity}
        />
      </section>
      {partnership.notes && <p className="note">{t('note', { note: partnership.notes })}</p>}
      {partnership.source && (
        <p className="source">
          {t('field.source')}
          <SourceText source={partnership.source} />
        </p>
      )}
    </ProfileFrame>
  );
}
