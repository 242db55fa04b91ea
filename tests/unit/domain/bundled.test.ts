import { describe, expect, it } from 'vitest';
import { loadBundled } from '../../support/bundled';

describe('the bundled programme dataset', () => {
  const result = loadBundled();

  it('loads with no error and no warning', () => {
    expect(result.issues).toEqual([]);
  });

  it('accepts every row of every file', () => {
    for (const counts of Object.values(result.files)) {
      expect(counts.rejected).toBe(0);
      expect(counts.accepted).toBe(counts.rows);
    }
  });

  it('gives every workshop and partnership a source', () => {
    const missing = [...result.dataset.workshops, ...result.dataset.partnerships].filter(
      (r) => !r.source,
    );
    expect(missing.map((r) => r.id)).toEqual([]);
  });

  it('leaves the start year empty where the sources give none, and says so in notes', () => {
    const unknown = result.dataset.partnerships.filter((p) => p.startYear === null);
    expect(unknown.map((p) => p.id).sort()).toEqual(
      [
        'p-kitakyushu-mandalay',
        'p-kyoto-iskandar-malaysia',
        'p-tokyo-iskandar-malaysia',
        'p-toyama-iskandar-malaysia',
        'p-toyama-surabaya',
      ].sort(),
    );
    for (const p of unknown) expect(p.notes.toLowerCase()).toMatch(/unknown|not stated/);
  });

  it('flags inferred facts in notes instead of presenting them as confirmed', () => {
    const byId = new Map(result.dataset.partnerships.map((p) => [p.id, p]));
    expect(byId.get('p-osaka-quezon-city')?.notes).toMatch(/inferred/i);
    expect(byId.get('p-yokohama-cebu-city')?.notes).toMatch(/inferred/i);
    const thaiNguyen = result.dataset.cityById.get('thai-nguyen');
    expect(thaiNguyen?.notes).toMatch(/inferred|unconfirmed/i);
    // Thai Nguyen's attendance is only inferred, so it is not listed as a participant.
    const jan2017 = result.dataset.workshops.find((w) => w.id === 'ws-2017-01-kitakyushu');
    expect(jan2017?.participantCityIds).not.toContain('thai-nguyen');
  });
});
