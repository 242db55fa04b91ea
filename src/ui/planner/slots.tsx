/**
 * Sentences from the catalogue with React nodes in them (a workshop's title as a button, a city's
 * name as a button): the sentence is translated with markers in the places of its slots, then
 * split at the markers. Data text is never parsed: it only ever fills a slot as a React child.
 */
import { Fragment, type ReactNode } from 'react';

// Control characters: the loader removes them from every cell, so no data text holds them.
const OPEN = '\u0001';
const CLOSE = '\u0002';

/** The marker of slot `name`, to pass to `t` as the value of its variable. */
export function slot(name: string): string {
  return `${OPEN}${name}${CLOSE}`;
}

/** `text` with each slot's marker replaced by its node; a marker without a node is dropped. */
export function fillSlots(text: string, nodes: ReadonlyMap<string, ReactNode>): ReactNode {
  const parts: ReactNode[] = [];
  let rest = text;
  for (let open = rest.indexOf(OPEN); open >= 0; open = rest.indexOf(OPEN)) {
    const close = rest.indexOf(CLOSE, open);
    if (close < 0) break;
    const name = rest.slice(open + 1, close);
    parts.push(
      rest.slice(0, open),
      <Fragment key={parts.length}>{nodes.get(name) ?? null}</Fragment>,
    );
    rest = rest.slice(close + 1);
  }
  parts.push(rest);
  return parts;
}
