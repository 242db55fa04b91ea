/**
 * The graph baseline: sigma.js drawing the network's cities and links, placed by longitude and
 * latitude (a fixed layout: the bench measures drawing, not layout). The container's
 * `data-graph-ready` turns `true` after the first render, as in the app once its layout settles.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { KIND_COLOURS, loadNetwork } from './network';
import { sizeContainer } from './size';

const container = sizeContainer('.graph-container');
container.dataset.graphReady = 'false';
const { network } = await loadNetwork();
const { cities, links } = network;

const graph = new Graph({ type: 'undirected', multi: true });
for (let i = 0; i < cities.length / 2; i++) {
  graph.addNode(String(i), { x: cities[i * 2]!, y: cities[i * 2 + 1]!, size: 2, color: '#555' });
}
for (let row = 0; row < links.length; row += 3) {
  const [r, g, b] = KIND_COLOURS[links[row + 2]!]!;
  graph.addEdge(String(links[row]), String(links[row + 1]), {
    size: 0.5,
    color: `rgba(${r},${g},${b},0.5)`,
  });
}
const sigma = new Sigma(graph, container, { renderLabels: false, hideEdgesOnMove: false });
sigma.once('afterRender', () => {
  container.dataset.graphReady = 'true';
});
sigma.refresh();
