import { describe, expect, it } from 'vitest';
import {
  isCancelRequest,
  isFromWorker,
  isLayoutRequest,
  isToWorker,
  type LayoutRequest,
} from '../../../src/graph/protocol';

const valid: LayoutRequest = {
  type: 'layout',
  id: 3,
  start: 'warm',
  ticks: 50,
  nodes: [
    { id: 'a', lon: 100, lat: 10, x: 1, y: 2, radius: 5 },
    { id: 'b', lon: 120, lat: -5 },
  ],
  links: [{ source: 'a', target: 'b', weight: 2 }],
};

describe('worker protocol guards', () => {
  it('accepts well-formed messages both ways', () => {
    expect(isLayoutRequest(valid)).toBe(true);
    expect(isToWorker(valid)).toBe(true);
    expect(isCancelRequest({ type: 'cancel', id: 3 })).toBe(true);
    expect(isFromWorker({ type: 'progress', id: 3, done: 0.5 })).toBe(true);
    expect(
      isFromWorker({ type: 'positions', id: 3, positions: new Float64Array(4), final: true }),
    ).toBe(true);
  });

  it.each([
    ['not an object', 'layout'],
    ['null', null],
    ['an unknown type', { ...valid, type: 'relayout' }],
    ['a fractional id', { ...valid, id: 1.5 }],
    ['an unknown start', { ...valid, start: 'random' }],
    ['negative ticks', { ...valid, ticks: -1 }],
    ['nodes that are not a list', { ...valid, nodes: {} }],
    ['a node without an id', { ...valid, nodes: [{ lon: 1, lat: 2 }] }],
    ['a node with a NaN longitude', { ...valid, nodes: [{ id: 'a', lon: NaN, lat: 2 }] }],
    ['a node with x but no y', { ...valid, nodes: [{ id: 'a', lon: 1, lat: 2, x: 3 }] }],
    ['a node with a string y', { ...valid, nodes: [{ id: 'a', lon: 1, lat: 2, x: 3, y: '4' }] }],
    ['a link of weight 0', { ...valid, links: [{ source: 'a', target: 'b', weight: 0 }] }],
    ['a link without a target', { ...valid, links: [{ source: 'a', weight: 1 }] }],
  ])('rejects a layout request with %s', (_, message) => {
    expect(isLayoutRequest(message)).toBe(false);
    expect(isToWorker(message)).toBe(false);
  });

  it('rejects malformed messages from the worker', () => {
    expect(isCancelRequest({ type: 'cancel' })).toBe(false);
    expect(isFromWorker({ type: 'progress', id: 1, done: 1.5 })).toBe(false);
    expect(isFromWorker({ type: 'progress', id: '1', done: 0.5 })).toBe(false);
    expect(isFromWorker({ type: 'positions', id: 1, positions: [1, 2], final: true })).toBe(false);
    expect(
      isFromWorker({ type: 'positions', id: 1, positions: new Float64Array(3), final: true }),
    ).toBe(false);
    expect(isFromWorker({ type: 'positions', id: 1, positions: new Float64Array(2) })).toBe(false);
  });
});
