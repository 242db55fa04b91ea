import { describe, expect, it } from 'vitest';
import { drawMoved, movedBy } from '../../../src/graph/movingFrame';

/** Where layout point `p` is on screen under transform `t`. */
const screen = (t: { k: number; x: number; y: number }, p: [number, number]) => [
  p[0] * t.k + t.x,
  p[1] * t.k + t.y,
];

describe('a frame moved while the view moves', () => {
  it('puts every point of the old frame where the new transform draws it', () => {
    const from = { k: 2, x: 30, y: -10 };
    const to = { k: 5, x: -120, y: 40 };
    const { scale, dx, dy } = movedBy(from, to);
    for (const p of [
      [0, 0],
      [10, -4],
      [-250, 600],
    ] as [number, number][]) {
      const [ox, oy] = screen(from, p);
      const [nx, ny] = screen(to, p);
      expect(ox! * scale + dx).toBeCloseTo(nx!, 9);
      expect(oy! * scale + dy).toBeCloseTo(ny!, 9);
    }
  });

  it('is a plain shift for a pan', () => {
    expect(movedBy({ k: 3, x: 10, y: 10 }, { k: 3, x: 25, y: -5 })).toEqual({
      scale: 1,
      dx: 15,
      dy: -15,
    });
  });

  it('keeps its size on a screen of another pixel ratio: a picture made at 1× is drawn 2× on a 2× screen', () => {
    const calls: string[] = [];
    const context = new Proxy(
      { canvas: { width: 800, height: 600 } },
      {
        get: (target, name) =>
          name === 'canvas'
            ? target.canvas
            : (...args: unknown[]) => calls.push(`${String(name)}(${args.join(',')})`),
        set: () => true,
      },
    ) as unknown as CanvasRenderingContext2D;
    const picture = {} as HTMLCanvasElement;
    const transform = { k: 1, x: 10, y: 5 };
    drawMoved(context, { picture, transform, ratio: 1 }, { ...transform, x: 20 }, 2);
    // Shifted 10 CSS pixels (20 device pixels), scaled 2×.
    expect(calls).toContain('setTransform(2,0,0,2,20,0)');
    expect(calls.indexOf('setTransform(2,0,0,2,20,0)')).toBeLessThan(
      calls.indexOf('drawImage([object Object],0,0)'),
    );
  });
});
