import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegendPlacement } from './useLegendPlacement';
import { REGIONS } from '../domain/countries';
import type { Network } from '../domain/network';
import { largestSize, type CityStyle } from '../domain/cityStyle';
import {
  CITY_LOOK,
  LEGEND_NEUTRAL,
  linkLegend,
  ROLE_SAMPLE_RADIUS,
  roleLegend,
  sizeLegend,
  type LinkColorMode,
  type RoleLegendEntry,
} from '../domain/encoding';
import type { HighlightRole } from '../domain/records';
import {
  communityColor,
  OTHER_COLOR,
  REGION_COLORS,
  type CityColorMode,
  type ThemePalette,
} from '../domain/palette';
import { useWords } from './wording';

interface Props {
  network: Network;
  palette: ThemePalette;
  colorBy: LinkColorMode;
  cityStyle: CityStyle;
  cityColorBy: CityColorMode;
  /** Number of groups, when cities are coloured by group. */
  communities: number;
  /** Where it sits, and whether it is open (see `useLegendPlacement`). */
  placement: LegendPlacement;
  /** The roles of the open record's cities (any order, repeats allowed); empty hides their key. */
  roles: readonly HighlightRole[];
}

/** Groups given a legend entry of their own; the rest share grey. */
const LISTED_GROUPS = 7;

/** The React key of the legend's "other or no theme" entry. */
const OTHER_THEMES = 'other';

/** Length of a line sample, in pixels. */
const SAMPLE_LENGTH = 32;

/**
 * Explains the sizes, colours and line styles of the map and the graph alike: every sample is
 * derived from the visual encoding both draw with (`domain/encoding.ts`), as Observable Plot
 * derives a legend from the scales that drew the marks; the legend has no look of its own.
 */
