import { describe, expect, it } from 'vitest';
import {
  paint,
  PAINT_START,
  paintSlice,
  type PaintContext,
  type PaintCursor,
} from '../../../src/graph/painter';
import type { LinkBatch, Scene } from '../../../src/graph/marks';

/** A 2D context that records every call and every style set, in order. */
function recorder() {
  const log: string[] = [];
  const target = {} as Record<string, unknown>;
  const context = new Proxy(target, {
    get:
      (_, name: string) =>
      (...args: unknown[]) =>
        log.push(`${name}(${args.join(',')})`),
    set: (_, name: string, value: unknown) => {
      log.push(`${name}=${String(value)}`);
      return true;
    },
  }) as unknown as PaintContext;
  return { context, log };
}

const scene: Scene = {
  width: 400,
  height: 300,
  items: [
    {
      type: 'links',
      look: 'workshop',
      color: '#0072B2',
      width: 2,
      dash: [6, 4],
      cap: 'butt',
      alpha: 0.8,
      focused: false,
      ids: ['w1', 'w2'],
      segments: [0, 0, 10, 10, 20, 20, 30, 30],
    },
    {
      type: 'node',
      id: 'a',
      x: 5,
      y: 6,
      r: 7,
      fill: '#D55E00',
      stroke: '#ffffff',
      strokeWidth: 1.2,
      alpha: 0.95,
      focused: false,
    },
    {
      type: 'label',
      id: 'a',
      text: '<b>Osaka</b>',
      x: 5,
      y: 15,
      font: '12px sans-serif',
      color: '#1b1f24',
      halo: 'white',
      haloWidth: 3,
      alpha: 1,
      box: { x: 0, y: 15, width: 10, height: 14 },
    },
  ],
};

describe('the painter', () => {
  it('sets a batch style once and strokes each link on its own, in the scene order', () => {
    const { context, log } = recorder();
    paint(context, scene, 2);
    expect(log.slice(0, 2)).toEqual(['setTransform(2,0,0,2,0,0)', 'clearRect(0,0,400,300)']);
    expect(log.filter((entry) => entry === 'strokeStyle=#0072B2')).toHaveLength(1);
    expect(log).toContain('setLineDash(6,4)');
    expect(log.filter((entry) => entry === 'stroke()').length).toBeGreaterThanOrEqual(3);
    const links = log.indexOf('lineTo(30,30)');
    const city = log.indexOf('arc(5,6,7,0,6.283185307179586)');
    const text = log.indexOf('fillText(<b>Osaka</b>,5,15)');
    expect(links).toBeGreaterThan(0);
    expect(city).toBeGreaterThan(links);
    expect(text).toBeGreaterThan(city);
    // The city is solid again after the dashed links.
    expect(log.slice(links, city)).toContain('setLineDash()');
  });

  it('paints a scene in slices, each as long as it is allowed, to the same marks as in one go', () => {
    // 2,046 dashed links, then a city over them: a slice paints 1,023 marks before it asks
    // whether to stop, so the third slice starts at the city, after the dashed batch.
    const many: Scene = {
      ...scene,
      items: [
        {
          ...(scene.items[0] as LinkBatch),
          segments: Array.from({ length: 4 * 2046 }, (_, i) => i),
        },
        ...scene.items.slice(1),
      ],
    };
    const whole = recorder();
    paint(whole.context, many);
    const sliced = recorder();
    let cursor: PaintCursor | null = PAINT_START;
    let slices = 0;
    for (; cursor && slices < 100; slices++) {
      // A slice ends at the first look at the clock.
      cursor = paintSlice(sliced.context, many, 1, cursor, () => true);
    }
    expect(cursor).toBeNull();
    expect(slices).toBe(3);
    // Only the first slice clears the canvas; every mark is drawn once, in the same order.
    expect(sliced.log.filter((entry) => entry.startsWith('clearRect'))).toHaveLength(1);
    const marks = (log: string[]) =>
      log.filter((entry) => /^(moveTo|lineTo|arc|fillText)\(/.test(entry));
    expect(marks(sliced.log)).toEqual(marks(whole.log));
    // A slice that goes on within the dashed batch takes up its style again; the city after it is solid.
    const dashes = sliced.log.filter((entry) => entry === 'setLineDash(6,4)');
    expect(dashes.length).toBeGreaterThan(1);
    const city = sliced.log.indexOf('arc(5,6,7,0,6.283185307179586)');
    expect(sliced.log.lastIndexOf('setLineDash(6,4)')).toBeLessThan(city);
    expect(sliced.log.slice(sliced.log.lastIndexOf('setLineDash(6,4)'), city)).toContain(
      'setLineDash()',
    );
  });
});
