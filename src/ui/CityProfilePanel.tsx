import { useEffect, useRef } from 'react';
import { countryName } from '../domain/countries';
import type { Dataset } from '../domain/dataset';
import { partnershipType, partnershipYears, workshopDates } from '../domain/format';
import type { NetworkNode } from '../domain/network';
import { cityProfile } from '../domain/profile';
import { plural } from '../domain/summary';
import { SourceText } from './SourceText';

interface Props {
  dataset: Dataset;
  /** The city's node in the current network, for its figures in view; absent when filtered out. */
  node: NetworkNode | undefined;
  cityId: string;
  /** Sentences about the city's place in the network. */
  insights: readonly string[];
  onSelectCity(cityId: string): void;
  onClose(): void;
}

const ROLE_LABELS = {
  host: 'Host',
  participant: 'Participant',
  resource: 'Lecturer / support',
} as const;

/** The selected city's full record: partners, workshops, themes and a small timeline. */
export function CityProfilePanel({
  dataset,
  node,
  cityId,
  insights,
  onSelectCity,
  onClose,
}: Props) {
  const profile = cityProfile(dataset, cityId);
  const heading = useRef<HTMLHeadingElement>(null);
  // Moves focus to the profile when another city is chosen, so keyboard users land in it.
  useEffect(() => heading.current?.focus(), [cityId]);
  if (!profile) return null;
  const { city } = profile;
  const maxCount = Math.max(1, ...profile.activity.map((a) => a.count));

  return (
    <aside className="city-profile" aria-label={`City profile: ${city.name}`}>
      <div className="profile-head">
        <h2 ref={heading} tabIndex={-1}>
          {city.name}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close the city profile">
          ×
        </button>
      </div>
      {city.localName && <p className="local-name">{city.localName}</p>}
      <p className="meta">
        {countryName(city.country)}
        {city.kind ? ` · ${city.kind}` : ''}
      </p>
      <p>
        {plural(profile.partners.length, 'partnership')} ·{' '}
        {plural(profile.workshops.length, 'workshop')}
        {node ? ` · ${plural(node.links, 'link')} in view` : ' · not in the current view'}
      </p>
      {insights.length > 0 && (
        <ul className="insights">
          {insights.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      )}
      {profile.themes.length > 0 && (
        <p>
          <span className="label">Themes: </span>
          {profile.themes.join(', ')}
        </p>
      )}
      {profile.activity.length > 0 && (
        <figure className="profile-activity">
          <svg
            width={profile.activity.length * 26}
            height={46}
            role="img"
            aria-label={`Records starting per year: ${profile.activity.map((a) => `${a.year}: ${a.count}`).join(', ')}`}
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
            <figcaption>
              {plural(profile.unknownYears, 'partnership')} of unknown year not shown.
            </figcaption>
          )}
        </figure>
      )}

      {profile.partners.length > 0 && (
        <section aria-label="Partners">
          <h3>Partners</h3>
          <ul className="record-list">
            {profile.partners.map(({ partner, partnership }) => (
              <li key={partnership.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onSelectCity(partner.id)}
                >
                  {partner.name}
                </button>
                <div className="meta">
                  {partnershipType(partnership.type) || 'partnership'} ·{' '}
                  {partnershipYears(partnership)}
                  {partnership.status !== 'active' ? ` · ${partnership.status}` : ''}
                  {partnership.themes.length > 0 ? ` · ${partnership.themes.join(', ')}` : ''}
                </div>
                {partnership.description && <div>{partnership.description}</div>}
                {partnership.notes && <div className="note">{partnership.notes}</div>}
                {partnership.source && (
                  <div className="source">
                    Source: <SourceText source={partnership.source} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {profile.workshops.length > 0 && (
        <section aria-label="Workshops">
          <h3>Workshops</h3>
          <ul className="record-list">
            {profile.workshops.map(({ workshop, role }) => (
              <li key={workshop.id}>
                <div>{workshop.title}</div>
                <div className="meta">
                  {ROLE_LABELS[role]} · {workshopDates(workshop)}
                  {workshop.themes.length > 0 ? ` · ${workshop.themes.join(', ')}` : ''}
                </div>
                {workshop.notes && <div className="note">{workshop.notes}</div>}
                {(workshop.url || workshop.source) && (
                  <div className="source">
                    Source: <SourceText source={workshop.url || workshop.source} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {city.notes && <p className="note">Note: {city.notes}</p>}
    </aside>
  );
}
