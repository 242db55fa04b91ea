/**
 * The contract of a map overlay: a unit that owns some sources and layers and keeps them in step
 * with the model, in the spirit of react-map-gl's `<Layer>` and deck.gl's `updateState`.
 * `MapView` adds every overlay's sources and layers once, calls `update` on every change and
 * removes them on destroy, so a new overlay is one file plus one line in `overlays/index.ts`.
 */
import type { FeatureCollection } from 'geojson';
import type {
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { LinkDensity } from '../../domain/density';
import type { MapClusters } from '../clusterState';
import type { MapModel } from '../model';
import type { FocusTarget } from '../sources';

/** What overlays draw: the map's model plus the focus `MapView` derives from hover, highlight and selection. */
export interface OverlayModel extends MapModel {
  /**
   * Feature ids in focus: the hovered city's neighbourhood (here or in a linked view), else the
   * highlight's cities and links, else the selected city's neighbourhood (`createFocusTracker`);
   * null when nothing is focused. The same object while the focus does not change.
   */
  focus: FocusTarget | null;
  /** Places clustered at the current zoom and the links joined between them (`createClusterTracker`). */
  clusters: MapClusters | null;
  /** How strongly links are drawn for how many there are and how densely they overlap. */
  linkDensity: LinkDensity;
}

/** A paint property's name, such as `line-opacity`, and the values paint properties take. */
export type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
export type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];

/**
 * The few map calls an overlay makes after its layers exist. `MapView` passes the real map
 * behind it; tests pass a fake that records the calls.
 */
export interface OverlayMap {
  setData(source: string, data: FeatureCollection): void;
  setFilter(layer: string, filter: FilterSpecification): void;
  setPaintProperty(layer: string, name: PaintName, value: PaintValue): void;
  setFeatureState(feature: { source: string; id: number }, state: { focus: boolean }): void;
  removeFeatureState(target: { source: string }): void;
}

/** One overlay: its sources and layers (bottom to top) and how it follows the model. */
export interface MapOverlay {
  /** Names the overlay in errors and tests. */
  id: string;
  /** Sources it owns, as `[source id, source]`; added before any overlay's layers. */
  sources: readonly (readonly [string, GeoJSONSourceSpecification])[];
  /** Layers it owns, bottom to top; they may draw from another overlay's sources. */
  layers: readonly LayerSpecification[];
  /**
   * Brings the overlay from `previous` (null on the first call, right after its layers were
   * added) to `model`, calling `map` only for the inputs that changed.
   */
  update(model: OverlayModel, previous: OverlayModel | null, map: OverlayMap): void;
}

/** True when the focus went from none to some, or back: the layers' opacity rule changes. */
export function focusToggled(model: OverlayModel, previous: OverlayModel | null): boolean {
  return (model.focus !== null) !== ((previous?.focus ?? null) !== null);
}
