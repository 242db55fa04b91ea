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
