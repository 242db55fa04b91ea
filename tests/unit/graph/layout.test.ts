import { describe, expect, it, vi } from 'vitest';
import {
  geographicPosition,
  initialPositions,
  layoutJob,
  layoutSteps,
  runLayout,
  ticksFor,
} from '../../../src/graph/layout';
import {
  isLayoutRequest,
  packLayout,
  type LayoutLink,
  type LayoutNode,
  type LayoutRequest,
  type LayoutStep,
} from '../../../src/graph/protocol';
import type { FromWorker } from '../../../src/workers/protocol';
import { serve } from '../../../src/workers/serve';

/** A ring of `n` cities with a chord every 5, spread over Southeast Asia's longitudes. */
function ringOf(n: number): { nodes: LayoutNode[]; links: LayoutLink[] } {
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    lon: 95 + ((i * 37) % 50),
    lat: -10 + ((i * 13) % 50),
  }));
  const links = nodes.map((node, i) => ({
    source: node.id,
    target: nodes[(i + 1) % n]!.id,
    weight: 1 + (i % 3),
  }));
  for (let i = 0; i + 5 < n; i += 5)
    links.push({ source: `c${i}`, target: `c${i + 5}`, weight: 2 });
  return { nodes, links };
}

function ring(n: number, start: LayoutRequest['start'] = 'geographic'): LayoutRequest {
  const { nodes, links } = ringOf(n);
  return packLayout(nodes, links, start);
}

const distance = (a: Float64Array, b: Float64Array, i: number) =>
  Math.hypot(a[2 * i]! - b[2 * i]!, a[2 * i + 1]! - b[2 * i + 1]!);

