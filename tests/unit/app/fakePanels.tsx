/**
 * Stand-ins for the map and graph panels in jsdom (no WebGL, no canvas, no workers): each shows
 * which city it highlights and has a button that hovers a city, as the pointer would.
 */
import { Profiler, type ComponentType } from 'react';

interface PanelProps {
  model: { linkedHoverCityId: string | null };
  onHoverCity(cityId: string | null): void;
}

/** A city of the bundled data. */
export const HOVERED = 'osaka';

function fakePanel(name: string) {
  return function FakePanel({ model, onHoverCity }: PanelProps) {
    return (
      <section aria-label={name}>
        <button type="button" onClick={() => onHoverCity(HOVERED)}>
          Point at {HOVERED} in the {name.toLowerCase()}
        </button>
        <button type="button" onClick={() => onHoverCity(null)}>
          Leave the {name.toLowerCase()}
        </button>
        <p>
          {name} highlights {model.linkedHoverCityId ?? 'no city'}
        </p>
      </section>
    );
  };
}

/** The map panel's stand-in. */
export const MapPanel = fakePanel('Map');
/** The graph panel's stand-in. */
export const GraphPanel = fakePanel('Graph');

/** Commits of each profiled component, by its id: one per render that reached the screen. */
export const commits = new Map<string, number>();

/** `Component` inside a React Profiler that counts its commits under `id`. */
export function profiled<Props extends object>(id: string, Component: ComponentType<Props>) {
  return function Profiled(props: Props) {
    return (
      <Profiler id={id} onRender={() => commits.set(id, (commits.get(id) ?? 0) + 1)}>
        <Component {...props} />
      </Profiler>
    );
  };
}
