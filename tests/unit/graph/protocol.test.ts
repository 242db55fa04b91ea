import { describe, expect, it } from 'vitest';
import {
  isLayoutPositions,
  isLayoutRequest,
  type LayoutRequest,
} from '../../../src/graph/protocol';
import { isFromWorker, isToWorker } from '../../../src/workers/protocol';

const valid: LayoutRequest = {
  start: 'warm',
  ticks: 50,
  nodes: [
    { id: 'a', lon: 100, lat: 10, x: 1, y: 2, radius: 5 },
    { id: 'b', lon: 120, lat: -5 },
  ],
  links: [{ source: 'a', target: 'b', weight: 2 }],
};
const run = (request: unknown) => ({ type: 'run', id: 3, request });

describe('worker protocol guards', () => {
  it('accepts well-formed messages both ways', () => {
    expect(isLayoutRequest(valid)).toBe(true);
    expect(isToWorker(run(valid), isLayoutRequest)).toBe(true);
    expect(isToWorker({ type: 'cancel', id: 3 }, isLayoutRequest)).toBe(true);
    expect(isFromWorker({ type: 'progress', id: 3, done: 0.5 })).toBe(true);
    const positions = { type: 'done', id: 3, value: new Float64Array(4) };
    expect(isFromWorker(positions) && isLayoutPositions(positions.value)).toBe(true);
  });

  it.each([
    ['not an object', 'layout'],
    ['null', null],
    ['an unknown type', { ...run(valid), type: 'relayout' }],
    ['a fractional id', { ...run(valid), id: 1.5 }],
  ])('rejects a message to the worker that is %s', (_, message) => {
    expect(isToWorker(message, isLayoutRequest)).toBe(false);
  });

  it.each([
    ['not an object', 'layout'],
    ['null', null],
    ['an unknown start', { ...valid, start: 'random' }],
    ['negative ticks', { ...valid, ticks: -1 }],
    ['nodes that are not a list', { ...valid, nodes: {} }],
    ['a node without an id', { ...valid, nodes: [{ lon: 1, lat: 2 }] }],
    ['a node with a NaN longitude', { ...valid, nodes: [{ id: 'a', lon: NaN, lat: 2 }] }],
    ['a node with x but no y', { ...valid, nodes: [{ id: 'a', lon: 1, lat: 2, x: 3 }] }],
    ['a node with a string y', { ...valid, nodes: [{ id: 'a', lon: 1, lat: 2, x: 3, y: '4' }] }],
    ['a link of weight 0', { ...valid, links: [{ source: 'a', target: 'b', weight: 0 }] }],
    ['a link without a target', { ...valid, links: [{ source: 'a', weight: 1 }] }],
  ])('rejects a layout request with %s', (_, request) => {
    expect(isLayoutRequest(request)).toBe(false);
    expect(isToWorker(run(request), isLayoutRequest)).toBe(false);
  });

  it('rejects malformed messages from the worker', () => {
    expect(isToWorker({ type: 'cancel' }, isLayoutRequest)).toBe(false);
    expect(isFromWorker({ type: 'progress', id: 1, done: 1.5 })).toBe(false);
    expect(isFromWorker({ type: 'progress', id: '1', done: 0.5 })).toBe(false);
    expect(isLayoutPositions([1, 2])).toBe(false);
    expect(isLayoutPositions(new Float64Array(3))).toBe(false);
    expect(isFromWorker({ type: 'done', id: 1 })).toBe(false);
  });
});