describe('runLayout', () => {
  it('gives the same positions for the same request', () => {
    expect(runLayout(ring(40))).toEqual(runLayout(ring(40)));
  });

  it('gives every node a finite position, in request order', () => {
    const { nodes, links } = ringOf(60);
    // A stale link to a city not in the request is dropped, not fatal.
    const request = packLayout(
      nodes,
      [...links, { source: 'c1', target: 'gone', weight: 1 }],
      'geographic',
    );
    expect(request.weights).toHaveLength(links.length);
    expect(isLayoutRequest(request)).toBe(true);
    const positions = runLayout(request);
    expect(positions).toHaveLength(120);
    expect([...positions].every(Number.isFinite)).toBe(true);
  });

  it('lays out cities at the same place and cities without links', () => {
    const request = packLayout(
      [
        { id: 'a', lon: 100, lat: 10 },
        { id: 'b', lon: 100, lat: 10 },
        { id: 'c', lon: 100, lat: 10 },
      ],
      [{ source: 'a', target: 'b', weight: 1 }],
      'geographic',
    );
    const positions = runLayout(request);
    expect([...positions].every(Number.isFinite)).toBe(true);
    // Pushed apart rather than left on top of each other.
    const gap = (i: number, j: number) =>
      Math.hypot(
        positions[2 * i]! - positions[2 * j]!,
        positions[2 * i + 1]! - positions[2 * j + 1]!,
      );
    expect(gap(0, 1)).toBeGreaterThan(8);
    expect(gap(0, 2)).toBeGreaterThan(8);
    expect(gap(1, 2)).toBeGreaterThan(8);
  });

  it('keeps a settled layout nearly still when warm-started again', () => {
    const settled = runLayout(ring(50));
    const request = { ...ring(50, 'warm'), positions: settled, ticks: 30 };
    const again = runLayout(request);
    const moves = Array.from({ length: 50 }, (_, i) => distance(settled, again, i));
    // Links are 25–35 units long; a settled node moves a fraction of one (3.6 measured).
    expect(Math.max(...moves)).toBeLessThan(6);
    // A geographic start from the same request would move them far.
    const fresh = runLayout({ ...request, start: 'geographic' });
    const far = Array.from({ length: 50 }, (_, i) => distance(settled, fresh, i));
    expect(Math.max(...far)).toBeGreaterThan(20);
  });

  it('places a new city of a warm start next to a neighbour that has a place', () => {
    const request = packLayout(
      [
        { id: 'old', lon: 100, lat: 10, x: 500, y: 500 },
        { id: 'new', lon: 140, lat: 35 },
        { id: 'far', lon: 140, lat: 35 },
      ],
      [{ source: 'new', target: 'old', weight: 1 }],
      'warm',
    );
    const start = initialPositions(request);
    expect(distance(start, Float64Array.of(500, 500, 500, 500, 500, 500), 1)).toBeLessThan(30);
    // With no placed neighbour, a new city starts from the map.
    expect([start[4], start[5]]).toEqual(geographicPosition(140, 35));
  });

  it('starts from the map: western cities end up left of eastern ones, north above south', () => {
    // Two triangles of partners, one in mainland Southeast Asia, one in Japan, linked once.
    const request = packLayout(
      [
        { id: 'yangon', lon: 96.2, lat: 16.8 },
        { id: 'bangkok', lon: 100.5, lat: 13.8 },
        { id: 'vientiane', lon: 102.6, lat: 18 },
        { id: 'sapporo', lon: 141.3, lat: 43.1 },
        { id: 'tokyo', lon: 139.7, lat: 35.7 },
        { id: 'osaka', lon: 135.5, lat: 34.7 },
      ],
      [
        { source: 'yangon', target: 'bangkok', weight: 1 },
        { source: 'bangkok', target: 'vientiane', weight: 1 },
        { source: 'vientiane', target: 'yangon', weight: 1 },
        { source: 'sapporo', target: 'tokyo', weight: 1 },
        { source: 'tokyo', target: 'osaka', weight: 1 },
        { source: 'osaka', target: 'sapporo', weight: 1 },
        { source: 'bangkok', target: 'osaka', weight: 1 },
      ],
      'geographic',
    );
    const start = initialPositions(request);
    expect(start[0]).toBeLessThan(start[6]!);
    const positions = runLayout(request);
    const mean = (from: number, axis: 0 | 1) =>
      [0, 1, 2].reduce((sum, i) => sum + positions[2 * (from + i) + axis]!, 0) / 3;
    expect(mean(0, 0)).toBeLessThan(mean(3, 0));
    // Screen y grows downwards: Japan (north) above mainland Southeast Asia.
    expect(mean(3, 1)).toBeLessThan(mean(0, 1));
  });

  it('reports progress rising to 1 and intermediate positions before the final ones', () => {
    const messages: LayoutStep[] = [];
    const positions = runLayout({ ...ring(30), ticks: 100 }, (message) => messages.push(message));
    const progress = messages.flatMap((m) => (m.type === 'progress' ? [m.done] : []));
    expect(progress.length).toBeGreaterThanOrEqual(19);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]!);
    expect(progress.at(-1)).toBe(1);
    const frames = messages.filter((m) => m.type === 'positions');
    expect(frames.length).toBeGreaterThanOrEqual(9);
    expect(frames.slice(0, -1).every((m) => !m.final)).toBe(true);
    expect(frames.at(-1)).toMatchObject({ final: true, positions });
  });

  it('runs as a worker job: every answer carries the run id, the final positions come last', async () => {
    const sent: unknown[] = [];
    let deliver: (event: MessageEvent<unknown>) => void = () => {};
    serve(layoutJob, {
      isRequest: isLayoutRequest,
      scope: {
        postMessage: (message) => sent.push(message),
        addEventListener: (_type, listener) => (deliver = listener),
      },
    });
    const request = { ...ring(30), ticks: 100 };
    deliver({ data: { type: 'run', id: 7, request } } as MessageEvent);
    await vi.waitFor(() => expect(sent.at(-1)).toMatchObject({ type: 'done' }), 5_000);
    const messages = sent as FromWorker<Float64Array, Float64Array>[];
    expect(messages.every((m) => m.id === 7)).toBe(true);
    expect(messages.filter((m) => m.type === 'partial').length).toBeGreaterThanOrEqual(9);
    expect(messages.at(-1)).toMatchObject({ type: 'done', value: runLayout(request) });
  });

  it('can stop between steps, which is how the worker cancels', () => {
    const steps = layoutSteps({ ...ring(30), ticks: 100 });
    // A pause after each tick, then the first progress message after 5 % of the ticks.
    const first = [0, 1, 2, 3, 4].map(() => steps.next().value);
    expect(first.slice(0, 4)).toEqual([null, null, null, null]);
    expect(first[4]).toMatchObject({ type: 'progress', done: 0.05 });
    expect(steps.return(new Float64Array()).done).toBe(true);
  });

  it('runs fewer ticks on large graphs', () => {
    expect(ticksFor(500)).toBe(300);
    expect(ticksFor(5000)).toBeLessThan(300);
    expect(ticksFor(5000)).toBeGreaterThanOrEqual(80);
  });
});
