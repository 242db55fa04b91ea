import { describe, expect, it } from 'vitest';
import { freeArea, isCramped, isInside, offsetTo, paddingFor } from '../../../src/map/freeArea';

// A 1000 × 600 map with the app's layout: a toolbar along the top left, a tall legend below it.
const TOOLBAR = { left: 10, top: 10, right: 570, bottom: 50 };
const LEGEND = { left: 10, top: 330, right: 245, bottom: 590 };

describe('freeArea', () => {
  it('is the whole map when nothing covers it', () => {
    expect(freeArea(1000, 600, [])).toEqual({ left: 0, top: 0, right: 1000, bottom: 600 });
  });

  it('cuts a wide toolbar as a band at the top and a tall legend as a strip at the side', () => {
    expect(freeArea(1000, 600, [TOOLBAR, LEGEND])).toEqual({
      left: 253,
      top: 58,
      right: 1000,
      bottom: 600,
    });
  });

  it('cuts a legend moved to the lower right as a strip at the right', () => {
    const right = { left: 760, top: 300, right: 990, bottom: 565 };
    expect(freeArea(1000, 600, [right])).toEqual({ left: 0, top: 0, right: 752, bottom: 600 });
  });

  it('cuts a small box in a corner along its thinner side', () => {
    // 80 wide, 24 tall in the lower left: a band of 32 px at the bottom costs less than 88 at the left.
    const folded = { left: 10, top: 566, right: 90, bottom: 590 };
    expect(freeArea(1000, 600, [folded])).toEqual({ left: 0, top: 0, right: 1000, bottom: 558 });
  });

  it('ignores a cover outside what is left', () => {
    const outside = { left: 1100, top: 0, right: 1200, bottom: 50 };
    expect(freeArea(1000, 600, [outside])).toEqual({ left: 0, top: 0, right: 1000, bottom: 600 });
  });
});

describe('isInside', () => {
  const free = { left: 253, top: 58, right: 1000, bottom: 600 };
  it('needs the margin from every edge', () => {
    expect(isInside({ x: 500, y: 300 }, free, 16)).toBe(true);
    // Under the legend.
    expect(isInside({ x: 120, y: 450 }, free, 16)).toBe(false);
    // Just beside it, closer than the margin.
    expect(isInside({ x: 260, y: 450 }, free, 16)).toBe(false);
    // Off the map.
    expect(isInside({ x: 500, y: 640 }, free, 16)).toBe(false);
  });
});

describe('isCramped', () => {
  it('is true when the free part is too narrow or too low to show a city in', () => {
    expect(isCramped({ left: 0, top: 0, right: 400, bottom: 300 })).toBe(false);
    expect(isCramped({ left: 253, top: 0, right: 380, bottom: 600 })).toBe(true);
    expect(isCramped({ left: 0, top: 500, right: 1000, bottom: 600 })).toBe(true);
  });
});

describe('padding and offset', () => {
  const free = { left: 253, top: 58, right: 1000, bottom: 600 };
  it('pads a fit by the covered sides plus a margin', () => {
    expect(paddingFor(1000, 600, free, 32)).toEqual({
      left: 285,
      top: 90,
      right: 32,
      bottom: 32,
    });
  });
  it('offsets the centre to the middle of the free part', () => {
    // Free centre (626.5, 329) against the map's (500, 300).
    expect(offsetTo(1000, 600, free)).toEqual([126.5, 29]);
  });
});
