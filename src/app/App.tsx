import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { datasetFacets } from '../domain/facets';
import { buildNetwork } from '../domain/network';
import { themePalette } from '../domain/palette';
import { datasetSummary, networkSummary } from '../domain/summary';
import { CitySearch } from '../ui/CitySearch';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { FilterPanel } from '../ui/FilterPanel';
import { IssueList } from '../ui/IssueList';
import { MapPanel } from '../ui/MapPanel';
import { Notices } from '../ui/Notices';
import { SelectedCity } from '../ui/SelectedCity';
import { Timeline } from '../ui/Timeline';
import { INITIAL_STATE, reducer } from './store';
import { useDataset } from './useDataset';
import { useUrlSync } from './useUrlSync';

/** The application shell: loads the data, keeps the state, derives the network, lays out the views. */
export function App() {
  const source = useDataset();
  const { dataset } = source.load;
  const [state, dispatch] = useReducer(reducer, INITIAL_STATE);
  const { notices, dismissNotices } = useUrlSync(source.ready, dataset, state, dispatch);

  const facets = useMemo(() => datasetFacets(dataset), [dataset]);
  const palette = useMemo(() => themePalette(dataset), [dataset]);
  const network = useMemo(() => buildNetwork(dataset, state.filters), [dataset, state.filters]);
  const selected = useMemo(
    () => network.nodes.find((node) => node.id === state.selectedCityId),
    [network, state.selectedCityId],
  );

  const selectCity = useCallback(
    (cityId: string | null) => dispatch({ type: 'selectCity', cityId }),
    [],
  );
  const firstYear = facets.yearExtent?.[0] ?? 0;
  const setTimelineYear = useCallback(
    (year: number | null) => dispatch({ type: 'setTimelineYear', year, firstYear }),
    [firstYear],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') dispatch({ type: 'selectCity', cityId: null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const status = source.ready
    ? `${datasetSummary(dataset)} — ${networkSummary(dataset, network)}`
    : `Loading data from ${source.origin} …`;

  return (
    <div className="app">
      <header className="app-header">
        <h1>City-to-City Collaboration Network</h1>
        <p className="tagline">
          Japanese and Southeast Asian cities working together on climate, waste, energy and water.
        </p>
        <p role="status" className="status">
          {status}
        </p>
        {source.custom && (
          <p className="origin">
            Data from <span className="origin-url">{source.origin}</span> ·{' '}
            <a href={window.location.pathname}>Back to the bundled data</a>
          </p>
        )}
      </header>
      <Notices notices={notices} onDismiss={dismissNotices} />
      <div className="app-body">
        <aside className="sidebar" aria-label="Search and filters">
          <CitySearch cities={dataset.cities} onSelect={selectCity} />
          <FilterPanel
            facets={facets}
            filters={state.filters}
            onChange={(filters) => dispatch({ type: 'setFilters', filters })}
          />
        </aside>
        <main className="app-main">
          <ErrorBoundary label="data report">
            <IssueList issues={source.load.issues} />
          </ErrorBoundary>
          <div className="views">
            <ErrorBoundary label="map">
              <MapPanel
                dataset={dataset}
                network={network}
                palette={palette}
                colorBy={state.linkColorBy}
                selectedCityId={state.selectedCityId}
                linkedHoverCityId={state.hoveredCityId}
                highlightYear={state.timelineYear}
                camera={state.camera}
                onCameraChange={(camera) => dispatch({ type: 'setCamera', camera })}
                onColorByChange={(mode) => dispatch({ type: 'setLinkColorBy', mode })}
                onSelectCity={selectCity}
                onHoverCity={(cityId) => dispatch({ type: 'hoverCity', cityId })}
              />
            </ErrorBoundary>
            {selected && <SelectedCity node={selected} onClose={() => selectCity(null)} />}
          </div>
          {facets.yearExtent && (
            <Timeline
              extent={facets.yearExtent}
              year={state.timelineYear}
              mode={state.timelineMode}
              onYear={setTimelineYear}
              onMode={(mode) => dispatch({ type: 'setTimelineMode', mode, firstYear })}
            />
          )}
        </main>
      </div>
    </div>
  );
}
