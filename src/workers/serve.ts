/**
 * The worker side of the protocol: `serve` answers runs with a handler, reports its progress and
 * partial results, turns a thrown error into an `error` reply (so the page says what failed
 * instead of waiting), and lets a handler that works in steps see whether it was cancelled.
 */
import { pause } from './pause';
import { isToWorker, type FromWorker } from './protocol';

/** The global of a dedicated worker, as far as `serve` uses it (a fake in unit tests). */
export interface WorkerScopeLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

/** What a handler can do while it runs one job. */
export interface JobContext<Partial> {
  /** Reports the share done, 0..1. */
  progress(done: number): void;
  /** Sends an intermediate result; `transfer` lists buffers to move rather than copy. */
  partial(value: Partial, transfer?: Transferable[]): void;
  /** True once this job was cancelled or a newer one started: stop at the next step. */
  cancelled(): boolean;
  /** Yields to the worker's event loop, so that a cancel or a newer run can arrive. */
  pause(): Promise<void>;
}

/** How `serve` answers. */
export interface ServeOptions<Request, Result> {
  isRequest(value: unknown): value is Request;
  /** Buffers of a result to transfer rather than copy. */
  transfer?(result: Result): Transferable[];
  /** The worker's global; default `self`. */
  scope?: WorkerScopeLike;
}

/** A `run` message with a usable id but a request that failed its check. */
function isMalformedRun(value: unknown): value is { type: 'run'; id: number } {
  const message = value as { type?: unknown; id?: unknown } | null;
  return (
    typeof value === 'object' &&
    message !== null &&
    message.type === 'run' &&
    Number.isSafeInteger(message.id)
  );
}

/** Answers every well-formed run with `handler`; only the latest run is worth finishing. */
export function serve<Request, Result, Partial = never>(
  handler: (request: Request, job: JobContext<Partial>) => Result | Promise<Result>,
  options: ServeOptions<Request, Result>,
): void {
  const scope = options.scope ?? (self as unknown as WorkerScopeLike);
  const post = (message: FromWorker<Result, Partial>, transfer: Transferable[] = []) =>
    scope.postMessage(message, transfer);
  // The job running now, and whether a cancel has come for it. One number, not a set of ids: a
  // cancel for a job that already ended (a synchronous one never hears it) must leave nothing.
  let latest = -1;
  let latestCancelled = false;

  scope.addEventListener('message', (event) => {
    const message = event.data;
    if (!isToWorker(message, options.isRequest)) {
      // A run whose request is malformed is answered, so that its caller never waits forever.
      if (isMalformedRun(message))
        post({ type: 'error', id: message.id, message: 'the worker was sent a malformed request' });
      return;
    }
    if (message.type === 'cancel') {
      if (message.id === latest) latestCancelled = true;
      return;
    }
    const id = message.id;
    latest = id;
    latestCancelled = false;
    const job: JobContext<Partial> = {
      progress: (done) => post({ type: 'progress', id, done: Math.min(1, Math.max(0, done)) }),
      partial: (value, transfer) => post({ type: 'partial', id, value }, transfer),
      cancelled: () => latest !== id || latestCancelled,
      pause,
    };
    void (async () => {
      try {
        const value = await handler(message.request, job);
        if (!job.cancelled()) post({ type: 'done', id, value }, options.transfer?.(value));
      } catch (error) {
        post({
          type: 'error',
          id,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    })();
  });
}
