import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { cityStyle } from '../domain/cityStyle';
import { datasetFacets } from '../domain/facets';
import { describeCity } from '../domain/metrics';
import { buildNetwork, type Network } from '../domain/network';
import { themePalette } from '../domain/palette';
import { datasetSummary, networkSummary } from '../domain/summary';
import { filteredDataset } from '../domain/subset';
import type { GraphModel } from '../graph/GraphView';
import { exportCsv, exportGeoJson, omittedLinksNote } from '../io/export';
import { DATA_FILES } from '../io/issues';
import { templateCsv } from '../io/templates';
import type { MapModel } from '../map/MapView';
import { DataMenu } from '../ui/DataMenu';
import { downloadText } from '../ui/download';
import { CityProfilePanel } from '../ui/CityProfilePanel';
import { CitySearch } from '../ui/CitySearch';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { FilterPanel } from '../ui/FilterPanel';
import { GraphPanel } from '../ui/GraphPanel';
import { ImportDialog } from '../ui/ImportDialog';
import { IssueList } from '../ui/IssueList';
import { Legend } from '../ui/Legend';
import { MapPanel } from '../ui/MapPanel';
import { Notices } from '../ui/Notices';
import { RankingTable } from '../ui/RankingTable';
import { Timeline } from '../ui/Timeline';
import { ViewBar } from '../ui/ViewBar';
import { INITIAL_STATE, reducer } from './store';
import { useDataset } from './useDataset';
import { useImportFiles } from './useImportFiles';
import { useMetrics } from './useMetrics';
import { useUrlSync } from './useUrlSync';

