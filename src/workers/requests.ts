/**
 * What the page sends the metrics and load workers, with guards: structured clone carries no
 * types, so a worker checks a request's shape before it trusts it. Apart from the entry points,
 * so that the page can import these without starting a worker's `serve`.
 */
import { inputBuffers, type MetricsInput, type PackedMetrics } from '../domain/metrics';
import { INPUT_KINDS, type InputKind } from '../io/issues';
import type { DatasetTexts } from '../io/load';

/** Page → metrics worker: the network to measure, as typed arrays (see `metricsInput`). */
export interface MetricsRequest {
  input: MetricsInput;
}

/** Metrics worker → page: the network's metrics, as columns in the order of its city ids. */
export type MetricsResult = PackedMetrics;

/** The buffers a metrics request moves to the worker: the page keeps no copy of them. */
export const metricsTransfer = (request: MetricsRequest) => inputBuffers(request.input);

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

/**
 * True for a request whose input has city ids and links as typed arrays of one length, each end
 * a position among the ids.
 */
export function isMetricsRequest(value: unknown): value is MetricsRequest {
  if (!isObject(value) || !('input' in value) || !isObject(value.input)) return false;
  const input = value.input as Partial<Record<keyof MetricsInput, unknown>>;
  const { cityIds, sources, targets, weights } = input;
  if (!Array.isArray(cityIds) || !cityIds.every((id) => typeof id === 'string')) return false;
  if (!(sources instanceof Int32Array && targets instanceof Int32Array)) return false;
  if (!(weights instanceof Float64Array)) return false;
  const n = cityIds.length;
  const inRange = (ends: Int32Array) => ends.every((end) => end >= 0 && end < n);
  return (
    sources.length === targets.length &&
    sources.length === weights.length &&
    inRange(sources) &&
    inRange(targets)
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
