/** Work done once per object and shared by every caller, dropped with the object. */

/**
 * `compute`, remembered per key object: the first call for a key computes, later calls get the
 * same answer, and the answer goes when the key is no longer used (a `WeakMap`).
 */
export function oncePer<Key extends object, Value>(
  compute: (key: Key) => Value,
): (key: Key) => Value {
  const answers = new WeakMap<Key, Value>();
  return (key) => {
    if (answers.has(key)) return answers.get(key)!;
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}

/** Work remembered per object that can also be done ahead of need, a slice at a time. */
export interface SlicedOncePer<Key, Value> {
  /** The answer for `key`: remembered, or worked out now in one go. */
  (key: Key): Value;
  /**
   * Works the answer out ahead, calling `pause` once a slice has run `sliceMs`, so that no slice
   * holds the thread long; does nothing when the answer is already known, and stops early when a
   * caller worked it out meanwhile.
   */
  ahead(key: Key, pause: () => Promise<void>, sliceMs?: number): Promise<void>;
}

/**
 * Like `oncePer`, for work written as `steps`: a generator that yields between slices of its
 * work and returns the answer. A caller who needs the answer now runs every step at once.
 */
export function oncePerInSlices<Key extends object, Value>(
  steps: (key: Key) => Generator<void, Value, void>,
): SlicedOncePer<Key, Value> {
  const answers = new WeakMap<Key, Value>();
  const now = (key: Key): Value => {
    if (answers.has(key)) return answers.get(key)!;
    const run = steps(key);
    let step = run.next();
    while (!step.done) step = run.next();
    answers.set(key, step.value);
    return step.value;
  };
  const ahead = async (key: Key, pause: () => Promise<void>, sliceMs = 25): Promise<void> => {
    if (answers.has(key)) return;
    const run = steps(key);
    let sliceStart = performance.now();
    for (let step = run.next(); ; step = run.next()) {
      if (step.done) {
        answers.set(key, step.value);
        return;
      }
      if (performance.now() - sliceStart < sliceMs) continue;
      await pause();
      // A caller may have needed the answer meanwhile, and worked it out in one go.
      if (answers.has(key)) return;
      sliceStart = performance.now();
    }
  };
  return Object.assign(now, { ahead });
}
