import { useEffect, useMemo, useReducer } from 'react';
import { buildNetwork } from '../domain/network';
import { themePalette } from '../domain/palette';
import { datasetSummary } from '../domain/summary';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { IssueList } from '../ui/IssueList';
import { MapPanel } from '../ui/MapPanel';
import { SelectedCity } from '../ui/SelectedCity';
import { INITIAL_STATE, reducer } from './store';
import { useDataset } from './useDataset';

/** The application shell: loads the data, derives the network, lays out the views. */
export function App() {
  const source = useDataset();
  const { load } = source;
  const { dataset } = load;
  const [state, dispatch] = useReducer(reducer, INITIAL_STATE);
  const network = useMemo(() => buildNetwork(dataset, state.filters), [dataset, state.filters]);
  const palette = useMemo(() => themePalette(dataset), [dataset]);
  const selectCity = (cityId: string | null) => dispatch({ type: 'selectCity', cityId });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') dispatch({ type: 'selectCity', cityId: null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const selected = state.selectedCityId
    ? network.nodes.find((n) => n.id === state.selectedCityId)
    : undefined;

  return (
    <div className="app">
      <header className="app-header">
        <h1>City-to-City Collaboration Network</h1>
        <p className="tagline">
          Japanese and Southeast Asian cities working together on climate, waste, energy and water.
        </p>
        <p role="status" className="status">
          {source.ready ? datasetSummary(dataset) : `Loading data from ${source.origin} …`}
        </p>
        {source.custom && (
          <p className="origin">
            Data from <span className="origin-url">{source.origin}</span> ·{' '}
            <a href={window.location.pathname}>Back to the bundled data</a>
          </p>
        )}
      </header>
      <main className="app-main">
        <ErrorBoundary label="data report">
          <IssueList issues={load.issues} />
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
              onColorByChange={(mode) => dispatch({ type: 'setLinkColorBy', mode })}
              onSelectCity={selectCity}
              onHoverCity={(cityId) => dispatch({ type: 'hoverCity', cityId })}
            />
          </ErrorBoundary>
          {selected && <SelectedCity node={selected} onClose={() => selectCity(null)} />}
        </div>
      </main>
    </div>
  );
}
