/**
 * The one message protocol between the main thread and every worker of the app, with guards:
 * structured clone carries no types, so each side checks a message's shape before trusting it.
 *
 * Main → worker: `run` a request under an id, or `cancel` an id. Worker → main: `progress`
 * (0..1), `partial` results (a layout's intermediate positions), then `done` or `error`.
 */

/** Main → worker: start `request` as job `id`. */
export interface RunMessage<Request> {
  type: 'run';
  id: number;
  request: Request;
}

/** Main → worker: stop job `id` (a job that cannot pause between steps ignores it). */
export interface CancelMessage {
  type: 'cancel';
  id: number;
}

/** Any message to a worker. */
export type ToWorker<Request> = RunMessage<Request> | CancelMessage;

/** Any message from a worker, about job `id`. */
export type FromWorker<Result, Partial = never> =
  | { type: 'progress'; id: number; done: number }
  | { type: 'partial'; id: number; value: Partial }
  | { type: 'done'; id: number; value: Result }
  | { type: 'error'; id: number; message: string };

/** The fields a message may have, all unchecked. */
type Fields = Partial<Record<'type' | 'id' | 'done' | 'value' | 'message' | 'request', unknown>>;
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isId = (value: unknown): value is number => Number.isSafeInteger(value);

/** True for a well-formed message to a worker whose request passes `isRequest`. */
export function isToWorker<Request>(
  value: unknown,
  isRequest: (request: unknown) => request is Request,
): value is ToWorker<Request> {
  if (!isRecord(value) || !isId(value.id)) return false;
  if (value.type === 'cancel') return true;
  return value.type === 'run' && isRequest(value.request);
}

/** True for a well-formed message from a worker (values are checked by the caller's guards). */
export function isFromWorker(value: unknown): value is FromWorker<unknown, unknown> {
  if (!isRecord(value) || !isId(value.id)) return false;
  switch (value.type) {
    case 'progress':
      return typeof value.done === 'number' && value.done >= 0 && value.done <= 1;
    case 'partial':
    case 'done':
      return 'value' in value;
    case 'error':
      return typeof value.message === 'string';
    default:
      return false;
  }
}
