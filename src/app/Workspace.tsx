/** The page's layout: header, the sidebar (search, data, filters), and the panes of the chosen view. */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { datasetCounts, networkCounts } from '../domain/summary';
import { dataNoticeText, REPORT_NAMESPACES } from '../i18n/issues';
import { statusText } from '../i18n/summary';
import type { SceneProblem } from '../state/scenes';
import type { AppState } from '../state/store';
import type { HoverStore } from '../state/hover';
import { DEFAULT_URL_STATE, serialiseUrlState, type UrlNotice } from '../state/urlState';
import { SearchBox } from '../ui/SearchBox';
import { DataMenu } from '../ui/DataMenu';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { FilterPanel } from '../ui/FilterPanel';
import { ImportDialog } from '../ui/ImportDialog';
import { IssueList } from '../ui/IssueList';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { Legend } from '../ui/Legend';
import type { LegendPlacement } from '../ui/useLegendPlacement';
import { Notices } from '../ui/Notices';
import { TableView } from '../ui/TableView';
import { Timeline } from '../ui/Timeline';
import { ViewBar } from '../ui/ViewBar';
import { HoverGraphPanel, HoverMapPanel } from './HoverPanes';
import { OpenPanel } from './OpenPanel';
import type { ExportCaption } from '../ui/exportCaption';
import { PresentationBar } from '../ui/present/PresentationBar';
import { ScenesPanel } from '../ui/present/ScenesPanel';
import type { DatasetActions, DatasetState } from './useDataset';
import type { Exports } from './useExports';
import type { ImportFiles } from './useImportFiles';
import type { DraftsStore } from './useDrafts';
import type { NetworkModel } from './useNetworkModel';
import type { Planner } from './usePlanner';
import type { Presentation } from './usePresentation';
import type { ReachModel } from './useReach';
import type { StateActions } from './useStateActions';

// The planner and the reach report are chunks of their own, fetched when first opened.
const PlannerPane = lazy(() =>
  import('../ui/PlannerPane').then(({ PlannerPane }) => ({ default: PlannerPane })),
);
const ReachPane = lazy(() =>
  import('../ui/reach/ReachPane').then(({ ReachPane }) => ({ default: ReachPane })),
);

/** What the workspace lays out; every callback in it is stable across renders. */
export interface WorkspaceProps {
  source: DatasetState;
  data: DatasetActions;
  state: AppState;
  actions: StateActions;
  model: NetworkModel;
  /** The planner's drafts and derived state. */
  drafts: DraftsStore;
  planner: Planner;
  /** The hovered city: read by the map and graph panes only. */
  hover: HoverStore;
  importFiles: ImportFiles;
  exports: Exports;
  /** The reach of the current filters: figures and chart series; null outside the reach view. */
  reach: ReachModel | null;
  /** What exported images, charts and the report state about themselves. */
  caption: ExportCaption;
  presentation: Presentation;
  /** Where the legend of the map and the graph sits, and whether it is open. */
  legendPlacement: LegendPlacement;
  notices: UrlNotice[];
  /** What the address' scenes skipped. */
  sceneProblems: SceneProblem[];
  onDismissNotices(): void;
  /** Files are being dragged over the page. */
  dragging: boolean;
}

