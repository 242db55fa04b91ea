/**
 * The filtered network as graph files for the next tool: GEXF 1.3 (Gephi, Gephi Lite) through
 * graphology-gexf's writer, and GraphML (Cytoscape, yEd, Gephi, networkx) through a small writer
 * of our own, since graphology-graphml 0.5 only parses. Both carry the same attributes, named as
 * the GeoJSON export names them. Pure text, no DOM.
 */
import { MultiUndirectedGraph } from 'graphology';
import writeGexfText from 'graphology-gexf/common/writer.js';
import { countryName, regionOf } from '../domain/countries';
import type { Dataset } from '../domain/dataset';
import type { NetworkMetrics } from '../domain/metrics';
import { edgeWeight, type Network, type NetworkEdge, type NetworkNode } from '../domain/network';
import { REGION_COLORS } from '../domain/palette';

/** What names the program in the files it writes. */
export const CREATOR = 'c2c-network';

/** Options of `exportGexf` and `exportGraphml`. */
export interface GraphExportOptions {
  /** The network's measures; left out when absent (a worker may still be computing them). */
  metrics?: NetworkMetrics;
  /** What the file says of itself (the filters in words); default: counts of cities and links. */
  description?: string;
  /** When the file is written; default now. */
  exportedAt?: Date;
}

/** A value of an attribute; `null` and `''` are left out of the file. */
type Value = string | number | boolean | null;

/** GraphML's types (GEXF's writer infers its own from the values). */
type GraphmlType = 'string' | 'int' | 'double' | 'boolean';

interface Attribute<T> {
  name: string;
  type: GraphmlType;
  value(item: T): Value;
}

/** A node with its measures, when known. */
interface NodeItem {
  node: NetworkNode;
  metrics: ReturnType<NetworkMetrics['byCity']['get']>;
}

const NODE_ATTRIBUTES: readonly Attribute<NodeItem>[] = [
  { name: 'name', type: 'string', value: ({ node }) => node.city.name },
  { name: 'local_name', type: 'string', value: ({ node }) => node.city.localName },
  { name: 'country', type: 'string', value: ({ node }) => node.city.country },
  { name: 'country_name', type: 'string', value: ({ node }) => countryName(node.city.country) },
  // The city's own region as written (a state, `Scotland`); the programme's region beside it.
  { name: 'region', type: 'string', value: ({ node }) => node.city.region },
  {
    name: 'programme_region',
    type: 'string',
    value: ({ node }) => regionOf(node.city.country),
  },
  // Gephi's GeoLayout reads latitude and longitude from attributes such as these.
  { name: 'lat', type: 'double', value: ({ node }) => node.city.lat },
  { name: 'lon', type: 'double', value: ({ node }) => node.city.lon },
  { name: 'city_kind', type: 'string', value: ({ node }) => node.city.kind },
  { name: 'links', type: 'int', value: ({ node }) => node.links },
  { name: 'partnerships', type: 'int', value: ({ node }) => node.partnerships },
  { name: 'workshops', type: 'int', value: ({ node }) => node.workshops },
  { name: 'degree', type: 'int', value: ({ metrics }) => metrics?.degree ?? null },
  { name: 'weighted_degree', type: 'int', value: ({ metrics }) => metrics?.weightedDegree ?? null },
  { name: 'betweenness', type: 'double', value: ({ metrics }) => metrics?.betweenness ?? null },
  { name: 'group', type: 'int', value: ({ metrics }) => metrics?.community ?? null },
  { name: 'bridges', type: 'int', value: ({ metrics }) => metrics?.bridges ?? null },
];

const EDGE_ATTRIBUTES: readonly Attribute<NetworkEdge>[] = [
  { name: 'link_kind', type: 'string', value: (edge) => edge.kind },
  { name: 'themes', type: 'string', value: (edge) => edge.themes.join(';') },
  { name: 'years', type: 'string', value: (edge) => edge.years.join(';') },
  { name: 'first_year', type: 'int', value: (edge) => edge.years[0] ?? null },
  { name: 'last_year', type: 'int', value: (edge) => edge.years.at(-1) ?? null },
  { name: 'year_unknown', type: 'boolean', value: (edge) => edge.yearUnknown },
  { name: 'records', type: 'int', value: edgeWeight },
  {
    name: 'partnership_ids',
    type: 'string',
    value: (e) => e.partnerships.map((p) => p.id).join(';'),
  },
  { name: 'workshop_ids', type: 'string', value: (e) => e.workshops.map((w) => w.id).join(';') },
];

