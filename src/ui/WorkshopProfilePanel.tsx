import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset';
import { workshopCities } from '../domain/records';
import { WORKSHOP_ROLES } from '../domain/types';
import { Field, ProfileFrame } from './ProfileFrame';
import { SourceText } from './SourceText';
import { useWords } from './wording';
import { CityList } from './cities';

interface Props {
  dataset: Dataset;
  workshopId: string;
  /** False when the current filters leave it out: its links are then not drawn. */
  inView: boolean;
  onSelectCity(cityId: string): void;
  onClose(): void;
}

/**
 * An open workshop: its dates, themes, organisers, funder, people trained, notes and sources,
 * and its cities by role, each opening its city. Nothing for an id the dataset lacks (the URL's
 * notice tells the user).
 */
export function WorkshopProfilePanel({
  dataset,
  workshopId,
  inView,
  onSelectCity,
  onClose,
}: Props) {
  const { t } = useTranslation('records');
  const words = useWords();
  const workshop = dataset.workshopById.get(workshopId);
  if (!workshop) return null;
  const byRole = workshopCities(dataset, workshop);

  return (
    <ProfileFrame
      className="workshop-profile"
      label={t('workshop.label', { title: workshop.title })}
      heading={workshop.title}
      closeLabel={t('workshop.close')}
      focusKey={workshop.id}
      onClose={onClose}
    >
      <p className="meta">{words.workshopDates(workshop)}</p>
      {!inView && <p className="note">{t('outsideFilters')}</p>}
      <Field label={t('field.themes')}>{words.themes(workshop.themes)}</Field>
      <Field label={t('field.organisers')}>{words.list(workshop.organisers)}</Field>
      <Field label={t('field.funder')}>{workshop.funder}</Field>
      <Field label={t('field.programme')}>{workshop.programme}</Field>
      <Field label={t('field.people')}>
        {workshop.participants === null
          ? t('notRecorded')
          : t('people', { count: workshop.participants })}
      </Field>
      {WORKSHOP_ROLES.map(
        (role) =>
          byRole[role].length > 0 && (
            <section key={role} aria-label={t(`roles.${role}`)}>
              <h3>{t(`roles.${role}`)}</h3>
              <CityList cities={byRole[role]} onSelectCity={onSelectCity} />
            </section>
          ),
      )}
      {workshop.notes && <p className="note">{t('note', { note: workshop.notes })}</p>}
      {workshop.url && (
        <p className="source">
          {t('field.url')}
          <SourceText source={workshop.url} />
        </p>
      )}
      {workshop.source && (
        <p className="source">
          {t('field.source')}
          <SourceText source={workshop.source} />
        </p>
      )}
    </ProfileFrame>
  );
}
