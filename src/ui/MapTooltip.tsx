import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset';
import type { NetworkEdge, NetworkNode } from '../domain/network';
import { readingOrder } from '../domain/networkReading';
import { nameOfCity } from './cities';
import { useWords } from './wording';

/** Records listed in a link tooltip before "and N more". */
const MAX_RECORDS = 4;

interface Props {
  x: number;
  y: number;
  dataset: Dataset;
  node?: NetworkNode;
  edge?: NetworkEdge;
  /** The places of a cluster, by id, named through `nodeById`. */
  cluster?: readonly string[];
  nodeById?: ReadonlyMap<string, NetworkNode>;
  /** A last line on what a click does, in the reader's words. */
  hint?: string;
}

/** The tooltip next to the pointer: a city's identity and counts, or the records behind a link. */
export function MapTooltip({ x, y, dataset, node, edge, cluster, nodeById, hint }: Props) {
  if (!node && !edge && !cluster) return null;
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: x + 14, top: y + 14 }}>
      {node && <CityTip node={node} />}
      {edge && <LinkTip edge={edge} dataset={dataset} />}
      {cluster && <ClusterTip members={cluster} nodeById={nodeById} />}
      {hint && <div className="tip-meta">{hint}</div>}
    </div>
  );
}

function CityTip({ node }: { node: NetworkNode }) {
  const { t } = useTranslation('view');
  const words = useWords();
  const { city } = node;
  const names = words.cityNames(city);
  return (
    <>
      <div className="tip-title" lang={names.primaryLang}>
        {names.primary}
      </div>
      {names.secondary && (
        <div className="tip-local" lang={names.secondaryLang}>
          {names.secondary}
        </div>
      )}
      <div className="tip-meta">{words.cityMeta(city)}</div>
      <div>
        {words.facts([
          t('tooltip.partnerships', { count: node.partnerships }),
          t('tooltip.workshops', { count: node.workshops }),
          t('tooltip.links', { count: node.links }),
        ])}
      </div>
    </>
  );
}

/** Names listed in a cluster tooltip before "and N more". */
const MAX_NAMES = 8;

/** A cluster's count and its places, the busiest first (they are what a reader looks for). */
function ClusterTip({
  members,
  nodeById,
}: {
  members: readonly string[];
  nodeById?: ReadonlyMap<string, NetworkNode>;
}) {
  const { t } = useTranslation('view');
  const words = useWords();
  const nodes = members
    .flatMap((id) => nodeById?.get(id) ?? [])
    .sort((a, b) => b.links - a.links || a.city.name.localeCompare(b.city.name));
  const listed = nodes.slice(0, MAX_NAMES);
  return (
    <>
      <div className="tip-title">{t('tooltip.clusterTitle', { count: members.length })}</div>
      <ul className="tip-records">
        {listed.map((member) => {
          const names = words.cityNames(member.city);
          return (
            <li key={member.id} lang={names.primaryLang}>
              {names.primary}
            </li>
          );
        })}
      </ul>
      {nodes.length > listed.length && (
        <div className="tip-meta">
          {t('tooltip.morePlaces', { count: nodes.length - listed.length })}
        </div>
      )}
    </>
  );
}

function LinkTip({ edge, dataset }: { edge: NetworkEdge; dataset: Dataset }) {
  const { t } = useTranslation(['view', 'terms', 'records']);
  const words = useWords();
  const name = (id: string) => nameOfCity(dataset, words, id);
  const [a, b] = readingOrder(edge);
  const records = [
    ...edge.partnerships.map((p) => (
      <li key={`p-${p.id}`}>
        <div>{words.facts(words.partnershipFacts(p))}</div>
        {p.themes.length > 0 && <div className="tip-meta">{words.themes(p.themes)}</div>}
        {p.source && <div className="tip-source">{t('tooltip.source', { source: p.source })}</div>}
      </li>
    )),
    ...edge.workshops.map((w) => (
      <li key={`w-${w.id}`}>
        <div>{w.title}</div>
        <div className="tip-meta">
          {words.facts([words.workshopDates(w), w.themes.length > 0 && words.themes(w.themes)])}
        </div>
        {w.source && <div className="tip-source">{t('tooltip.source', { source: w.source })}</div>}
      </li>
    )),
  ];
  return (
    <>
      <div className="tip-title">{t('records:pair', { a: name(a), b: name(b) })}</div>
      <div className="tip-meta">{t(`terms:linkKind.${edge.kind}`)}</div>
      <ul className="tip-records">{records.slice(0, MAX_RECORDS)}</ul>
      {records.length > MAX_RECORDS && (
        <div className="tip-meta">{t('tooltip.more', { count: records.length - MAX_RECORDS })}</div>
      )}
    </>
  );
}