// XML 1.0 allows tab, LF, CR and the characters from U+0020 on, but not U+FFFE/U+FFFF or a lone
// surrogate; not even as `&#1;`. A reader stops at the first one, so each becomes U+FFFD.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text that XML 1.0 can hold: characters it forbids become U+FFFD (the writers escape the rest). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/**
 * Each id as an XML-safe key (see `xmlSafe`), as node and edge ids are written. An id XML can
 * hold stays itself; two that would become one get `-2`, `-3` …, so that none merges with another.
 */
function safeKeys(ids: readonly string[]): Map<string, string> {
  const taken = new Set(ids.filter((id) => xmlSafe(id) === id));
  const keys = new Map<string, string>();
  for (const id of ids) {
    if (taken.has(id)) {
      keys.set(id, id);
      continue;
    }
    const base = xmlSafe(id);
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    keys.set(id, key);
  }
  return keys;
}

/** The XML-safe keys of the shown nodes and of the edges between them. */
function graphKeys(nodes: readonly NodeItem[], edges: readonly NetworkEdge[]) {
  const nodeKeys = safeKeys(nodes.map((item) => item.node.id));
  const edgeKeys = safeKeys(edges.map((edge) => edge.id));
  return {
    node: (id: string) => nodeKeys.get(id) ?? xmlSafe(id),
    edge: (id: string) => edgeKeys.get(id) ?? xmlSafe(id),
  };
}

const isEmpty = (value: Value) => value === null || value === '';

const safeValue = (value: Value): Value => (typeof value === 'string' ? xmlSafe(value) : value);

/** The nodes a filtered network shows: cities drawn faded for context are not part of it. */
function shownNodes(network: Network, metrics: NetworkMetrics | undefined): NodeItem[] {
  return network.nodes
    .filter((node) => !node.outside)
    .map((node) => ({ node, metrics: metrics?.byCity.get(node.id) }));
}

/** The attributes `item` has a value for, as `[name, value]` in the order of `attributes`. */
function values<T>(attributes: readonly Attribute<T>[], item: T): [string, Exclude<Value, null>][] {
  const result: [string, Exclude<Value, null>][] = [];
  for (const attribute of attributes) {
    const value = attribute.value(item);
    if (!isEmpty(value)) result.push([attribute.name, safeValue(value)!]);
  }
  return result;
}

function describe(network: Network, shown: number, options: GraphExportOptions): string {
  return xmlSafe(
    options.description ?? `${shown} cities and ${network.edges.length} links of the network`,
  );
}

/** `YYYY-MM-DD` of a moment, in UTC (GEXF's `lastmodifieddate` is an `xsd:date`). */
const isoDay = (moment: Date) => moment.toISOString().slice(0, 10);

/**
 * The shown network as GEXF 1.3: nodes are cities (label = name, attributes as in the GeoJSON
 * export plus country name, region, programme region and the measures when given; `viz:color` by
 * programme region and
 * `viz:position` x = lon, y = lat, a map-like start for Gephi's layouts), edges are links (GEXF
 * `kind` = link kind, `weight` = records behind the link). `dataset` is where the links' cities
 * come from, as in `exportGeoJson`; edges whose city is missing from it are skipped.
 */
export function exportGexf(
  network: Network,
  dataset: Dataset,
  options: GraphExportOptions = {},
): string {
  const nodes = shownNodes(network, options.metrics);
  const graph = new MultiUndirectedGraph<{ item: NodeItem }, { edge: NetworkEdge }>();
  graph.replaceAttributes({
    creator: CREATOR,
    description: describe(network, nodes.length, options),
    lastModifiedDate: isoDay(options.exportedAt ?? new Date()),
  });
  const ids = new Set(nodes.map((item) => item.node.id));
  const edges = linkedEdges(network, dataset, { hasNode: (id) => ids.has(id) });
  // Ids are data: a control character in one would make the file malformed, as in any text.
  const key = graphKeys(nodes, edges);
  for (const item of nodes) graph.addNode(key.node(item.node.id), { item });
  for (const edge of edges)
    graph.addEdgeWithKey(key.edge(edge.id), key.node(edge.source), key.node(edge.target), { edge });
  return writeGexfText(graph, {
    version: '1.3',
    // Only creator, description and keywords as meta elements: what GEXF's schema allows there.
    pedantic: true,
    formatNode: (_key, { item }) => ({
      label: xmlSafe(item.node.city.name),
      attributes: Object.fromEntries(values(NODE_ATTRIBUTES, item)),
      viz: {
        color: REGION_COLORS[regionOf(item.node.city.country)],
        x: item.node.city.lon,
        y: item.node.city.lat,
      },
    }),
    formatEdge: (_key, { edge }) => ({
      kind: edge.kind,
      weight: edgeWeight(edge),
      attributes: Object.fromEntries(values(EDGE_ATTRIBUTES, edge)),
    }),
  });
}

