import { describe, expect, it } from 'vitest';
import { Cancelled, createWorkerClient, type WorkerLike } from '../../../src/workers/client';
import { serve, type JobContext, type WorkerScopeLike } from '../../../src/workers/serve';

type Listener = (event: MessageEvent<unknown>) => void;

/**
 * A worker and its global wired together in one thread: messages are cloned and delivered on a
 * later task, as between a page and a real worker. Counts the workers made and terminated.
 */
function fakeWorkers<Request, Result, Partial>(
  handler: (request: Request, job: JobContext<Partial>) => Result | Promise<Result>,
  isRequest: (value: unknown) => value is Request,
) {
  const stats = { created: 0, terminated: 0 };
  const create = (): WorkerLike => {
    stats.created++;
    const toPage: Listener[] = [];
    const toWorker: Listener[] = [];
    let alive = true;
    const deliver = (listeners: Listener[], data: unknown) =>
      setTimeout(() => {
        if (alive) for (const l of listeners) l({ data: structuredClone(data) } as MessageEvent);
      });
    const scope: WorkerScopeLike = {
      postMessage: (message) => void deliver(toPage, message),
      addEventListener: (_type, listener) => toWorker.push(listener),
    };
    serve(handler, { isRequest, scope });
    return {
      postMessage: (message: unknown) => void deliver(toWorker, message),
      addEventListener: (type: string, listener: Listener) => {
        if (type === 'message') toPage.push(listener);
      },
      terminate: () => {
        alive = false;
        stats.terminated++;
      },
    } as unknown as WorkerLike;
  };
  return { create, stats };
}

const isNumber = (value: unknown): value is number => typeof value === 'number';

/** Counts to `request` in steps, reporting progress and each step as a partial result. */
async function countTo(request: number, job: JobContext<number>) {
  for (let i = 1; i <= request; i++) {
    if (job.cancelled()) return -1;
    job.progress(i / request);
    job.partial(i);
    await job.pause();
  }
  return request * 10;
}

describe('the worker client', () => {
  it('reports progress and partial results, then resolves with the result', async () => {
    const { create } = fakeWorkers(countTo, isNumber);
    const client = createWorkerClient<number, number, number>({ create });
    const progress: number[] = [];
    const partials: number[] = [];
    const job = client.run(4, {
      onProgress: (done) => progress.push(done),
      onPartial: (value) => partials.push(value),
    });
    await expect(job.result).resolves.toBe(40);
    expect(progress).toEqual([0.25, 0.5, 0.75, 1]);
    expect(partials).toEqual([1, 2, 3, 4]);
  });

  it('lets the latest run win: the one before is cancelled and its answers are dropped', async () => {
    const { create, stats } = fakeWorkers(countTo, isNumber);
    const client = createWorkerClient<number, number, number>({ create });
    const partials: number[] = [];
    const first = client.run(50, { onPartial: (value) => partials.push(value) });
    const second = client.run(2);
    await expect(first.result).rejects.toBeInstanceOf(Cancelled);
    await expect(second.result).resolves.toBe(20);
    expect(partials.length).toBeLessThan(50);
    expect(stats.created).toBe(1);
  });

  it('cancels a job that cannot pause by terminating its worker, and starts a new one after', async () => {
    const { create, stats } = fakeWorkers((n: number) => n + 1, isNumber);
    const client = createWorkerClient<number, number>({ create, terminateOnCancel: true });
    const job = client.run(1);
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(Cancelled);
    expect(stats.terminated).toBe(1);
    await expect(client.run(2).result).resolves.toBe(3);
    expect(stats.created).toBe(2);
  });

  it('turns an error thrown in the worker into a rejection that says what failed', async () => {
    const { create } = fakeWorkers((): number => {
      throw new Error('out of memory while parsing cities.csv');
    }, isNumber);
    const client = createWorkerClient<number, number>({ create });
    await expect(client.run(1).result).rejects.toThrow('out of memory while parsing cities.csv');
  });

  it('answers a run whose request is malformed with an error, so its caller never waits forever', async () => {
    const { create } = fakeWorkers((n: number) => n, isNumber);
    const client = createWorkerClient<unknown, number>({ create });
    await expect(client.run('not a number').result).rejects.toThrow('malformed request');
    await expect(client.run(7).result).resolves.toBe(7);
  });

  it('ignores malformed messages to the worker and rejects a malformed result', async () => {
    const { create } = fakeWorkers((n: number) => (n > 0 ? n : 'not a number'), isNumber);
    const client = createWorkerClient<number, number>({ create, isResult: isNumber });
    await expect(client.run(-1).result).rejects.toThrow('malformed result');
    await expect(client.run(5).result).resolves.toBe(5);
  });

  it('rejects the running job on destroy, terminates the worker, and can be destroyed twice', async () => {
    const { create, stats } = fakeWorkers(countTo, isNumber);
    const client = createWorkerClient<number, number, number>({ create });
    const job = client.run(100);
    client.destroy();
    client.destroy();
    await expect(job.result).rejects.toBeInstanceOf(Cancelled);
    expect(stats.terminated).toBe(1);
    await expect(client.run(1).result).rejects.toBeInstanceOf(Cancelled);
  });
});
