import { useState } from 'react';
import { REGIONS } from '../domain/countries';
import type { Network } from '../domain/network';
import type { CityStyle } from '../domain/cityStyle';
import {
  communityColor,
  EDGE_KIND_COLORS,
  OTHER_COLOR,
  REGION_COLORS,
  REGION_LABELS,
  type CityColorMode,
  type ThemePalette,
} from '../domain/palette';
import { cityRadius } from '../map/sources';
import type { LinkColorMode } from '../map/style';

interface Props {
  network: Network;
  palette: ThemePalette;
  colorBy: LinkColorMode;
  cityStyle: CityStyle;
  cityColorBy: CityColorMode;
  /** Number of groups, when cities are coloured by group. */
  communities: number;
  /** Open at first; a narrow view starts with it folded, so it does not hide the drawing. */
  defaultOpen: boolean;
}

/** Groups given a legend entry of their own; the rest share grey. */
const LISTED_GROUPS = 7;

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
export function Legend({
  network,
  palette,
  colorBy,
  cityStyle,
  cityColorBy,
  communities,
  defaultOpen,
}: Props) {
  const [open, setOpen] = useState(defaultOpen);
  const maxSize = network.nodes.reduce((max, node) => Math.max(max, cityStyle.sizeOf(node)), 0);
  const sizes = [...new Set([1, Math.round(maxSize / 4), maxSize])].filter(
    (n) => n > 0 && n <= maxSize,
  );
  const groups = Array.from({ length: Math.min(communities, LISTED_GROUPS) }, (_, i) => i);
  return (
    <details className="legend" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Legend</summary>
      <h2>Cities</h2>
      <ul className="legend-list">
        {cityColorBy === 'region'
          ? REGIONS.map((region) => (
              <li key={region}>
                <Dot color={REGION_COLORS[region]} />
                {REGION_LABELS[region]}
              </li>
            ))
          : groups.map((group) => (
              <li key={group}>
                <Dot color={communityColor(group)} />
                Group {group + 1}
              </li>
            ))}
        {cityColorBy === 'community' && communities > LISTED_GROUPS && (
          <li>
            <Dot color={OTHER_COLOR} />
            Groups {LISTED_GROUPS + 1}–{communities}
          </li>
        )}
      </ul>
      {sizes.length > 0 && (
        <>
          <h3>Size: {cityStyle.sizeLabel}</h3>
          <ul className="legend-sizes">
            {sizes.map((links) => {
              const r = cityRadius(links, maxSize);
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
    </details>
  );
}

function Dot({ color }: { color: string }) {
  return (
    <svg width="16" height="16" aria-hidden="true">
      <circle cx="8" cy="8" r="6" fill={color} stroke="#fff" />
    </svg>
  );
}
