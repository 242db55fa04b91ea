/** Work remembered per object: computed once, the same answer to every caller. */
import { describe, expect, it } from 'vitest';
import { oncePer } from '../../../src/domain/oncePer';

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
