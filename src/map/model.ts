/**
 * What the map is asked to show (the model its lifecycle object and its overlays read), and what
 * its lifecycle object takes and gives (see `createMapView`).
 */
import type { CityStyle } from '../domain/cityStyle';
import type { Dataset } from '../domain/dataset';
import type { LinkColorMode } from '../domain/encoding';
import type { Network, NetworkNode } from '../domain/network';
import type { ThemePalette } from '../domain/palette';
import type { Highlight } from '../domain/records';
import type { Box } from './freeArea';

/** A map camera: centre `[lon, lat]` and zoom. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/** What the map shows. */
export interface MapModel {
  dataset: Dataset;
  network: Network;
  palette: ThemePalette;
  cityStyle: CityStyle;
  /** A city's label in the reader's language; the app words it, the map only draws it. */
  nameOf(node: NetworkNode): string;
  colorBy: LinkColorMode;
  selectedCityId: string | null;
  /**
   * The open record's or link's cities (with their roles) and links, brought to the front while
   * the rest fades; null when none is open. A hovered city still takes the focus while hovered.
   */
  highlight: Highlight | null;
  /** A city hovered in another view, highlighted here too. */
  linkedHoverCityId: string | null;
  /** Links with a record starting in this year get a halo (the timeline's year); null for none. */
  highlightYear: number | null;
  /** The camera to show; null lets the map fit the data. The map reports its moves back. */
  camera: Camera | null;
}

/** What the pointer is over, with its position in the map container (pixels). */
export type MapHover =
  | { type: 'city'; id: string; x: number; y: number }
  | { type: 'link'; id: string; x: number; y: number }
  | { type: 'cluster'; members: readonly string[]; x: number; y: number };

/** What covers the map, in pixels of its container: the legend apart, since it can fold. */
export interface MapCovers {
  fixed: Box[];
  /** The open legend; null when it is folded (a folded legend is one of the fixed covers). */
  legend: Box | null;
}

/** The words of MapLibre's own canvas and controls, in the reader's language. */
export interface MapControlLabels {
  /** The canvas' accessible name. */
  canvas: string;
  zoomIn: string;
  zoomOut: string;
  attribution: string;
}

export interface MapViewOptions {
  /**
   * The words of the map's own controls (default: MapLibre's English); MapLibre takes them once,
   * when the map is made, so another language needs another map.
   */
  labels?: MapControlLabels;
  /** Absolute URL of the offline basemap GeoJSON. */
  basemapUrl: string;
  /** Absolute URL of the label font (woff2). */
  fontUrl: string;
  /** A remote style to use instead of the offline basemap (a deployment with internet). */
  styleUrl?: string;
  onHover(hover: MapHover | null): void;
  onSelectCity(cityId: string | null): void;
  /** A click on a link (no city under the pointer), by its network edge id. */
  onSelectLink(edgeId: string): void;
  /** Called when the user has moved the camera (after the move ends). */
  onCameraChange(camera: Camera): void;
  /** What covers the map now, so that fitting and easing show the data beside it. */
  covers?(): MapCovers;
  /** The selection is under the legend and the map has too little room beside it: fold it. */
  onFoldLegend?(): void;
}

export interface MapView {
  update(model: MapModel): void;
  /** Fits the camera to every city of the current network. */
  resetView(): void;
  /**
   * The map as it is now, drawn at `scale` × its CSS size (`scale` device pixels per CSS pixel,
   * whatever the screen's) and copied to a new 2D canvas; null when the map has not loaded, is
   * gone, or the browser drew it smaller than asked (a canvas over its limits).
   */
  snapshot(scale: number): Promise<HTMLCanvasElement | null>;
  /**
   * The longest side, in pixels, this map can draw its canvas at: MapLibre's `maxCanvasSize`
   * and WebGL's renderbuffer, texture and viewport limits, whichever is least.
   */
  maxCanvasSide(): number;
  destroy(): void;
}
