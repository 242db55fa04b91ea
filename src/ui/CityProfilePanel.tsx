import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset';
import type { NetworkNode } from '../domain/network';
import { cityProfile, type CityInsight } from '../domain/profile';
import type { RecordRef } from '../domain/records';
import { ProfileFrame } from './ProfileFrame';
import { SourceText } from './SourceText';
import { useWords } from './wording';
import { CityButton } from './cities';

interface Props {
  dataset: Dataset;
  /** The city's node in the current network, for its figures in view; absent when filtered out. */
  node: NetworkNode | undefined;
  cityId: string;
  /** What is worth telling about the city's place in the network. */
  insights: readonly CityInsight[];
  onSelectCity(cityId: string): void;
  /** Opens one of the city's workshops or partnerships. */
  onOpenRecord(ref: RecordRef): void;
  onClose(): void;
  /** The planner's suggested partners for the city, shown after its records. */
  suggestions?: ReactNode;
}

/** An insight on the city's place in the network, as a sentence for a programme officer. */
export function insightText(t: TFunction<'profile'>, insight: CityInsight): string {
  switch (insight.kind) {
    case 'alone':
      return t('insight.alone');
    case 'partners':
      if (insight.top === 1) return t('insight.partners.first', { count: insight.count });
      if (insight.top !== null)
        return t('insight.partners.top', { count: insight.count, top: insight.top });
      return t('insight.partners.plain', { count: insight.count });
    case 'records':
      return insight.hub
        ? t('insight.records.hub', { count: insight.count })
        : t('insight.records.plain', { count: insight.count });
    case 'bridges':
      return t('insight.bridges', { count: insight.groups });
    case 'broker':
      return t('insight.broker');
  }
}

/** The selected city's full record: partners, workshops, themes and a small timeline. */
export function CityProfilePanel({
  dataset,
  node,
  cityId,
  insights,
  onSelectCity,
  onOpenRecord,
  onClose,
  suggestions,
}: Props) {
  const { t } = useTranslation(['profile', 'terms', 'records']);
  const words = useWords();
  const profile = cityProfile(dataset, cityId);
  if (!profile) return null;
  const { city } = profile;
  const names = words.cityNames(city);
  const maxCount = Math.max(1, ...profile.activity.map((a) => a.count));

  return (
    <ProfileFrame
      label={t('label', { name: names.primary })}
      heading={names.primary}
      headingLang={names.primaryLang}
      closeLabel={t('close')}
      focusKey={cityId}
      onClose={onClose}
    >
      {names.secondary && (
        <p className="local-name" lang={names.secondaryLang}>
          {names.secondary}
        </p>
      )}
      <p className="meta">{words.cityMeta(city)}</p>
      <p>
        {words.facts([
          t('partnerships', { count: profile.partners.length }),
          t('workshops', { count: profile.workshops.length }),
          node ? t('linksInView', { count: node.links }) : t('notInView'),
        ])}
      </p>
      {insights.length > 0 && (
        <ul className="insights">
          {insights.map((insight) => (
            <li key={insight.kind}>{insightText(t, insight)}</li>
          ))}
        </ul>
      )}
      {profile.themes.length > 0 && (
        <p>
          <span className="label">{t('themes')}</span>
          {words.themes(profile.themes)}
        </p>
      )}
      {profile.activity.length > 0 && (
        <figure className="profile-activity">
          <svg
            width={profile.activity.length * 26}
            height={46}
            role="img"
            aria-label={t('activity.label', {
              years: words.list(
                profile.activity.map((a) => t('activity.year', { year: a.year, count: a.count })),
              ),
            })}
          >
            {profile.activity.map((a, i) => (
              <g key={a.year} transform={`translate(${i * 26},0)`}>
                <rect
                  x={3}
                  y={32 - (28 * a.count) / maxCount}
                  width={20}
                  height={(28 * a.count) / maxCount}
                />
                <text x={13} y={44} textAnchor="middle">
                  {String(a.year).slice(2)}
                </text>
              </g>
            ))}
          </svg>
          {profile.unknownYears > 0 && (
            <figcaption>{t('activity.unknown', { count: profile.unknownYears })}</figcaption>
          )}
        </figure>
      )}

      {profile.partners.length > 0 && (
        <section aria-label={t('partners')}>
          <h3>{t('partners')}</h3>
          <ul className="record-list">
            {profile.partners.map(({ partner, partnership }) => (
              <li key={partnership.id}>
                <CityButton city={partner} onSelectCity={onSelectCity} />
                <div className="meta">
                  {words.facts([
                    ...words.partnershipFacts(partnership),
                    partnership.themes.length > 0 && words.themes(partnership.themes),
                  ])}
                </div>
                {partnership.description && <div>{partnership.description}</div>}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('records:partnership.openLabel', {
                    // The pair as the partnership's own panel names it.
                    pair: t('records:pair', {
                      a: words.cityName(partnership.cityAId === city.id ? city : partner),
                      b: words.cityName(partnership.cityAId === city.id ? partner : city),
                    }),
                  })}
                  onClick={() => onOpenRecord({ kind: 'partnership', id: partnership.id })}
                >
                  {t('records:partnership.open')}
                </button>
                {partnership.notes && <div className="note">{partnership.notes}</div>}
                {partnership.source && (
                  <div className="source">
                    {t('source')}
                    <SourceText source={partnership.source} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {profile.workshops.length > 0 && (
        <section aria-label={t('workshopsTitle')}>
          <h3>{t('workshopsTitle')}</h3>
          <ul className="record-list">
            {profile.workshops.map(({ workshop, role }) => (
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
                    t(`terms:role.${role}`),
                    words.workshopDates(workshop),
                    workshop.themes.length > 0 && words.themes(workshop.themes),
                  ])}
                </div>
                {workshop.notes && <div className="note">{workshop.notes}</div>}
                {(workshop.url || workshop.source) && (
                  <div className="source">
                    {t('source')}
                    <SourceText source={workshop.url || workshop.source} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {suggestions}
      {city.notes && <p className="note">{t('note', { note: city.notes })}</p>}
    </ProfileFrame>
  );
}
