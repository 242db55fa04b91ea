import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Network, NetworkEdge, NetworkNode } from '../../../src/domain/network';
import { layoutJob, runLayout } from '../../../src/graph/layout';
import { createLayoutController } from '../../../src/graph/layoutController';
import { isLayoutRequest, type LayoutRequest } from '../../../src/graph/protocol';
import type { WorkerLike } from '../../../src/workers/client';
import type { ToWorker } from '../../../src/workers/protocol';
import { serve, type WorkerScopeLike } from '../../../src/workers/serve';
import { makeCity } from '../../support/records';

type Listener = (event: MessageEvent<unknown>) => void;

/**
 * The real layout worker, in this thread: `serve(layoutJob)` behind a fake `Worker`, messages
 * cloned and delivered on a later task as between a page and a worker. Records what it is sent.
 */
function layoutWorker() {
  const sent: ToWorker<LayoutRequest>[] = [];
  const toPage: Listener[] = [];
  const toWorker: Listener[] = [];
  let terminated = 0;
  const deliver = (listeners: Listener[], data: unknown) =>
    setTimeout(() => {
      if (terminated === 0)
        for (const l of listeners) l({ data: structuredClone(data) } as MessageEvent);
    });
  const scope: WorkerScopeLike = {
    postMessage: (message) => void deliver(toPage, message),
    addEventListener: (_type, listener) => toWorker.push(listener),
  };
  serve(layoutJob, { isRequest: isLayoutRequest, scope });
  const worker = {
    postMessage: (message: ToWorker<LayoutRequest>) => {
      sent.push(structuredClone(message));
      deliver(toWorker, message);
    },
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'message') toPage.push(listener);
    },
    terminate: () => void terminated++,
  } as unknown as WorkerLike;
  const runs = () => sent.flatMap((m) => (m.type === 'run' ? [m.request] : []));
  return { worker, sent, runs, terminated: () => terminated };
}

const node = (id: string, lon: number, lat: number): NetworkNode => ({
  id,
  city: makeCity({ id, name: id, lon, lat, kind: 'city' }),
  partnerships: 0,
  workshops: 0,
  links: 0,
});
const link = (source: string, target: string): NetworkEdge => ({
  id: `workshop:${source}~${target}`,
  kind: 'workshop',
  source,
  target,
  themes: [],
  years: [],
  yearUnknown: false,
  partnerships: [],
  workshops: [{} as never],
});
const ring = (ids: string[]): Network => ({
  nodes: ids.map((id, i) => node(id, 100 + 3 * i, 10 + ((i * 7) % 11))),
  edges: ids.map((id, i) => link(id, ids[(i + 1) % ids.length]!)),
});
const radii = (network: Network) => network.nodes.map(() => 5);

function setUp() {
  const fake = layoutWorker();
  const progress: (number | null)[] = [];
  let settled = () => {};
  const controller = createLayoutController({
    createWorker: () => fake.worker,
    onProgress: (done) => progress.push(done),
    onPositions: () => {
      if (!controller.running) settled();
    },
  });
  const settle = () => new Promise<void>((resolve) => (settled = resolve));
  return { ...fake, controller, progress, settle };
}

