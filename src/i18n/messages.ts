/**
 * The shape every catalogue follows: the English catalogue is the reference, and a translation
 * must have exactly its keys (a missing or extra key is a compile error), each with a string.
 *
 * Plurals follow i18next: `key_one` / `key_other`. Japanese has no plural forms, so its `_one`
 * is written the same as its `_other`; both languages keep the same keys.
 */
export type Messages<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};
