import { useTranslation } from 'react-i18next';
import { REGIONS } from '../domain/countries';
import type { Facets, FacetValue } from '../domain/facets';
import { DEFAULT_FILTERS, type Filters } from '../domain/filters';
import { EDGE_KINDS, PARTNERSHIP_STATUSES } from '../domain/types';
import { useWords } from './wording';
import { YearRangeControl } from './YearRangeControl';

interface Props {
  facets: Facets;
  filters: Filters;
  onChange(filters: Filters): void;
}

/** Adds or removes `value` from a list. */
function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

/** Every control that narrows the network; each is labelled for screen readers. */
export function FilterPanel({ facets, filters, onChange }: Props) {
  const { t } = useTranslation(['filters', 'terms']);
  const words = useWords();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <div className="filter-panel">
      <div className="filter-head">
        <h2>{t('title')}</h2>
        <button type="button" onClick={() => onChange(DEFAULT_FILTERS)}>
          {t('reset')}
        </button>
      </div>

      <Choices
        legend={t('themes.legend')}
        hint={t('themes.hint')}
        nameOf={(theme) => words.term('theme', theme)}
        values={facets.themes}
        chosen={filters.themes}
        onToggle={(value, on) => set({ themes: toggle(filters.themes, value, on) })}
      />

      {facets.yearExtent && (
        <fieldset>
          <legend>{t('years.legend')}</legend>
          <YearRangeControl
            activity={facets.activity}
            extent={facets.yearExtent}
            value={filters.years}
            onChange={(years) => set({ years })}
          />
          {facets.unknownYearPartnerships > 0 && (
            <label className="check">
              <input
                type="checkbox"
                checked={filters.unknownYears}
                onChange={(event) => set({ unknownYears: event.target.checked })}
              />
              {t('years.unknown', { count: facets.unknownYearPartnerships })}
            </label>
          )}
        </fieldset>
      )}

      <fieldset>
        <legend>{t('places.legend')}</legend>
        <p className="hint">{t('places.hint')}</p>
        {REGIONS.filter((region) => facets.countries[region].length > 0).map((region) => {
          const codes = facets.countries[region].map((c) => c.value);
          const ticked = codes.filter((code) => filters.countries.includes(code));
          return (
            <div key={region} className="region">
              <label className="check region-check">
                <input
                  type="checkbox"
                  checked={ticked.length === codes.length}
                  ref={(input) => {
                    if (input)
                      input.indeterminate = ticked.length > 0 && ticked.length < codes.length;
                  }}
                  onChange={(event) =>
                    set({
                      countries: event.target.checked
                        ? [...new Set([...filters.countries, ...codes])]
                        : filters.countries.filter((code) => !codes.includes(code)),
                    })
                  }
                />
                {t(`terms:region.${region}`)}
              </label>
              <ul className="choices nested">
                {facets.countries[region].map(({ value, count }) => (
                  <li key={value}>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={filters.countries.includes(value)}
                        onChange={(event) =>
                          set({ countries: toggle(filters.countries, value, event.target.checked) })
                        }
                      />
                      {words.country(value)} <span className="count">{t('count', { count })}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>{t('links.legend')}</legend>
        <ul className="choices">
          {EDGE_KINDS.map((kind) => (
            <li key={kind}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={filters.edgeKinds.includes(kind)}
                  onChange={(event) =>
                    set({ edgeKinds: toggle(filters.edgeKinds, kind, event.target.checked) })
                  }
                />
                {t(`terms:linkKind.${kind}`)}
              </label>
            </li>
          ))}
        </ul>
        <p className="sub-legend" id="status-legend">
          {t('links.status')}
        </p>
        <ul className="choices inline" aria-labelledby="status-legend">
          {PARTNERSHIP_STATUSES.map((status) => (
            <li key={status}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={filters.statuses.includes(status)}
                  onChange={(event) =>
                    set({ statuses: toggle(filters.statuses, status, event.target.checked) })
                  }
                />
                {t(`terms:status.${status}`)}
              </label>
            </li>
          ))}
        </ul>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.hideIsolated}
            onChange={(event) => set({ hideIsolated: event.target.checked })}
          />
          {t('links.hideIsolated')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.fadeOutside}
            onChange={(event) => set({ fadeOutside: event.target.checked })}
          />
          {t('links.fadeOutside')}
        </label>
      </fieldset>

      {facets.programmes.length > 0 && (
        <Choices
          legend={t('programme')}
          values={facets.programmes}
          chosen={filters.programmes}
          onToggle={(value, on) => set({ programmes: toggle(filters.programmes, value, on) })}
        />
      )}
      {facets.organisers.length > 0 && (
        <Choices
          legend={t('organiser')}
          values={facets.organisers}
          chosen={filters.organisers}
          onToggle={(value, on) => set({ organisers: toggle(filters.organisers, value, on) })}
        />
      )}
      {facets.funders.length > 0 && (
        <Choices
          legend={t('funder')}
          values={facets.funders}
          chosen={filters.funders}
          onToggle={(value, on) => set({ funders: toggle(filters.funders, value, on) })}
        />
      )}
    </div>
  );
}

interface ChoicesProps {
  legend: string;
  hint?: string;
  /** How a value is shown; as the data writes it by default. */
  nameOf?(value: string): string;
  values: readonly FacetValue[];
  chosen: readonly string[];
  onToggle(value: string, on: boolean): void;
}

/** A labelled group of checkboxes, one per value, with its count of records. */
function Choices({
  legend,
  hint,
  nameOf = (value) => value,
  values,
  chosen,
  onToggle,
}: ChoicesProps) {
  const { t } = useTranslation('filters');
  return (
    <fieldset>
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <ul className="choices">
        {values.map(({ value, count }) => (
          <li key={value}>
            <label className="check">
              <input
                type="checkbox"
                checked={chosen.includes(value)}
                onChange={(event) => onToggle(value, event.target.checked)}
              />
              {nameOf(value)} <span className="count">{t('count', { count })}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
