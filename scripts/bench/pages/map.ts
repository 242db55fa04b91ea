/**
 * Baselines for the map: the app's basemap in a bare MapLibre map (`?links=` absent: the floor),
 * or the same links drawn by deck.gl over it (`?links=line` or `arc`: the anchor). The container's
 * `data-map-idle` turns `true` once everything is drawn, as in the app.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { offlineStyle } from '../../../src/map/style';
import { loadNetwork } from './network';
import { sizeContainer } from './size';

setWorkerUrl(workerUrl);
const container = sizeContainer('.map-container');
container.dataset.mapIdle = 'false';
const links = new URL(location.href).searchParams.get('links');

const { network, bounds } = await loadNetwork();
const basemap = new URL('/app/basemap/countries.geojson', location.href).href;
const map = new MapLibreMap({
  container,
  // The font is never fetched: the bare map draws no label.
  style: offlineStyle(basemap, new URL('/app/unused.woff2', location.href).href),
  bounds,
  fitBoundsOptions: { padding: 40 },
  attributionControl: false,
  renderWorldCopies: false,
});
if (links === 'line' || links === 'arc') {
  const { addLinks } = await import('./deckLinks');
  addLinks(map, network, links);
}
map.on('idle', () => {
  container.dataset.mapIdle = 'true';
});
map.on('movestart', () => {
  container.dataset.mapIdle = 'false';
});
