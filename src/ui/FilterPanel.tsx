import { REGIONS } from '../domain/countries';
import { countryName } from '../domain/countries';
import type { Facets, FacetValue } from '../domain/facets';
import { DEFAULT_FILTERS, type Filters } from '../domain/filters';
import { EDGE_KIND_LABELS, REGION_LABELS } from '../domain/palette';
import { EDGE_KINDS, PARTNERSHIP_STATUSES } from '../domain/types';
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
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <div className="filter-panel">
      <div className="filter-head">
        <h2>Filters</h2>
        <button type="button" onClick={() => onChange(DEFAULT_FILTERS)}>
          Reset filters
        </button>
      </div>

      <Choices
        legend="Themes"
        hint="Any of the ticked themes; none ticked shows all."
        values={facets.themes}
        chosen={filters.themes}
        onToggle={(value, on) => set({ themes: toggle(filters.themes, value, on) })}
      />

      {facets.yearExtent && (
        <fieldset>
          <legend>Years</legend>
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
              Include partnerships of unknown year ({facets.unknownYearPartnerships})
            </label>
          )}
        </fieldset>
      )}

      <fieldset>
        <legend>Places</legend>
        <p className="hint">
          Links with at least one end in a ticked country; none ticked shows all.
        </p>
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
                {REGION_LABELS[region]}
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
                      {countryName(value)} <span className="count">({count})</span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>Links</legend>
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
                {EDGE_KIND_LABELS[kind]}
              </label>
            </li>
          ))}
        </ul>
        <p className="sub-legend" id="status-legend">
          Partnership status
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
                {status}
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
          Hide cities with no link in view
        </label>
      </fieldset>

      {facets.programmes.length > 0 && (
        <Choices
          legend="Programme"
          values={facets.programmes}
          chosen={filters.programmes}
          onToggle={(value, on) => set({ programmes: toggle(filters.programmes, value, on) })}
        />
      )}
      {facets.organisers.length > 0 && (
        <Choices
          legend="Organiser (workshops)"
          values={facets.organisers}
          chosen={filters.organisers}
          onToggle={(value, on) => set({ organisers: toggle(filters.organisers, value, on) })}
        />
      )}
      {facets.funders.length > 0 && (
        <Choices
          legend="Funder"
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
  values: readonly FacetValue[];
  chosen: readonly string[];
  onToggle(value: string, on: boolean): void;
}

/** A labelled group of checkboxes, one per value, with its count of records. */
function Choices({ legend, hint, values, chosen, onToggle }: ChoicesProps) {
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
              {value} <span className="count">({count})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
