import { countryName } from '../domain/countries';
import type { Dataset } from '../domain/dataset';
import { partnershipType, partnershipYears, workshopDates } from '../domain/format';
import type { NetworkEdge, NetworkNode } from '../domain/network';
import { EDGE_KIND_LABELS } from '../domain/palette';
import { plural } from '../domain/summary';

/** Records listed in a link tooltip before "and N more". */
const MAX_RECORDS = 4;

interface Props {
  x: number;
  y: number;
  dataset: Dataset;
  node?: NetworkNode;
  edge?: NetworkEdge;
}

/** The tooltip next to the pointer: a city's identity and counts, or the records behind a link. */
export function MapTooltip({ x, y, dataset, node, edge }: Props) {
  if (!node && !edge) return null;
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: x + 14, top: y + 14 }}>
      {node && <CityTip node={node} />}
      {edge && <LinkTip edge={edge} dataset={dataset} />}
    </div>
  );
}

function CityTip({ node }: { node: NetworkNode }) {
  const { city } = node;
  return (
    <>
      <div className="tip-title">{city.name}</div>
      {city.localName && <div className="tip-local">{city.localName}</div>}
      <div className="tip-meta">
        {countryName(city.country)}
        {city.kind ? ` · ${city.kind}` : ''}
      </div>
      <div>
        {plural(node.partnerships, 'partnership')} · {plural(node.workshops, 'workshop')} ·{' '}
        {plural(node.links, 'link')}
      </div>
    </>
  );
}

function LinkTip({ edge, dataset }: { edge: NetworkEdge; dataset: Dataset }) {
  const name = (id: string) => dataset.cityById.get(id)?.name ?? id;
  // A partnership reads as its file writes it (Japanese side first in the bundled data).
  const first = edge.partnerships[0];
  const [a, b] = first ? [first.cityAId, first.cityBId] : [edge.source, edge.target];
  const records = [
    ...edge.partnerships.map((p) => (
      <li key={`p-${p.id}`}>
        <div>
          {partnershipType(p.type) || 'Partnership'} · {partnershipYears(p)}
          {p.status !== 'active' ? ` · ${p.status}` : ''}
        </div>
        {p.themes.length > 0 && <div className="tip-meta">{p.themes.join(', ')}</div>}
        {p.source && <div className="tip-source">Source: {p.source}</div>}
      </li>
    )),
    ...edge.workshops.map((w) => (
      <li key={`w-${w.id}`}>
        <div>{w.title}</div>
        <div className="tip-meta">
          {workshopDates(w)}
          {w.themes.length > 0 ? ` · ${w.themes.join(', ')}` : ''}
        </div>
        {w.source && <div className="tip-source">Source: {w.source}</div>}
      </li>
    )),
  ];
  return (
    <>
      <div className="tip-title">
        {name(a)} – {name(b)}
      </div>
      <div className="tip-meta">{EDGE_KIND_LABELS[edge.kind]}</div>
      <ul className="tip-records">{records.slice(0, MAX_RECORDS)}</ul>
      {records.length > MAX_RECORDS && (
        <div className="tip-meta">and {records.length - MAX_RECORDS} more</div>
      )}
    </>
  );
}
