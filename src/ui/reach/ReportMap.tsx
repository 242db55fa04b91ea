/**
 * The map of the printed report: the slice's cities and links as SVG over the app's offline
 * basemap. A WebGL canvas does not print reliably; an SVG prints sharp at any paper size.
 */
import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../domain/countries';
import { CITY_LOOK, LINK_LOOKS, LOOKS } from '../../domain/encoding';
import { REGION_COLORS } from '../../domain/palette';
import type { Reach } from '../../domain/reach';
import { useWords } from '../wording';
import { reportLand, reportMapScene, type ReportLand } from './reportMap';

/** The basemap the map view draws too, fetched once per report map; null until (or unless) it comes. */
function useLand(): ReportLand | null {
  const [land, setLand] = useState<ReportLand | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    let url: string;
    try {
      url = new URL('basemap/countries.geojson', document.baseURI).href;
    } catch {
      return undefined;
    }
    // Without the basemap the map is drawn without land: the figures and links still hold.
    fetch(url, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((json: unknown) => {
        if (isFeatureCollection(json)) setLand(reportLand(json));
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return land;
}

function isFeatureCollection(value: unknown): value is FeatureCollection {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((value as { features?: unknown }).features)
  );
}

const REGIONS: readonly Region[] = ['japan', 'southeast-asia', 'elsewhere'];

/** The slice's cities (coloured by region, sized by records), partnerships and workshops on land. */
export function ReportMap({ reach }: { reach: Reach }) {
  const { t } = useTranslation(['reach', 'terms', 'view']);
  const words = useWords();
  const land = useLand();
  const scene = useMemo(
    () =>
      reportMapScene(
        {
          cities: [...reach.japaneseCities, ...reach.overseasCities],
          workshops: reach.workshops,
          partnerships: reach.partnerships,
        },
        land,
        words.cityName,
      ),
    [reach, land, words],
  );
  // The key names only what the map shows, in the order it is drawn.
  const regions = REGIONS.filter((region) =>
    scene.cities.some((circle) => circle.region === region),
  );
  const looks = LINK_LOOKS.filter((look) => scene.links.some((link) => link.look === look));
  const label = t('reach:map.label', {
    count: scene.countries,
    cities: t('reach:map.cities', { count: scene.cities.length }),
  });

  return (
    <figure className="report-map">
      <svg
        viewBox={`0 0 ${scene.width} ${scene.height}`}
        role="img"
        aria-label={label}
        preserveAspectRatio="xMidYMid meet"
      >
        <rect className="report-sea" width={scene.width} height={scene.height} />
        {scene.land && <path className="report-land" d={scene.land} />}
        <g className="report-links" fill="none">
          {scene.links.map((link) => (
            <line
              key={link.key}
              x1={link.from[0]}
              y1={link.from[1]}
              x2={link.to[0]}
              y2={link.to[1]}
              stroke={link.color}
              strokeWidth={link.width}
              strokeDasharray={link.dash || undefined}
              strokeOpacity={link.alpha}
              strokeLinecap={link.cap}
            />
          ))}
        </g>
        <g className="report-cities">
          {scene.cities.map((circle) => (
            <circle
              key={circle.city.id}
              cx={circle.x}
              cy={circle.y}
              r={circle.r}
              fill={circle.color}
              fillOpacity={CITY_LOOK.alpha}
              stroke={CITY_LOOK.stroke}
              strokeWidth={CITY_LOOK.strokeWidth}
            />
          ))}
        </g>
        <g className="report-labels" fontSize={CITY_LOOK.label.size}>
          {scene.cities.map(
            (circle) =>
              circle.label && (
                <text
                  key={circle.city.id}
                  x={circle.label.x}
                  y={circle.label.y}
                  dy="0.35em"
                  textAnchor={circle.label.anchor}
                  fill={CITY_LOOK.label.color}
                  stroke={CITY_LOOK.label.halo}
                  strokeWidth={CITY_LOOK.label.haloWidth * 2}
                  paintOrder="stroke"
                >
                  {circle.label.text}
                </text>
              ),
          )}
        </g>
      </svg>
      <figcaption className="report-key">
        <span className="visually-hidden">{t('reach:map.key')}</span>
        <ul>
          {regions.map((region) => (
            <li key={region}>
              <span
                className="key-dot"
                style={{ background: REGION_COLORS[region] }}
                aria-hidden="true"
              />
              {t(`terms:region.${region}`)}
            </li>
          ))}
          {looks.map((look) => (
            <li key={look}>
              <svg className="key-line" width="26" height="8" aria-hidden="true">
                <line
                  x1="1"
                  y1="4"
                  x2="25"
                  y2="4"
                  stroke={LOOKS[look].color}
                  strokeWidth="2"
                  strokeDasharray={LOOKS[look].dash.map((step) => step * 2).join(' ') || undefined}
                  strokeLinecap={LOOKS[look].cap}
                />
              </svg>
              {t(`view:legend.look.${look}`)}
            </li>
          ))}
          <li>{t('reach:map.size')}</li>
        </ul>
      </figcaption>
    </figure>
  );
}
