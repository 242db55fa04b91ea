/** What the map is asked to show: the model its lifecycle object and its overlays read. */
import type { CityStyle } from '../domain/cityStyle';
import type { Dataset } from '../domain/dataset';
import type { LinkColorMode } from '../domain/encoding';
import type { Network, NetworkNode } from '../domain/network';
import type { ThemePalette } from '../domain/palette';
import type { Highlight } from '../domain/records';

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
