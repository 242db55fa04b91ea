/**
 * A load's dataset reaches the page once the work of its first draw is prepared, and a cancel
 * during that work still cancels the load.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../src/domain/dataset';
import { Cancelled, type WorkerClient } from '../../../src/workers/client';
import { runLoad, type LoadPart, type LoadSummary } from '../../../src/workers/loadParts';
import type { LoadRequest } from '../../../src/workers/requests';

const city = (id: string, lon: number) => ({ id, name: id, country: 'Japan', lat: 35, lon });

/** A client whose worker answers at once with two cities and one partnership between them. */
function answeringClient(): WorkerClient<LoadRequest, LoadSummary, LoadPart> {
  return {
    run: (_request, handlers = {}) => {
      handlers.onPartial?.({ part: 'cities', items: [city('a', 135), city('b', 136)] } as LoadPart);
      handlers.onPartial?.({
        part: 'partnerships',
        items: [{ id: 'p', cityAId: 'a', cityBId: 'b', themes: ['waste'], startYear: 2020 }],
      } as LoadPart);
      const summary: LoadSummary = {
        files: {},
        sent: { cities: 2, workshops: 0, partnerships: 1, issues: 0 },
      };
      return { result: Promise.resolve(summary), cancel: () => {} };
    },
    destroy: () => {},
  };
}

describe('a load in the page', () => {
  it('resolves once its dataset is prepared, with that dataset', async () => {
    const prepared: Dataset[] = [];
    let finished = false;
    const prepare = async (dataset: Dataset) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      prepared.push(dataset);
      finished = true;
    };
    const load = await runLoad(answeringClient(), { texts: {} }, undefined, prepare).result;
    expect(finished).toBe(true);
    expect(prepared).toEqual([load.dataset]);
    expect(load.dataset.cities.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('is kept when preparing its first draw fails: the views do that work when they draw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const prepare = () => Promise.reject(new Error('the map’s code could not be fetched'));
    const load = await runLoad(answeringClient(), { texts: {} }, undefined, prepare).result;
    expect(load.dataset.partnerships.map((p) => p.id)).toEqual(['p']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('gives the worker most of the progress bar and the preparation the rest, up to 1', async () => {
    const client = answeringClient();
    const run = client.run.bind(client);
    client.run = (request, handlers = {}) => {
      handlers.onProgress?.(0.5);
      handlers.onProgress?.(1);
      return run(request, handlers);
    };
    const progress: number[] = [];
    await runLoad(
      client,
      { texts: {} },
      (done) => progress.push(done),
      async (_, preparing) => {
        preparing.progress(0.5);
        preparing.progress(1);
      },
    ).result;
    expect(progress).toEqual([0.45, 0.9, 0.95, 1]);
  });

  it('stops preparing at the next pause once cancelled', async () => {
    const paused: string[] = [];
    let cancelNow: () => void = () => {};
    const job = runLoad(answeringClient(), { texts: {} }, undefined, async (_, { pause }) => {
      await pause();
      paused.push('first');
      cancelNow();
      await pause();
      paused.push('after the cancel');
    });
    cancelNow = job.cancel;
    await expect(job.result).rejects.toBeInstanceOf(Cancelled);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(paused).toEqual(['first']);
  });

  it('is cancelled at once by a cancel that comes while its first draw is prepared', async () => {
    let preparing: () => void = () => {};
    const started = new Promise<void>((resolve) => (preparing = resolve));
    // A preparation that never ends: the cancel must not wait for it.
    const prepare = () => {
      preparing();
      return new Promise<void>(() => {});
    };
    const job = runLoad(answeringClient(), { texts: {} }, undefined, prepare);
    await started;
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(Cancelled);
  });
});
