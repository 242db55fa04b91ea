import { useMemo } from 'react';
import { datasetSummary } from '../domain/summary';
import { loadDataset } from '../io/load';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { IssueList } from '../ui/IssueList';
import { BUNDLED_TEXTS } from './bundledData';

/** The application shell: loads the bundled programme data and lays out the views. */
export function App() {
  const load = useMemo(() => loadDataset(BUNDLED_TEXTS), []);
  return (
    <div className="app">
      <header className="app-header">
        <h1>City-to-City Collaboration Network</h1>
        <p className="tagline">
          Japanese and Southeast Asian cities working together on climate, waste, energy and water.
        </p>
        <p role="status" className="status">
          {datasetSummary(load.dataset)}
        </p>
      </header>
      <main className="app-main">
        <ErrorBoundary label="data report">
          <IssueList issues={load.issues} />
        </ErrorBoundary>
      </main>
    </div>
  );
}
