/** The planner's settings: which pairs to suggest, and the weight of each part of the score. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_WEIGHTS,
  PAIRING_SCOPES,
  SCORE_PARTS,
  type PlanOptions,
  type ScorePart,
} from '../../domain/planner';
import { useWords } from '../wording';
import { PART_COLORS } from './ScoreBar';

/** The range of a weight, and its step. */
export const WEIGHT_RANGE = { min: 0, max: 3, step: 0.05 } as const;

interface Props {
  options: PlanOptions;
  onOptions(options: PlanOptions): void;
}

/** The scope as radio buttons, the weights as labelled sliders with their values, and a reset. */
export function PlannerSettings({ options, onOptions }: Props) {
  const { t } = useTranslation('planner');
  const id = useId();
  const allZero = SCORE_PARTS.every((part) => options.weights[part] === 0);
  const isDefault = SCORE_PARTS.every((part) => options.weights[part] === DEFAULT_WEIGHTS[part]);
  const setWeight = (part: ScorePart, value: number) =>
    onOptions({ ...options, weights: { ...options.weights, [part]: value } });

  return (
    <section aria-labelledby={`${id}-settings`} className="planner-settings">
      <h3 id={`${id}-settings`}>{t('pane.settings')}</h3>
      <fieldset>
        <legend>{t('pane.scope.legend')}</legend>
        {PAIRING_SCOPES.map((scope) => (
          <label key={scope} className="check">
            <input
              type="radio"
              name={`${id}-scope`}
              value={scope}
              checked={options.scope === scope}
              onChange={() => onOptions({ ...options, scope })}
            />{' '}
            {t(`pane.scope.${scope}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('pane.weights.legend')}</legend>
        {SCORE_PARTS.map((part) => (
          <WeightSlider
            key={part}
            part={part}
            value={options.weights[part]}
            onChange={(value) => setWeight(part, value)}
          />
        ))}
        <button
          type="button"
          disabled={isDefault}
          onClick={() => onOptions({ ...options, weights: DEFAULT_WEIGHTS })}
        >
          {t('pane.weights.reset')}
        </button>
        {allZero && (
          <p className="note" role="status">
            {t('pane.weights.allZero')}
          </p>
        )}
      </fieldset>
    </section>
  );
}

/** One weight: its name (with the part's colour), a slider, its value, and what it measures. */
function WeightSlider({
  part,
  value,
  onChange,
}: {
  part: ScorePart;
  value: number;
  onChange(value: number): void;
}) {
  const { t } = useTranslation('planner');
  const words = useWords();
  const id = useId();
  const shown = new Intl.NumberFormat(words.language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 2,
  }).format(value);
  return (
    <div className="weight">
      <label htmlFor={id}>
        <svg width={10} height={10} aria-hidden="true">
          <rect width={10} height={10} fill={PART_COLORS[part]} />
        </svg>{' '}
        {t(`part.${part}`)}
      </label>{' '}
      <input
        id={id}
        type="range"
        min={WEIGHT_RANGE.min}
        max={WEIGHT_RANGE.max}
        step={WEIGHT_RANGE.step}
        value={value}
        aria-valuetext={shown}
        aria-describedby={`${id}-help`}
        onChange={(event) => onChange(Number(event.target.value))}
      />{' '}
      {/* The slider's own value text speaks the value: the output is for the eye only. */}
      <output htmlFor={id} aria-hidden="true">
        {shown}
      </output>
      <p id={`${id}-help`} className="meta">
        {t(`partHelp.${part}`)}
      </p>
    </div>
  );
}