/** Lays out the app; holds no state of its own. */
export function Workspace(props: WorkspaceProps) {
  const { t } = useTranslation('shell');
  const { t: tReport } = useTranslation(REPORT_NAMESPACES);
  const { source, data, state, actions, model, hover, importFiles, exports, drafts, planner } =
    props;
  const { reach, caption, presentation, legendPlacement } = props;
  const dataNotice = importFiles.message ?? source.message ?? exports.note;
  const { dataset } = source.load;
  const { network, palette, metrics, facets } = model;
  const selected = state.selectedCityId;
  const status = source.ready
    ? statusText(t, datasetCounts(dataset), networkCounts(dataset, network))
    : t('status.loading');
  // Back to the bundled data starts afresh, in the language being read.
  const bundledHref = `${window.location.pathname}${serialiseUrlState({ ...DEFAULT_URL_STATE, language: state.language }, '')}`;
  const showMap = state.view === 'map' || state.view === 'split' || state.view === 'plan';
  const showGraph = state.view === 'graph' || state.view === 'split';
  const legend = (
    <Legend
      network={network}
      palette={palette}
      colorBy={state.linkColorBy}
      cityStyle={model.cityStyle}
      cityColorBy={state.cityColorBy}
      communities={metrics.communities}
      roles={model.roles}
      placement={legendPlacement}
    />
  );

  return (
    <div className={presentation.index === null ? 'app' : 'app presenting'}>
      <header className="app-header">
        <h1>{t('title')}</h1>
        <p className="tagline">{t('tagline')}</p>
        <p role="status" className="status">
          {status}
        </p>
        <LanguageSwitch language={state.language} onChange={actions.setLanguage} />
        {source.origin.kind === 'url' && (
          <p className="origin">
            {t('origin.from')} <span className="origin-url">{source.origin.url}</span> ·{' '}
            <a href={bundledHref}>{t('origin.back')}</a>
          </p>
        )}
      </header>
      {props.dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('drop')}
        </div>
      )}
      {importFiles.pending && (
        <ImportDialog
          incoming={importFiles.pending.name}
          existing={importFiles.pending.existing}
          onChoose={importFiles.choose}
        />
      )}
      <Notices
        notices={props.notices}
        sceneProblems={props.sceneProblems}
        onDismiss={props.onDismissNotices}
      />
      {presentation.index !== null && (
        <PresentationBar
          scenes={state.scenes}
          index={presentation.index}
          onStep={presentation.step}
          onExit={presentation.stop}
        />
      )}
      <div className="app-body">
        <aside className="sidebar" aria-label={t('sidebar')}>
          <SearchBox
            dataset={dataset}
            onSelectCity={actions.selectCity}
            onOpenRecord={actions.openRecord}
          />
          <DataMenu
            origin={source.origin}
            stored={source.stored}
            importProgress={source.importProgress}
            message={dataNotice && dataNoticeText(tReport, dataNotice)}
            onFiles={importFiles.run}
            onPaste={importFiles.paste}
            onCancelImport={data.cancelImport}
            onShowBundled={data.showBundled}
            onShowStored={data.showStored}
            onRemoveStored={data.removeStored}
            onDownloadTemplates={exports.downloadTemplates}
            onExportCsv={exports.exportCsv}
            onExportGeoJson={exports.exportGeoJson}
            onExportGexf={exports.exportGexf}
            onExportGraphml={exports.exportGraphml}
            onExportFlows={exports.exportFlows}
          />
          <FilterPanel facets={facets} filters={state.filters} onChange={actions.setFilters} />
          <ScenesPanel
            scenes={state.scenes}
            dataset={dataset}
            currentQuery={serialiseUrlState(state, '')}
            onScenes={actions.setScenes}
            onPresent={presentation.start}
          />
        </aside>
        <main className="app-main">
          <ErrorBoundary view="report">
            <IssueList
              issues={source.load.issues}
              files={source.load.files}
              names={source.load.names}
            />
          </ErrorBoundary>
          <ViewBar
            view={state.view}
            sizeBy={state.sizeBy}
            cityColorBy={state.cityColorBy}
            onView={actions.setView}
            onSizeBy={actions.setSizeBy}
            onCityColorBy={actions.setCityColorBy}
          />
          <div className="views">
            {showMap && (
              <ErrorBoundary view="map">
                <HoverMapPanel
                  model={model.map}
                  hover={hover}
                  legend={legend}
                  legendSide={legendPlacement.side}
                  onFoldLegend={() => legendPlacement.setOpen(false)}
                  onCameraChange={actions.setCamera}
                  onColorByChange={actions.setLinkColorBy}
                  onSelectCity={actions.selectCity}
                  onSelectLink={actions.openLink}
                  caption={caption}
                />
              </ErrorBoundary>
            )}
            {showGraph && (
              <ErrorBoundary view="graph">
                <HoverGraphPanel
                  dataset={model.dataset}
                  model={model.graph}
                  hover={hover}
                  legend={showMap ? null : legend}
                  legendSide={legendPlacement.side}
                  onSelectCity={actions.selectCity}
                  onSelectLink={actions.openLink}
                  caption={caption}
                />
              </ErrorBoundary>
            )}
            {state.view === 'table' && (
              <TableView
                table={state.table}
                onTable={actions.setTable}
                nodes={network.nodes}
                metrics={metrics}
                selectedCityId={selected}
                onSelectCity={actions.selectCity}
                dataset={dataset}
                slice={model.slice}
                openRecord={state.record}
                onOpenRecord={actions.openRecord}
              />
            )}
            {state.view === 'plan' && planner.index && planner.impact && (
              <ErrorBoundary view="planner">
                <Suspense fallback={<ViewLoading />}>
                  <PlannerPane
                    dataset={dataset}
                    index={planner.index}
                    options={state.planOptions}
                    onOptions={actions.setPlanOptions}
                    drafts={drafts.drafts}
                    impact={planner.impact}
                    missingDrafts={model.missingDrafts}
                    draftsMessage={drafts.message}
                    onAddDraft={planner.addDraft}
                    onRemoveDraft={drafts.remove}
                    onClearDrafts={drafts.clear}
                    onExportDrafts={() => exports.exportDrafts(drafts.drafts)}
                    onSelectCity={actions.selectCity}
                  />
                </Suspense>
              </ErrorBoundary>
            )}
            {state.view === 'reach' && reach && (
              <ErrorBoundary view="reach">
                <Suspense fallback={<ViewLoading />}>
                  <ReachPane
                    dataset={dataset}
                    reach={reach.reach}
                    activity={reach.activity}
                    growth={reach.growth}
                    palette={palette}
                    caption={caption}
                    language={state.language}
                    onSelectCity={actions.selectCity}
                    onOpenRecord={actions.openRecord}
                  />
                </Suspense>
              </ErrorBoundary>
            )}
            <OpenPanel
              dataset={model.dataset}
              loaded={dataset}
              network={network}
              slice={model.slice}
              state={state}
              selectedNode={model.selectedNode}
              insights={model.insights}
              actions={actions}
              planner={planner}
              drafts={drafts}
            />
          </div>
          {facets.yearExtent && (
            <Timeline
              extent={facets.yearExtent}
              year={state.timelineYear}
              mode={state.timelineMode}
              onYear={actions.setTimelineYear}
              onMode={actions.setTimelineMode}
            />
          )}
        </main>
      </div>
    </div>
  );
}

/** Where a view will be, while its code is fetched. */
function ViewLoading() {
  const { t } = useTranslation('shell');
  return (
    <p className="view-loading" role="status">
      {t('viewLoading')}
    </p>
  );
}