/** Edges of `network` whose two cities are in the dataset and among `graph`'s nodes. */
function linkedEdges(
  network: Network,
  dataset: Dataset,
  graph: { hasNode(id: string): boolean },
): NetworkEdge[] {
  return network.edges.filter(
    (edge) =>
      dataset.cityById.has(edge.source) &&
      dataset.cityById.has(edge.target) &&
      graph.hasNode(edge.source) &&
      graph.hasNode(edge.target),
  );
}

const escapeXml = (text: string) =>
  xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // In an attribute value a literal tab or line break would be read back as a space.
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');

const valueText = (value: Exclude<Value, null>) => escapeXml(String(value));

/** Graph-level data of the GraphML file. */
const GRAPH_KEYS = ['creator', 'description', 'exported_at'] as const;

/**
 * The shown network as GraphML: the same nodes, edges and attributes as `exportGexf` (the link
 * kind as `link_kind`, records behind a link as `weight` and `records`), typed with GraphML's
 * `attr.type`, and the creator, a description and the time of export as graph data. One key per
 * attribute, its id being `n_`/`e_`/`g_` and its name. Undirected, parallel edges allowed.
 */
export function exportGraphml(
  network: Network,
  dataset: Dataset,
  options: GraphExportOptions = {},
): string {
  const nodes = shownNodes(network, options.metrics);
  const ids = new Set(nodes.map((item) => item.node.id));
  const edges = linkedEdges(network, dataset, { hasNode: (id) => ids.has(id) });
  const safe = graphKeys(nodes, edges);
  const exportedAt = (options.exportedAt ?? new Date()).toISOString();
  const graphData: Record<(typeof GRAPH_KEYS)[number], string> = {
    creator: CREATOR,
    description: describe(network, nodes.length, options),
    exported_at: exportedAt,
  };
  const key = (prefix: string, target: string, name: string, type: GraphmlType) =>
    `  <key id="${prefix}_${name}" for="${target}" attr.name="${name}" attr.type="${type}"/>`;
  const data = (id: string, value: Exclude<Value, null>, indent: string) =>
    `${indent}<data key="${id}">${valueText(value)}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
      ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...GRAPH_KEYS.map((name) => key('g', 'graph', name, 'string')),
    key('n', 'node', 'label', 'string'),
    ...NODE_ATTRIBUTES.map(({ name, type }) => key('n', 'node', name, type)),
    key('e', 'edge', 'weight', 'double'),
    ...EDGE_ATTRIBUTES.map(({ name, type }) => key('e', 'edge', name, type)),
    '  <graph id="G" edgedefault="undirected">',
    ...GRAPH_KEYS.map((name) => data(`g_${name}`, graphData[name], '    ')),
  ];
  for (const item of nodes) {
    lines.push(`    <node id="${escapeXml(safe.node(item.node.id))}">`);
    lines.push(data('n_label', item.node.city.name, '      '));
    for (const [name, value] of values(NODE_ATTRIBUTES, item))
      lines.push(data(`n_${name}`, value, '      '));
    lines.push('    </node>');
  }
  for (const edge of edges) {
    const ends = `source="${escapeXml(safe.node(edge.source))}" target="${escapeXml(safe.node(edge.target))}"`;
    lines.push(`    <edge id="${escapeXml(safe.edge(edge.id))}" ${ends}>`);
    lines.push(data('e_weight', edgeWeight(edge), '      '));
    for (const [name, value] of values(EDGE_ATTRIBUTES, edge))
      lines.push(data(`e_${name}`, value, '      '));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
