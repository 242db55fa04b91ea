// @vitest-environment jsdom
/** A large network's metrics come from the worker, asked in a task after the views have drawn. */
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useMetrics } from '../../../src/app/useMetrics';
import { createDataset } from '../../../src/domain/dataset';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { buildNetwork, type Network } from '../../../src/domain/network';
import { makeCity, makePartnership } from '../../support/records';

/** What the page asked of the fake metrics worker: the input's city ids of each run. */
let asked: string[][] = [];
class FakeWorker {
  postMessage(message: { type: string; request?: { input: { cityIds: string[] } } }) {
    if (message.type === 'run') asked.push(message.request!.input.cityIds);
  }
  addEventListener() {}
  terminate() {}
}
beforeEach(() => {
  asked = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A network of `size` cities linked in a ring and across, over the worker's threshold. */
function largeNetwork(prefix: string, size: number): Network {
  const cities = Array.from({ length: size }, (_, i) => makeCity({ id: `${prefix}${i}` }));
  const partnerships = [];
  for (let step = 1; partnerships.length <= 3000; step++) {
    for (let i = 0; i < size && partnerships.length <= 3000; i++) {
      const [a, b] = [cities[i]!.id, cities[(i + step) % size]!.id];
      partnerships.push(makePartnership({ id: `${a}-${b}`, cityAId: a, cityBId: b }));
    }
  }
  return buildNetwork(createDataset(cities, [], partnerships), DEFAULT_FILTERS);
}

describe('useMetrics', () => {
  it('asks the worker after the render, only for the network still shown', async () => {
    const first = largeNetwork('a', 500);
    const second = largeNetwork('b', 400);
    const { rerender } = renderHook(({ network }) => useMetrics(network), {
      initialProps: { network: first },
    });
    // Nothing is made for the worker in the task that rendered.
    expect(asked).toEqual([]);
    rerender({ network: second });
    await waitFor(() => expect(asked.length).toBe(1));
    expect(asked[0]).toEqual(second.nodes.map((node) => node.id));
  });
});
