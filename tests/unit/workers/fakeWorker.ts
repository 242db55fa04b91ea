/** A worker entry point run in the test's thread behind a fake global (not a test file itself). */
import { vi } from 'vitest';
import type { WorkerLike } from '../../../src/workers/client';
import type { WorkerScopeLike } from '../../../src/workers/serve';

type Listener = (event: MessageEvent<unknown>) => void;

/** A started fake worker: what the page holds, what the worker said, and whether it was ended. */
export interface FakeWorker {
  worker: WorkerLike;
  /** Every message the worker posted, in order. */
  said: unknown[];
  terminated(): boolean;
}

/**
 * Runs the entry point `load` imports (a fresh copy of the module) with `self` a fake worker
 * global. Messages are cloned when posted (buffers in the transfer list move, leaving the
 * sender's detached) and delivered on a later task, as between a page and a worker.
 */
export async function startWorker(load: () => Promise<unknown>): Promise<FakeWorker> {
  const toPage: Listener[] = [];
  const toWorker: Listener[] = [];
  const said: unknown[] = [];
  let alive = true;
  const deliver = (listeners: Listener[], message: unknown, transfer: Transferable[] = []) => {
    const data = structuredClone(message, { transfer });
    setTimeout(() => {
      if (alive) for (const l of listeners) l({ data } as MessageEvent);
    });
  };
  const scope: WorkerScopeLike = {
    postMessage: (message, transfer) => {
      said.push(message);
      deliver(toPage, message, transfer);
    },
    addEventListener: (_type, listener) => toWorker.push(listener),
  };
  vi.resetModules();
  vi.stubGlobal('self', scope);
  try {
    await load();
  } finally {
    vi.unstubAllGlobals();
  }
  const worker = {
    postMessage: (message: unknown, transfer?: Transferable[]) =>
      void deliver(toWorker, message, transfer),
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'message') toPage.push(listener);
    },
    terminate: () => {
      alive = false;
    },
  } as unknown as WorkerLike;
  return { worker, said, terminated: () => !alive };
}
