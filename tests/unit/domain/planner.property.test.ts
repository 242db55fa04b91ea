/**
 * For any small dataset, the planner never suggests a city's own partner or the city itself, its
 * ranking is sorted, every part stays within 0..1, and the same question gets the same answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/domain/dataset';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import {
  PAIRING_SCOPES,
  partnershipGaps,
  planningIndex,
  SCORE_PARTS,
  suggestPartners,
  type PlanOptions,
} from '../../../src/domain/planner';
import { PARTNERSHIP_STATUSES } from '../../../src/domain/types';
import { makeCity, makePartnership, makeWorkshop } from '../../support/records';

const THEMES = ['waste', 'water', 'energy'];
const CITIES = 7;
const cityIx = fc.nat(CITIES - 1);
const themes = fc.subarray(THEMES);
const year = fc.integer({ min: 2010, max: 2024 });

const workshop = fc.record({
  hosts: fc.uniqueArray(cityIx, { maxLength: 2 }),
  participants: fc.uniqueArray(cityIx, { maxLength: 4 }),
  lecturers: fc.uniqueArray(cityIx, { maxLength: 2 }),
  themes,
  year,
});
const partnership = fc.record({
  a: cityIx,
  b: cityIx,
  status: fc.constantFrom(...PARTNERSHIP_STATUSES),
  themes,
  start: fc.option(year),
});
const weight = fc.constantFrom(0, 0.25, 1, 2.5);

const world = fc.record({
  countries: fc.array(fc.constantFrom('JP', 'VN', 'TH', 'US'), {
    minLength: CITIES,
    maxLength: CITIES,
  }),
  workshops: fc.array(workshop, { maxLength: 5 }),
  partnerships: fc.array(partnership, { maxLength: 8 }),
  weights: fc.record({ themeFit: weight, proximity: weight, capacity: weight, continuity: weight }),
  scope: fc.constantFrom(...PAIRING_SCOPES),
});

describe('the planner on random small datasets', () => {
  it('never suggests a partner or the city itself; sorted, parts in 0..1, deterministic', () => {
    fc.assert(
      fc.property(world, (w) => {
        const id = (ix: number) => `c${ix}`;
        const cities = w.countries.map((country, ix) =>
          makeCity({ id: id(ix), name: id(ix), country }),
        );
        const workshops = w.workshops.map((x, i) =>
          makeWorkshop({
            id: `w${i}`,
            themes: x.themes,
            startDate: String(x.year),
            hostCityIds: x.hosts.map(id),
            participantCityIds: x.participants.map(id),
            resourceCityIds: x.lecturers.map(id),
          }),
        );
        const partnerships = w.partnerships
          .filter((p) => p.a !== p.b)
          .map((p, i) =>
            makePartnership({
              id: `p${i}`,
              cityAId: id(p.a),
              cityBId: id(p.b),
              status: p.status,
              themes: p.themes,
              startYear: p.start,
            }),
          );
        const dataset = createDataset(cities, workshops, partnerships);
        const options: PlanOptions = { weights: w.weights, scope: w.scope, limit: CITIES };
        const index = planningIndex(dataset, DEFAULT_FILTERS);
        const again = planningIndex(dataset, DEFAULT_FILTERS);

        for (const city of cities) {
          const partners = new Set(
            partnerships
              .filter((p) => p.status !== 'proposed' && [p.cityAId, p.cityBId].includes(city.id))
              .flatMap((p) => [p.cityAId, p.cityBId]),
          );
          const result = suggestPartners(index, city.id, options);
          expect(suggestPartners(again, city.id, options)).toEqual(result);
          expect(suggestPartners(index, city.id, options)).toEqual(result);
          expect(result.none === null).toBe(result.suggestions.length > 0);
          result.suggestions.forEach((s, i) => {
            expect(s.cityId).not.toBe(city.id);
            expect(partners.has(s.cityId)).toBe(false);
            for (const part of SCORE_PARTS) {
              expect(s.parts[part]).toBeGreaterThanOrEqual(0);
              expect(s.parts[part]).toBeLessThanOrEqual(1);
            }
            const sum = SCORE_PARTS.reduce(
              (total, part) => total + w.weights[part] * s.parts[part],
              0,
            );
            expect(s.score).toBeCloseTo(sum, 9);
            const previous = result.suggestions[i - 1];
            if (previous)
              expect(
                previous.score > s.score ||
                  (previous.score === s.score && previous.cityId < s.cityId),
              ).toBe(true);
          });
        }
        // A gap's best suggestion is never one of its partners either.
        for (const gap of partnershipGaps(index, options)) {
          const tied = partnerships.some(
            (p) =>
              p.status !== 'proposed' &&
              [p.cityAId, p.cityBId].includes(gap.cityId) &&
              [p.cityAId, p.cityBId].includes(gap.best?.cityId ?? ''),
          );
          expect(tied).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
