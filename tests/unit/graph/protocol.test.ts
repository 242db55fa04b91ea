import { describe, expect, it } from 'vitest';
import {
  isLayoutPositions,
  isLayoutRequest,
  packLayout,
  type LayoutRequest,
} from '../../../src/graph/protocol';
import { isFromWorker, isToWorker } from '../../../src/workers/protocol';

const valid: LayoutRequest = {
  ...packLayout(
    [
      { id: 'a', lon: 100, lat: 10, x: 1, y: 2, radius: 5 },
      { id: 'b', lon: 120, lat: -5 },
    ],
    [{ source: 'a', target: 'b', weight: 2 }],
    'warm',
  ),
  ticks: 50,
};
const run = (request: unknown) => ({ type: 'run', id: 3, request });

describe('worker protocol guards', () => {
  it('accepts well-formed messages both ways', () => {
    expect(isLayoutRequest(valid)).toBe(true);
    // Columns by city (places, radii, positions: NaN for none) and by link (ends by index, weights).
    expect(valid).toMatchObject({
      places: Float64Array.of(100, 10, 120, -5),
      radii: Float64Array.of(5, 4),
      positions: Float64Array.of(1, 2, NaN, NaN),
      ends: Uint32Array.of(0, 1),
      weights: Float64Array.of(2),
    });
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
    ['places as a plain list', { ...valid, places: [100, 10, 120, -5] }],
    ['a place missing', { ...valid, places: Float64Array.of(100, 10, 120) }],
    ['a NaN longitude', { ...valid, places: Float64Array.of(NaN, 10, 120, -5) }],
    ['a negative radius', { ...valid, radii: Float64Array.of(5, -1) }],
    ['a position with x but no y', { ...valid, positions: Float64Array.of(1, NaN, NaN, NaN) }],
    ['an infinite position', { ...valid, positions: Float64Array.of(1, Infinity, NaN, NaN) }],
    ['a link to a city not in the request', { ...valid, ends: Uint32Array.of(0, 2) }],
    ['a link end without its other end', { ...valid, ends: Uint32Array.of(0) }],
    ['ends of another type', { ...valid, ends: Int32Array.of(0, 1) }],
    ['a link of weight 0', { ...valid, weights: Float64Array.of(0) }],
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
