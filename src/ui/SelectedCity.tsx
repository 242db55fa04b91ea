import { countryName } from '../domain/countries';
import type { NetworkNode } from '../domain/network';
import { plural } from '../domain/summary';

/** A short card for the selected city; Escape or the close button clears the selection. */
export function SelectedCity({ node, onClose }: { node: NetworkNode; onClose(): void }) {
  const { city } = node;
  return (
    <aside className="selected-city" aria-label={`Selected city: ${city.name}`}>
      <div className="selected-head">
        <h2>{city.name}</h2>
        <button type="button" onClick={onClose} aria-label="Clear selection">
          ×
        </button>
      </div>
      {city.localName && <p className="local-name">{city.localName}</p>}
      <p>
        {countryName(city.country)}
        {city.kind ? ` · ${city.kind}` : ''}
      </p>
      <p>
        {plural(node.partnerships, 'partnership')} · {plural(node.workshops, 'workshop')} ·{' '}
        {plural(node.links, 'link')}
      </p>
    </aside>
  );
}
