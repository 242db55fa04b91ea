/**
 * The composition root: where the data comes from, the shared state, the hover store, and what is
 * derived from them, handed to the workspace that lays out the panes.
 */
import { useEffect, useReducer, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createHoverStore } from '../state/hover';
import { initialState, reducer } from '../state/store';
import { useDataset } from './useDataset';
import { useDrafts } from './useDrafts';
import { useExportCaption } from './useExportCaption';
import { useExports } from './useExports';
import { useImportFiles } from './useImportFiles';
import { startLanguage, useTranslator } from './useTranslator';
import { useNetworkModel } from './useNetworkModel';
import { usePageDrop } from './usePageDrop';
import { usePlanner } from './usePlanner';
import { usePresentation } from './usePresentation';
import { useReach } from './useReach';
import { useLegendPlacement } from '../ui/useLegendPlacement';
import { useStateActions } from './useStateActions';
import { useUrlSync } from './useUrlSync';
import { Workspace } from './Workspace';

/** The application: loads the data, keeps the state, derives the network, shows the workspace. */
export function App() {
  const [source, data] = useDataset();
  const { dataset } = source.load;
  // The language is known before the data: the page speaks it while loading.
  const [state, dispatch] = useReducer(reducer, null, () => initialState(startLanguage()));
  const translator = useTranslator(state.language);
  // Apart from the reducer: a hover re-renders only the panes that show it, never this component.
  const [hover] = useState(createHoverStore);
  const { notices, sceneProblems, dismissNotices } = useUrlSync(
    source.ready,
    dataset,
    state,
    dispatch,
  );
  const drafts = useDrafts();
  const model = useNetworkModel(dataset, state, drafts.drafts);
  const planner = usePlanner(dataset, model.dataset, model.filters, state, drafts);
  const actions = useStateActions(dispatch, model.facets.yearExtent?.[0] ?? 0);
  const reach = useReach(
    dataset,
    model.slice,
    model.palette,
    model.filters.years,
    state.view === 'reach',
  );
  const caption = useExportCaption(model.filters, source.origin, state.language, translator);
  const exports = useExports(dataset, model.filters, model.network, {
    metrics: model.metrics,
    description: `${caption.filter} · ${caption.source}`,
  });
  const presentation = usePresentation(dataset, state, dispatch);
  // Open at first unless the view is narrow or a city is selected: then it would hide the drawing.
  const legendPlacement = useLegendPlacement(state.view !== 'split' && !state.selectedCityId);

  // An import asks first when it would replace or could add to the user's own data.
  const importFiles = useImportFiles(
    data.importTexts,
    source.origin.kind === 'imported'
      ? { name: source.origin.name, shown: true }
      : source.stored && { name: source.stored.name, shown: false },
  );
  const dragging = usePageDrop(importFiles.run);

  // Escape closes what is open, except while presenting: there it leaves the presentation only.
  const presenting = presentation.index !== null;
  useEffect(() => {
    if (presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') actions.closeAll();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, presenting]);

  return (
    <I18nextProvider i18n={translator}>
      <Workspace
        source={source}
        data={data}
        state={state}
        actions={actions}
        model={model}
        drafts={drafts}
        planner={planner}
        hover={hover}
        importFiles={importFiles}
        exports={exports}
        reach={reach}
        caption={caption}
        presentation={presentation}
        legendPlacement={legendPlacement}
        notices={notices}
        sceneProblems={sceneProblems}
        onDismissNotices={dismissNotices}
        dragging={dragging}
      />
    </I18nextProvider>
  );
}
