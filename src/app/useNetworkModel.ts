/** Everything the panes show that is derived from the dataset and the state, never stored. */
import { useDeferredValue, useMemo } from 'react';
import { cityStyle, type CityStyle } from '../domain/cityStyle';
import type { Dataset } from '../domain/dataset';
import { withDrafts, type Draft } from '../domain/drafts';
import { datasetFacets, type Facets } from '../domain/facets';
import type { Filters } from '../domain/filters';
import type { NetworkMetrics } from '../domain/metrics';
import { buildNetwork, type Network, type NetworkNode } from '../domain/network';
import { themePalette, type ThemePalette } from '../domain/palette';
import { cityInsights, type CityInsight } from '../domain/profile';
import {
  linkHighlight,
  recordHighlight,
  sliceWhenRead,
  type Highlight,
  type HighlightRole,
  type RecordSlice,
} from '../domain/records';
import type { GraphModel } from '../graph/GraphView';
import { cityName } from '../i18n/names';
import type { MapModel } from '../map/MapView';
import type { AppState } from '../state/store';
import { useMetrics } from './useMetrics';

/** What a view draws, but the hovered city: that comes from the hover store, in the pane itself. */
export type Unhovered<Model> = Omit<Model, 'linkedHoverCityId'>;

/** The network model of the data as the state filters and styles it. */
export interface NetworkModel {
  /** The data with the planner's drafts added as proposed partnerships: what the views show. */
  dataset: Dataset;
  /**
   * The filters the network and slice were made with: the state's, or for a moment after a
   * filter control changed them, the ones before (see `useShownFilters`). Whatever is paired
   * with the network (reach, planner, exports, captions) reads these.
   */
  filters: Filters;
  /** Drafts naming a city the data lacks: kept, not drawn. */
  missingDrafts: readonly Draft[];
  facets: Facets;
  palette: ThemePalette;
  network: Network;
  /** The workshops and partnerships of the current filters, for the record tables. */
  slice: RecordSlice;
  metrics: NetworkMetrics;
  cityStyle: CityStyle;
  /** The selected city's node, when it is in the network. */
  selectedNode: NetworkNode | undefined;
  /** What is worth telling about the selected city's place in the network (the UI words it). */
  insights: CityInsight[];
  /** What the open record or link brings to the front in the map and the graph; null for none. */
  highlight: Highlight | null;
  /** The roles of the highlighted cities the network draws, for the legend's key. */
  roles: HighlightRole[];
  map: Unhovered<MapModel>;
  graph: Unhovered<GraphModel>;
}

/** Derives the network, its metrics and styles, and the map's and graph's models, memoised. */
export function useNetworkModel(
  source: Dataset,
  state: AppState,
  drafts: readonly Draft[],
): NetworkModel {
  // The views draw the data and the planner's drafts; facets and colours are the data's own.
  const withDraftsAdded = useMemo(() => withDrafts(source, drafts), [source, drafts]);
  const dataset = withDraftsAdded.dataset;
  const facets = useMemo(() => datasetFacets(source), [source]);
  const palette = useMemo(() => themePalette(source), [source]);
  const { filters, timelineYear } = useShownFilters(state);
  const network = useMemo(() => buildNetwork(dataset, filters), [dataset, filters]);
  // The tables list the data's records, not the drafts.
  const slice = useMemo(() => sliceWhenRead(source, filters), [source, filters]);
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
    () => (selected ? cityInsights(selected, metrics) : []),
    [selected, metrics],
  );
  const { record, openLinkId } = state;
  const highlight = useMemo(() => {
    if (record) return recordHighlight(dataset, network, record);
    return openLinkId ? linkHighlight(network, openLinkId) : null;
  }, [dataset, network, record, openLinkId]);
  const roles = useMemo(() => {
    if (!highlight) return [];
    const drawn = new Set(network.nodes.map((node) => node.id));
    return [...highlight.roles].flatMap(([cityId, role]) => (drawn.has(cityId) ? [role] : []));
  }, [highlight, network]);
  const { linkColorBy, camera, language } = state;
  // Labels on the map and the graph: a Japanese city by its local name in the Japanese UI.
  const nameOf = useMemo(() => (node: NetworkNode) => cityName(node.city, language), [language]);
  const map = useMemo(
    () => ({
      dataset,
      network,
      palette,
      cityStyle: style,
      nameOf,
      colorBy: linkColorBy,
      selectedCityId: selected,
      highlight,
      highlightYear: timelineYear,
      camera,
    }),
    [
      dataset,
      network,
      palette,
      style,
      nameOf,
      linkColorBy,
      selected,
      highlight,
      timelineYear,
      camera,
    ],
  );
  const graph = useMemo(
    () => ({
      network,
      cityStyle: style,
      nameOf,
      linkColorBy,
      palette,
      selectedCityId: selected,
      highlight,
    }),
    [network, style, nameOf, linkColorBy, palette, selected, highlight],
  );
  return useMemo(
    () => ({
      dataset,
      filters,
      missingDrafts: withDraftsAdded.missing,
      facets,
      palette,
      network,
      slice,
      metrics,
      cityStyle: style,
      selectedNode,
      insights,
      highlight,
      roles,
      map,
      graph,
    }),
    [
      dataset,
      filters,
      withDraftsAdded,
      facets,
      palette,
      network,
      slice,
      metrics,
      style,
      selectedNode,
      insights,
      highlight,
      roles,
      map,
      graph,
    ],
  );
}

/**
 * The filters the views draw, with the timeline's year (the links it marks as new belong to the
 * network of the same step). A filter control answers at once: the network it asks for follows in
 * a render of its own, which React runs after the control has painted (at 100,000 links the
 * network takes a tenth of a second and up). But filters that change with the selection or the
 * open record (a scene, a shared link, Back) are drawn at once, so that a record never meets the
 * network of the filters before and reads as filtered out.
 */
function useShownFilters(state: AppState): Pick<AppState, 'filters' | 'timelineYear'> {
  const { record, openLinkId, selectedCityId, filters, timelineYear } = state;
  const opened = useMemo(
    () => ({ record, openLinkId, selectedCityId }),
    [record, openLinkId, selectedCityId],
  );
  const asked = useMemo(() => ({ filters, timelineYear }), [filters, timelineYear]);
  const deferred = useDeferredValue(asked);
  const deferredOpened = useDeferredValue(opened);
  return deferredOpened === opened ? deferred : asked;
}
