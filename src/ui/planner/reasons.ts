/**
 * A suggestion's reasons as the UI lists them: themes resting on the same records are one
 * reason, and the cities both are linked to are one, so that a reason is not repeated per theme
 * or per city with the same records behind it.
 */
import type { Reason } from '../../domain/planner';
import type { RecordRef } from '../../domain/records';

/** A reason as shown: the domain's, with themes and common neighbours grouped. */
export type ShownReason =
  | Exclude<Reason, { kind: 'theme' } | { kind: 'commonNeighbour' }>
  | { kind: 'theme'; themes: string[]; sought: RecordRef[]; shown: RecordRef[] }
  | { kind: 'commonNeighbour'; cityIds: string[]; viaCity: RecordRef[]; viaCandidate: RecordRef[] };

const refKey = (ref: RecordRef) => `${ref.kind}:${ref.id}`;

/** `into` with the records of `refs` it lacks added, in order. */
function addRecords(into: RecordRef[], refs: readonly RecordRef[]): void {
  const seen = new Set(into.map(refKey));
  for (const ref of refs) if (!seen.has(refKey(ref))) into.push(ref);
}

/**
 * `reasons` grouped, in the domain's order (strongest first): each group stands where its first
 * member stood. Themes group when both sides rest on the same records; common neighbours always
 * group, with the records of each side merged.
 */
export function groupReasons(reasons: readonly Reason[]): ShownReason[] {
  const shown: ShownReason[] = [];
  const themeGroups = new Map<string, Extract<ShownReason, { kind: 'theme' }>>();
  let neighbours: Extract<ShownReason, { kind: 'commonNeighbour' }> | null = null;
  for (const reason of reasons) {
    if (reason.kind === 'theme') {
      const key = `${reason.shown.map(refKey).join(' ')}|${reason.sought.map(refKey).join(' ')}`;
      const group = themeGroups.get(key);
      if (group) group.themes.push(reason.theme);
      else {
        const created = {
          kind: 'theme' as const,
          themes: [reason.theme],
          shown: reason.shown,
          sought: reason.sought,
        };
        themeGroups.set(key, created);
        shown.push(created);
      }
    } else if (reason.kind === 'commonNeighbour') {
      if (!neighbours) {
        neighbours = { kind: 'commonNeighbour', cityIds: [], viaCity: [], viaCandidate: [] };
        shown.push(neighbours);
      }
      neighbours.cityIds.push(reason.cityId);
      addRecords(neighbours.viaCity, reason.viaCity);
      addRecords(neighbours.viaCandidate, reason.viaCandidate);
    } else shown.push(reason);
  }
  return shown;
}