describe('the layout controller', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lays the network out in the worker, reporting progress up to the final positions', async () => {
    const { controller, runs, progress, settle } = setUp();
    const network = ring(['a', 'b', 'c', 'd', 'e', 'f']);
    controller.setNetwork(network);
    const done = settle();
    controller.start('geographic', radii(network));
    expect(controller.running).toBe(true);
    await done;
    expect(controller.running).toBe(false);
    expect([...controller.positions]).toEqual([...runLayout(runs()[0]!)]);
    expect(progress[0]).toBe(0);
    expect(progress.at(-2)).toBe(1);
    expect(progress.at(-1)).toBeNull();
  });

  it('lets the latest layout win: the one before is cancelled and never lands', async () => {
    const { controller, sent, runs, settle } = setUp();
    const network = ring(['a', 'b', 'c', 'd', 'e', 'f']);
    controller.setNetwork(network);
    controller.start('geographic', radii(network));
    const done = settle();
    controller.start('warm', radii(network));
    await done;
    expect(sent.map((m) => m.type)).toEqual(['run', 'cancel', 'run']);
    expect(runs()[1]!.start).toBe('warm');
    expect([...controller.positions]).toEqual([...runLayout(runs()[1]!)]);
  });

  it('keeps the places of cities seen before when the network changes, and starts warm from them', async () => {
    const { controller, runs, settle } = setUp();
    const first = ring(['a', 'b', 'c', 'd']);
    controller.setNetwork(first);
    let done = settle();
    controller.start('geographic', radii(first));
    await done;
    const before = Float64Array.from(controller.positions);

    // A new city, `x`, linked to `a`.
    const second: Network = {
      nodes: [...first.nodes, node('x', 140, 40)],
      edges: [...first.edges, link('x', 'a')],
    };
    controller.setNetwork(second);
    expect([...controller.positions.slice(0, 8)]).toEqual([...before]);
    const gap = Math.hypot(
      controller.positions[8]! - before[0]!,
      controller.positions[9]! - before[1]!,
    );
    expect(gap).toBeLessThan(30);

    done = settle();
    controller.start('warm', radii(second));
    const warm = runs()[1]!;
    expect([...warm.positions.slice(0, 8)]).toEqual([...before]);
    // The new city goes without a place: the worker places it, next to `a`.
    expect([...warm.positions.slice(8)]).toEqual([NaN, NaN]);
    expect([warm.places[8], warm.places[9], warm.radii[4]]).toEqual([140, 40, 5]);
    expect([...warm.ends.slice(-2)]).toEqual([4, 0]);
    await done;
  });

  it('leaves out a link to a city the network does not hold, rather than tie it to another', async () => {
    const { controller, runs, settle } = setUp();
    const network = ring(['a', 'b', 'c']);
    network.edges.push(link('c', 'gone'));
    controller.setNetwork(network);
    const done = settle();
    controller.start('geographic', radii(network));
    expect([...runs()[0]!.ends]).toEqual([0, 1, 1, 2, 2, 0]);
    expect(runs()[0]!.weights).toHaveLength(3);
    await done;
  });

  it('holds a dragged city where the pointer put it while the layout moves the others', async () => {
    const { controller, settle } = setUp();
    const network = ring(['a', 'b', 'c', 'd', 'e']);
    controller.setNetwork(network);
    controller.hold(2);
    controller.moveHeld(123, -45);
    const done = settle();
    controller.start('geographic', radii(network));
    await done;
    expect([controller.positions[4], controller.positions[5]]).toEqual([123, -45]);
  });

  it('reports a failed layout as finished and keeps the positions it had', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const listeners: Listener[] = [];
    const broken = {
      postMessage: (message: ToWorker<LayoutRequest>) =>
        setTimeout(() => {
          const data = { type: 'error', id: message.id, message: 'out of memory' };
          for (const l of listeners) l({ data } as MessageEvent);
        }),
      addEventListener: (type: string, listener: Listener) => {
        if (type === 'message') listeners.push(listener);
      },
      terminate: () => {},
    } as unknown as WorkerLike;
    const progress: (number | null)[] = [];
    let failed = () => {};
    const done = new Promise<void>((resolve) => (failed = resolve));
    const controller = createLayoutController({
      createWorker: () => broken,
      onProgress: (value) => progress.push(value),
      onPositions: () => failed(),
    });
    const network = ring(['a', 'b', 'c']);
    controller.setNetwork(network);
    const start = Float64Array.from(controller.positions);
    controller.start('geographic', radii(network));
    await done;
    expect(controller.running).toBe(false);
    expect(progress).toEqual([0, null]);
    expect([...controller.positions]).toEqual([...start]);
    expect(error).toHaveBeenCalledWith('Graph layout failed:', 'out of memory');
  });

  it('terminates its worker once, however often it is destroyed, and starts nothing after', () => {
    const { controller, runs, terminated } = setUp();
    const network = ring(['a', 'b', 'c']);
    controller.setNetwork(network);
    controller.start('geographic', radii(network));
    controller.destroy();
    controller.destroy();
    expect(terminated()).toBe(1);
    controller.start('warm', radii(network));
    expect(runs()).toHaveLength(1);
  });
});
