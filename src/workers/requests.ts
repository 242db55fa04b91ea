/**
 * What the page sends the metrics and load workers, with guards: structured clone carries no
 * types, so a worker checks a request's shape before it trusts it. Apart from the entry points,
 * so that the page can import these without starting a worker's `serve`.
 */
import type { NetworkMetrics } from '../domain/metrics';
import type { Network } from '../domain/network';
import { INPUT_KINDS, type InputKind } from '../io/issues';
import type { DatasetTexts } from '../io/load';

/** Page → metrics worker: the network to measure. */
export interface MetricsRequest {
  network: Network;
}

/** Metrics worker → page: the network's metrics. */
export type MetricsResult = NetworkMetrics;

/**
 * Page → load worker: the files to load, as text or bytes, the names they are shown by, and a
 * workbook to read first (its sheets join `texts`; its kinds are not known before it is opened).
 */
export interface LoadRequest {
  texts: DatasetTexts;
  names?: Partial<Record<InputKind, string>>;
  workbook?: { name: string; bytes: Uint8Array };
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** True for a request whose network has arrays of nodes and edges. */
export function isMetricsRequest(value: unknown): value is MetricsRequest {
  if (!isObject(value) || !('network' in value)) return false;
  const network = value.network;
  return (
    isObject(network) &&
    'nodes' in network &&
    'edges' in network &&
    Array.isArray(network.nodes) &&
    Array.isArray(network.edges)
  );
}

/** True for a request whose inputs are only the contract's, each as text or bytes. */
export function isLoadRequest(value: unknown): value is LoadRequest {
  if (!isObject(value) || !('texts' in value) || !isObject(value.texts)) return false;
  const known = (kind: string) => INPUT_KINDS.some((input) => input === kind);
  const textsOk = Object.entries(value.texts).every(
    ([kind, content]) =>
      known(kind) &&
      (content === undefined || typeof content === 'string' || content instanceof Uint8Array),
  );
  const names = 'names' in value ? value.names : undefined;
  const namesOk =
    names === undefined ||
    (isObject(names) &&
      Object.entries(names).every(
        ([kind, name]) => known(kind) && (name === undefined || typeof name === 'string'),
      ));
  const workbook = 'workbook' in value ? value.workbook : undefined;
  const workbookOk =
    workbook === undefined ||
    (isObject(workbook) &&
      'name' in workbook &&
      typeof workbook.name === 'string' &&
      'bytes' in workbook &&
      workbook.bytes instanceof Uint8Array);
  return textsOk && namesOk && workbookOk;
}
