/**
 * A suggestion's score as a small stacked bar of its weighted parts, with the figures as its text
 * alternative, and the legend of the parts' colours.
 */
import { useTranslation } from 'react-i18next';
import { SCORE_PARTS, type PartScores, type ScorePart, type Weights } from '../../domain/planner';
import type { Language } from '../../state/language';
import { useWords } from '../wording';

/**
 * One colour per part, from Okabe & Ito's colour-blind-safe palette; the bar's label carries the
 * figures, so no reader depends on telling the colours apart.
 */
export const PART_COLORS: Readonly<Record<ScorePart, string>> = {
  themeFit: '#0072B2',
  proximity: '#E69F00',
  capacity: '#009E73',
  continuity: '#CC79A7',
};

/** The bar's size in CSS pixels. */
const WIDTH = 96;
const HEIGHT = 10;

const scoreFormats = new Map<Language, Intl.NumberFormat>();

/** A score or part with two decimals in the language's digits: `0.42`. */
export function formatScore(value: number, language: Language): string {
  let format = scoreFormats.get(language);
  if (!format)
    scoreFormats.set(
      language,
      (format = new Intl.NumberFormat(language, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      })),
    );
  return format.format(value);
}

/** The most a score can be under `weights`: every part at 1. */
export function maxScore(weights: Weights): number {
  return SCORE_PARTS.reduce((sum, part) => sum + weights[part], 0);
}

interface BarProps {
  score: number;
  parts: PartScores;
  weights: Weights;
}

/** The score's bar: each part's weighted share, in the order of SCORE_PARTS, then the figure. */
export function ScoreBar({ score, parts, weights }: BarProps) {
  const { t } = useTranslation('planner');
  const { language, list } = useWords();
  const max = maxScore(weights);
  const values = SCORE_PARTS.map((part) => parts[part] * weights[part]);
  // Each part starts where the ones before it end.
  const segments = SCORE_PARTS.map((part, i) => ({
    part,
    value: values[i]!,
    start: values.slice(0, i).reduce((sum, value) => sum + value, 0),
  }));
  const scale = (value: number) => (max > 0 ? (WIDTH * value) / max : 0);
  const label = t('score.label', {
    score: formatScore(score, language),
    max: formatScore(max, language),
    parts: list(
      segments.map(({ part, value }) =>
        t('score.part', { part: t(`part.${part}`), value: formatScore(value, language) }),
      ),
    ),
  });
  return (
    <span className="score">
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={label} className="score-bar">
        <rect width={WIDTH} height={HEIGHT} fill="#e6e6e6" />
        {segments
          // A part worth nothing draws nothing (not even its white rule).
          .filter(({ value }) => value > 0)
          .map(({ part, value, start }) => (
            <rect
              key={part}
              x={scale(start)}
              width={scale(value)}
              height={HEIGHT}
              fill={PART_COLORS[part]}
            />
          ))}
      </svg>{' '}
      <span className="score-value" aria-hidden="true">
        {formatScore(score, language)}
      </span>
    </span>
  );
}

/** The parts' colours with their names, once above a list of bars. */
export function ScoreLegend() {
  const { t } = useTranslation('planner');
  return (
    <ul className="score-legend" aria-label={t('score.legend')}>
      {SCORE_PARTS.map((part) => (
        <li key={part}>
          <svg width={10} height={10} aria-hidden="true">
            <rect width={10} height={10} fill={PART_COLORS[part]} />
          </svg>{' '}
          {t(`part.${part}`)}
        </li>
      ))}
    </ul>
  );
}
