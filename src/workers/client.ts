/**
 * One typed client for every worker (layout, metrics, load): each run gets an id, the latest run
 * wins (starting one cancels the one before, and late answers to it are dropped), progress and
 * partial results reach the caller, cancelling rejects with `Cancelled`, and a malformed reply is
 * ignored rather than trusted.
 */
import { isFromWorker, type ToWorker } from './protocol';

/** The part of a `Worker` the client uses (a fake in unit tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** The rejection of a job that was cancelled, or replaced by a newer run. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** A run under way. */
export interface Job<Result> {
  /** Resolves with the result; rejects with `Cancelled`, or an Error when the worker fails. */
  result: Promise<Result>;
  /** Stops the job; safe to call after it has ended. */
  cancel(): void;
}

/** What a run reports while it works. */
export interface RunHandlers<Partial> {
  /** Share done, 0..1. */
  onProgress?(done: number): void;
  /** An intermediate result (for example a layout's positions so far). */
  onPartial?(value: Partial): void;
}

/** How to make and talk to one kind of worker. */
export interface WorkerClientOptions<Request, Result, Partial> {
  /** Makes the worker; called on first run, and again after a terminating cancel. */
  create(): WorkerLike;
  /** Checks a result's shape before it is handed on; default: any value. */
  isResult?(value: unknown): value is Result;
  /** Checks a partial result's shape; default: any value. */
  isPartial?(value: unknown): value is Partial;
  /**
   * True when the worker's job runs in one piece and cannot hear a `cancel` (parsing a file):
   * cancelling then terminates the worker, and the next run starts a new one.
   */
  terminateOnCancel?: boolean;
  /** Buffers to transfer rather than copy with a request. */
  transfer?(request: Request): Transferable[];
}

/** The client of one worker. */
export interface WorkerClient<Request, Result, Partial = never> {
  /** Runs `request`, cancelling the run before it (latest wins). */
  run(request: Request, handlers?: RunHandlers<Partial>): Job<Result>;
  /** Cancels any run and terminates the worker; safe to call twice. */
  destroy(): void;
}

interface Pending<Result, Partial> {
  id: number;
  handlers: RunHandlers<Partial>;
  resolve(value: Result): void;
  reject(error: Error): void;
}

/** Creates a client; no worker is started until the first run. */
export function createWorkerClient<Request, Result, Partial = never>(
  options: WorkerClientOptions<Request, Result, Partial>,
): WorkerClient<Request, Result, Partial> {
  // Without a guard, any value passes (the worker is ours; guards are for untrusted shapes).
  const isResult = options.isResult ?? ((value: unknown): value is Result => value !== undefined);
  const isPartial =
    options.isPartial ?? ((value: unknown): value is Partial => value !== undefined);
  let worker: WorkerLike | null = null;
  let pending: Pending<Result, Partial> | null = null;
  let nextId = 1;
  let destroyed = false;

  const settle = (job: Pending<Result, Partial>, outcome: () => void) => {
    if (pending !== job) return;
    pending = null;
    outcome();
  };

  const onMessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    const job = pending;
    // Answers to a run that has been replaced or cancelled are dropped.
    if (!job || !isFromWorker(message) || message.id !== job.id) return;
    switch (message.type) {
      case 'progress':
        job.handlers.onProgress?.(message.done);
        return;
      case 'partial':
        if (isPartial(message.value)) job.handlers.onPartial?.(message.value);
        return;
      case 'done':
        if (isResult(message.value)) settle(job, () => job.resolve(message.value as Result));
        else
          settle(job, () => job.reject(new Error('the worker answered with a malformed result')));
        return;
      case 'error':
        settle(job, () => job.reject(new Error(message.message)));
        return;
    }
  };

  const onError = (event: ErrorEvent) => {
    event.preventDefault?.();
    const job = pending;
    // The worker is in an unknown state: start afresh on the next run.
    dropWorker();
    if (job) settle(job, () => job.reject(new Error(event.message || 'the worker stopped')));
  };

  const ensureWorker = () => {
    if (worker) return worker;
    worker = options.create();
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    return worker;
  };

  const dropWorker = () => {
    worker?.terminate();
    worker = null;
  };

  const cancel = (job: Pending<Result, Partial>) => {
    if (pending !== job) return;
    if (options.terminateOnCancel) dropWorker();
    else worker?.postMessage({ type: 'cancel', id: job.id } satisfies ToWorker<Request>);
    settle(job, () => job.reject(new Cancelled()));
  };

  return {
    run(request, handlers = {}) {
      if (destroyed) {
        return { result: Promise.reject(new Cancelled()), cancel: () => {} };
      }
      if (pending) cancel(pending);
      let job!: Pending<Result, Partial>;
      const result = new Promise<Result>((resolve, reject) => {
        job = { id: nextId++, handlers, resolve, reject };
      });
      pending = job;
      const message: ToWorker<Request> = { type: 'run', id: job.id, request };
      ensureWorker().postMessage(message, options.transfer?.(request) ?? []);
      return { result, cancel: () => cancel(job) };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (pending) {
        const job = pending;
        settle(job, () => job.reject(new Cancelled()));
      }
      dropWorker();
    },
  };
}
