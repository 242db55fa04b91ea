/** Work remembered per object: computed once, the same answer to every caller. */
import { describe, expect, it } from 'vitest';
import { oncePer, oncePerInSlices } from '../../../src/domain/oncePer';

describe('oncePer', () => {
  it('computes once per key object, and anew for another object with the same contents', () => {
    let computed = 0;
    const sizeOf = oncePer((list: number[]) => ({ size: (computed++, list.length) }));
    const list = [1, 2, 3];
    expect(sizeOf(list)).toBe(sizeOf(list));
    expect(computed).toBe(1);
    expect(sizeOf([1, 2, 3])).toEqual({ size: 3 });
    expect(computed).toBe(2);
  });

  it('remembers an answer of undefined too', () => {
    let computed = 0;
    const nothing = oncePer((key: object): undefined => void (computed += key ? 1 : 0));
    const key = {};
    nothing(key);
    nothing(key);
    expect(computed).toBe(1);
  });
});

describe('oncePerInSlices', () => {
  /** Sums a list a number at a time, yielding after each, and counts the sums made. */
  function slicedSum() {
    const made = { sums: 0, steps: 0 };
    const sum = oncePerInSlices(function* (list: number[]) {
      let total = 0;
      for (const value of list) {
        total += value;
        made.steps++;
        yield;
      }
      made.sums++;
      return { total };
    });
    return { sum, made };
  }

  it('works an answer out ahead, pausing between slices, and then answers at once', async () => {
    const { sum, made } = slicedSum();
    const list = [1, 2, 3];
    let pauses = 0;
    await sum.ahead(list, async () => void pauses++, 0);
    expect(pauses).toBe(3);
    expect(made).toEqual({ sums: 1, steps: 3 });
    expect(sum(list)).toEqual({ total: 6 });
    expect(made.sums).toBe(1);
    await sum.ahead(list, async () => void pauses++, 0);
    expect(pauses).toBe(3);
    expect(made).toEqual({ sums: 1, steps: 3 });
  });

  it('stops working ahead when a caller needed the answer meanwhile, and keeps that answer', async () => {
    const { sum, made } = slicedSum();
    const list = [1, 2, 3];
    let early: { total: number } | undefined;
    await sum.ahead(list, async () => void (early ??= sum(list)), 0);
    // One step ahead, then the caller's three: nothing more once the answer is known.
    expect(made).toEqual({ sums: 1, steps: 4 });
    expect(sum(list)).toBe(early);
  });
});