export function Legend({
  network,
  palette,
  colorBy,
  cityStyle,
  cityColorBy,
  communities,
  placement,
  roles,
}: Props) {
  const { t } = useTranslation(['view', 'terms']);
  const words = useWords();
  const otherSide = placement.side === 'left' ? 'right' : 'left';
  const { takeMoveFocus } = placement;
  // Called as the button is put in the page: in its new corner after a move, it takes the
  // focus (on the next frame, once React has removed the old one).
  const moveButton = useCallback(
    (button: HTMLButtonElement | null) => {
      if (button && takeMoveFocus()) requestAnimationFrame(() => button.focus());
    },
    [takeMoveFocus],
  );
  const maxSize = largestSize(network, cityStyle);
  const sizes = sizeLegend(maxSize);
  // The palette's themes in the reader's words, then the grey of the rest (keyed apart from them).
  const themeEntries = [
    ...palette.themes.map(({ theme, color }) => ({
      key: `theme:${theme}`,
      label: words.theme(theme),
      color,
    })),
    { key: OTHER_THEMES, label: t('legend.otherTheme'), color: palette.colorOf(undefined) },
  ];
  const groups = Array.from({ length: Math.min(communities, LISTED_GROUPS) }, (_, i) => i);
  return (
    <details
      className="legend"
      open={placement.open}
      onToggle={(event) => placement.setOpen(event.currentTarget.open)}
    >
      <summary>{t('legend.title')}</summary>
      <button
        ref={moveButton}
        type="button"
        className="legend-move"
        onClick={() => placement.setSide(otherSide)}
      >
        {t(`legend.moveTo.${otherSide}`)}
      </button>
      <RoleKey roles={roles} />
      <h2>{t('legend.cities')}</h2>
      <ul className="legend-list">
        {cityColorBy === 'region'
          ? REGIONS.map((region) => (
              <li key={region}>
                <Dot color={REGION_COLORS[region]} />
                {t(`terms:region.${region}`)}
              </li>
            ))
          : groups.map((group) => (
              <li key={group}>
                <Dot color={communityColor(group)} />
                {t('legend.group', { number: group + 1 })}
              </li>
            ))}
        {cityColorBy === 'community' && communities > LISTED_GROUPS && (
          <li>
            <Dot color={OTHER_COLOR} />
            {t('legend.otherGroups', { from: LISTED_GROUPS + 1, to: communities })}
          </li>
        )}
      </ul>
      {sizes.length > 0 && (
        <>
          <h3>{t('legend.size', { measure: t(`terms:size.${cityStyle.measure}`) })}</h3>
          <ul className="legend-sizes">
            {sizes.map(({ value, radius: r }) => (
              <li key={value}>
                <svg width={2 * r + 2} height={2 * r + 2} aria-hidden="true">
                  <circle cx={r + 1} cy={r + 1} r={r} fill="none" stroke={LEGEND_NEUTRAL} />
                </svg>
                {words.number(value)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('legend.links')}</h2>
      <ul className="legend-list">
        {linkLegend(colorBy).map((sample) => (
          <li key={sample.look} data-look={sample.look}>
            <svg width={SAMPLE_LENGTH + 4} height="10" aria-hidden="true">
              <line
                x1="2"
                y1="5"
                x2={SAMPLE_LENGTH + 2}
                y2="5"
                stroke={sample.color}
                strokeWidth={sample.width}
                strokeDasharray={sample.dash.length > 0 ? sample.dash.join(' ') : undefined}
                strokeLinecap={sample.cap}
                opacity={sample.alpha}
              />
            </svg>
            {t(`legend.look.${sample.look}`)}
          </li>
        ))}
      </ul>
      <p className="legend-note">{t('legend.thicker')}</p>
      {colorBy === 'theme' && (
        <>
          <h3>{t('legend.themeColour')}</h3>
          <ul className="legend-list">
            {themeEntries.map(({ key, label, color }) => (
              <li key={key}>
                <svg width="16" height="10" aria-hidden="true">
                  <rect width="16" height="10" rx="2" fill={color} />
                </svg>
                {label}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

/** The marks of the open record's roles, as the map and the graph draw them; nothing without roles. */
function RoleKey({ roles }: { roles: readonly HighlightRole[] }) {
  const { t } = useTranslation(['view', 'terms']);
  const entries = roleLegend(roles);
  if (entries.length === 0) return null;
  // One size for every sample, so that their labels line up.
  const half = Math.ceil(
    Math.max(...entries.flatMap((entry) => entry.rings.map((ring) => ring.r + ring.width / 2))),
  );
  return (
    <>
      <h2>{t('legend.roles')}</h2>
      <ul className="legend-list">
        {entries.map((entry) => (
          <li key={entry.role} data-role={entry.role}>
            <RoleSample entry={entry} half={half} />
            {entry.role === 'partner' ? t('legend.partner') : t(`terms:role.${entry.role}`)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** A grey city with the rings of a role, in a square of `half` px either side of its centre. */
function RoleSample({ entry, half }: { entry: RoleLegendEntry; half: number }) {
  const size = 2 * half + 2;
  const centre = half + 1;
  return (
    <svg width={size} height={size} aria-hidden="true">
      <circle
        cx={centre}
        cy={centre}
        r={ROLE_SAMPLE_RADIUS}
        fill={LEGEND_NEUTRAL}
        stroke={CITY_LOOK.stroke}
        strokeWidth={CITY_LOOK.strokeWidth}
      />
      {entry.rings.map((ring) => (
        <circle
          key={ring.r}
          cx={centre}
          cy={centre}
          r={ring.r}
          fill="none"
          stroke={entry.color}
          strokeWidth={ring.width}
        />
      ))}
    </svg>
  );
}

/** A city as the encoding draws it, in a colour of the legend. */
function Dot({ color }: { color: string }) {
  return (
    <svg width="16" height="16" aria-hidden="true">
      <circle
        cx="8"
        cy="8"
        r="6"
        fill={color}
        stroke={CITY_LOOK.stroke}
        strokeWidth={CITY_LOOK.strokeWidth}
        opacity={CITY_LOOK.alpha}
      />
    </svg>
  );
}
