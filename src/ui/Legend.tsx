import { REGIONS } from '../domain/countries';
import type { Network } from '../domain/network';
import {
  EDGE_KIND_COLORS,
  OTHER_COLOR,
  REGION_COLORS,
  REGION_LABELS,
  type ThemePalette,
} from '../domain/palette';
import { cityRadius } from '../map/sources';
import type { LinkColorMode } from '../map/style';

interface Props {
  network: Network;
  palette: ThemePalette;
  colorBy: LinkColorMode;
}

/** Line samples, drawn as the map draws each kind of link. */
const LINE_SAMPLES = [
  { label: 'Partnership', kind: 'partnership', dash: undefined, width: 3, opacity: 0.9 },
  { label: 'Proposed partnership', kind: 'partnership', dash: '0.5 5', width: 3, opacity: 0.9 },
  {
    label: 'Workshop: participant – host or lecturer',
    kind: 'workshop',
    dash: '7 5',
    width: 2.5,
    opacity: 0.8,
  },
  {
    label: 'Attended the same workshop',
    kind: 'co-attendance',
    dash: undefined,
    width: 1,
    opacity: 0.5,
  },
] as const;

/** Explains the map's sizes, colours and line styles, following the current styling. */
export function Legend({ network, palette, colorBy }: Props) {
  const maxLinks = network.nodes.reduce((max, node) => Math.max(max, node.links), 0);
  const sizes = [...new Set([1, Math.round(maxLinks / 4), maxLinks])].filter(
    (n) => n > 0 && n <= maxLinks,
  );
  return (
    <section className="legend" aria-label="Legend">
      <h2>Cities</h2>
      <ul className="legend-list">
        {REGIONS.map((region) => (
          <li key={region}>
            <svg width="16" height="16" aria-hidden="true">
              <circle cx="8" cy="8" r="6" fill={REGION_COLORS[region]} stroke="#fff" />
            </svg>
            {REGION_LABELS[region]}
          </li>
        ))}
      </ul>
      {sizes.length > 0 && (
        <>
          <h3>Size: links in view</h3>
          <ul className="legend-sizes">
            {sizes.map((links) => {
              const r = cityRadius(links, maxLinks);
              return (
                <li key={links}>
                  <svg width={2 * r + 2} height={2 * r + 2} aria-hidden="true">
                    <circle cx={r + 1} cy={r + 1} r={r} fill="none" stroke="#4a5360" />
                  </svg>
                  {links}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h2>Links</h2>
      <ul className="legend-list">
        {LINE_SAMPLES.map((sample) => (
          <li key={sample.label}>
            <svg width="36" height="10" aria-hidden="true">
              <line
                x1="2"
                y1="5"
                x2="34"
                y2="5"
                stroke={colorBy === 'kind' ? EDGE_KIND_COLORS[sample.kind] : '#4a5360'}
                strokeWidth={sample.width}
                strokeDasharray={sample.dash}
                strokeLinecap={sample.dash?.startsWith('0.5') ? 'round' : 'butt'}
                opacity={sample.opacity}
              />
            </svg>
            {sample.label}
          </li>
        ))}
      </ul>
      <p className="legend-note">Thicker lines stand for more records.</p>
      {colorBy === 'theme' && (
        <>
          <h3>Colour: main theme</h3>
          <ul className="legend-list">
            {[...palette.themes, { theme: 'other or none', color: OTHER_COLOR }].map(
              ({ theme, color }) => (
                <li key={theme}>
                  <svg width="16" height="10" aria-hidden="true">
                    <rect width="16" height="10" rx="2" fill={color} />
                  </svg>
                  {theme}
                </li>
              ),
            )}
          </ul>
        </>
      )}
    </section>
  );
}