/** The application shell: loads the data, keeps the state, derives the network, lays out the views. */
export function App() {
  const [source, data] = useDataset();
  const { dataset } = source.load;
  const [state, dispatch] = useReducer(reducer, INITIAL_STATE);
  const { notices, dismissNotices } = useUrlSync(source.ready, dataset, state, dispatch);

  // Everything below is derived from the dataset and the state, never stored.
  const facets = useMemo(() => datasetFacets(dataset), [dataset]);
  const palette = useMemo(() => themePalette(dataset), [dataset]);
  const network = useMemo(() => buildNetwork(dataset, state.filters), [dataset, state.filters]);
  // Links the last GeoJSON export left out (cities at one point), for the network it exported.
  const [geoJsonNote, setGeoJsonNote] = useState<{ network: Network; text: string | null }>();
  const metrics = useMetrics(network);
  const style = useMemo(
    () => cityStyle(metrics, state.sizeBy, state.cityColorBy),
    [metrics, state.sizeBy, state.cityColorBy],
  );
  const selected = state.selectedCityId;
  const selectedNode = useMemo(
    () => network.nodes.find((node) => node.id === selected),
    [network, selected],
  );
  const insights = useMemo(
    () => (selected ? describeCity(selected, metrics) : []),
    [selected, metrics],
  );
  const mapModel: MapModel = useMemo(
    () => ({
      dataset,
      network,
      palette,
      cityStyle: style,
      colorBy: state.linkColorBy,
      selectedCityId: selected,
      linkedHoverCityId: state.hoveredCityId,
      highlightYear: state.timelineYear,
      camera: state.camera,
    }),
    [
      dataset,
      network,
      palette,
      style,
      state.linkColorBy,
      selected,
      state.hoveredCityId,
      state.timelineYear,
      state.camera,
    ],
  );

  const graphModel: GraphModel = useMemo(
    () => ({
      network,
      cityStyle: style,
      selectedCityId: selected,
      linkedHoverCityId: state.hoveredCityId,
    }),
    [network, style, selected, state.hoveredCityId],
  );

  // An import asks first when it would replace or could add to the user's own data.
  const importFiles = useImportFiles(
    data.importTexts,
    source.origin.kind === 'imported'
      ? { name: source.origin.name, shown: true }
      : source.stored && { name: source.stored.name, shown: false },
  );
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // Files dropped anywhere on the page are imported.
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      importFiles.run([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [importFiles]);

  const selectCity = useCallback(
    (cityId: string | null) => dispatch({ type: 'selectCity', cityId }),
    [],
  );
  const hoverCity = useCallback(
    (cityId: string | null) => dispatch({ type: 'hoverCity', cityId }),
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
    : 'Loading data …';
  const downloadFilteredCsv = () => {
    const files = exportCsv(filteredDataset(dataset, state.filters, network));
    for (const file of DATA_FILES) downloadText(`${file}.csv`, files[file]);
  };
  const showMap = state.view === 'map' || state.view === 'split';
  const showGraph = state.view === 'graph' || state.view === 'split';
  const legend = (
    <Legend
      network={network}
      palette={palette}
      colorBy={state.linkColorBy}
      cityStyle={style}
      cityColorBy={state.cityColorBy}
      communities={metrics.communities}
      defaultOpen={state.view !== 'split' && !selected}
    />
  );

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
        {source.origin.kind === 'url' && (
          <p className="origin">
            Data from <span className="origin-url">{source.origin.url}</span> ·{' '}
            <a href={window.location.pathname}>Back to the bundled data</a>
          </p>
        )}
      </header>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop CSV files to load them
        </div>
      )}
      {importFiles.pending && (
        <ImportDialog
          incoming={importFiles.pending.name}
          existing={importFiles.pending.existing}
          onChoose={importFiles.choose}
        />
      )}
      <Notices notices={notices} onDismiss={dismissNotices} />
      <div className="app-body">
        <aside className="sidebar" aria-label="Search and filters">
          <CitySearch cities={dataset.cities} onSelect={selectCity} />
          <DataMenu
            origin={source.origin}
            stored={source.stored}
            importProgress={source.importProgress}
            message={
              importFiles.message ??
              source.message ??
              // Said only while the exported network is the one shown.
              (geoJsonNote?.network === network ? geoJsonNote.text : null)
            }
            onFiles={importFiles.run}
            onPaste={importFiles.paste}
            onCancelImport={data.cancelImport}
            onShowBundled={data.showBundled}
            onShowStored={data.showStored}
            onRemoveStored={data.removeStored}
            onDownloadTemplates={() => {
              const templates = templateCsv();
              for (const file of DATA_FILES) downloadText(`${file}.csv`, templates[file]);
            }}
            onExportCsv={downloadFilteredCsv}
            onExportGeoJson={() => {
              const collection = exportGeoJson(network, dataset);
              downloadText('network.geojson', JSON.stringify(collection), 'application/geo+json');
              setGeoJsonNote({ network, text: omittedLinksNote(collection) });
            }}
          />
          <FilterPanel
            facets={facets}
            filters={state.filters}
            onChange={(filters) => dispatch({ type: 'setFilters', filters })}
          />
        </aside>
        <main className="app-main">
          <ErrorBoundary label="data report">
            <IssueList issues={source.load.issues} files={source.load.files} />
          </ErrorBoundary>
          <ViewBar
            view={state.view}
            sizeBy={state.sizeBy}
            cityColorBy={state.cityColorBy}
            onView={(view) => dispatch({ type: 'setView', view })}
            onSizeBy={(metric) => dispatch({ type: 'setSizeBy', metric })}
            onCityColorBy={(mode) => dispatch({ type: 'setCityColorBy', mode })}
          />
          <div className="views">
            {showMap && (
              <ErrorBoundary label="map">
                <MapPanel
                  model={mapModel}
                  legend={legend}
                  onCameraChange={(camera) => dispatch({ type: 'setCamera', camera })}
                  onColorByChange={(mode) => dispatch({ type: 'setLinkColorBy', mode })}
                  onSelectCity={selectCity}
                  onHoverCity={hoverCity}
                />
              </ErrorBoundary>
            )}
            {showGraph && (
              <ErrorBoundary label="graph">
                <GraphPanel
                  dataset={dataset}
                  model={graphModel}
                  legend={showMap ? null : legend}
                  onSelectCity={selectCity}
                  onHoverCity={hoverCity}
                />
              </ErrorBoundary>
            )}
            {state.view === 'table' && (
              <RankingTable
                nodes={network.nodes}
                metrics={metrics}
                selectedCityId={selected}
                onSelectCity={selectCity}
              />
            )}
            {selected && (
              <CityProfilePanel
                dataset={dataset}
                node={selectedNode}
                cityId={selected}
                insights={insights}
                onSelectCity={selectCity}
                onClose={() => selectCity(null)}
              />
            )}
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
