/** What is left in English of a Japanese rendering, once the data's own names are taken out. */
import type { Dataset } from '../../../src/domain/dataset';

/** Words in Latin script left in `element`'s text and labels once the data's names are taken out. */
export function englishLeft(element: HTMLElement, data: Dataset): string[] {
  const dataNames = [
    ...data.workshops.map((w) => w.title),
    ...data.cities.flatMap((c) => [c.name, c.localName]),
  ]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const labels = [...element.querySelectorAll('[aria-label]')].map(
    (node) => node.getAttribute('aria-label') ?? '',
  );
  let text = [element.textContent ?? '', ...labels].join('\n');
  for (const name of dataNames) text = text.split(name).join(' ');
  // CSV and SDGs are written in Latin letters in Japanese too.
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !['CSV', 'SDGs'].includes(word));
}
