/** Synthetic datasets of any size, shaped like the programme's, for benchmarks. */
import { createDataset, type Dataset } from '../domain/dataset';
import type { City, Partnership, Workshop } from '../domain/types';
import { seededRandom } from '../domain/random';

const THEMES = [
  'waste',
  'low-carbon',
  'energy',
  'water',
  'transport',
  'climate-policy',
  'green-growth',
];

/**
 * `cities` places spread over Japan and Southeast Asia (a fifth in Japan), `partnerships`
 * random pairs between a Japanese and an overseas city, and `workshops` each hosted in Japan
 * with 4–8 overseas participants.
 */
export function syntheticDataset(
  cities: number,
  partnerships: number,
  workshops: number,
  seed = 1,
): Dataset {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const cityList: City[] = [];
  for (let i = 0; i < cities; i++) {
    const japanese = i % 5 === 0;
    cityList.push({
      id: `c${i}`,
      name: `City ${i}`,
      localName: '',
      country: japanese ? 'JP' : pick(['ID', 'PH', 'VN', 'TH', 'MY', 'MM', 'KH', 'LA']),
      lat: japanese ? 31 + next() * 12 : -9 + next() * 30,
      lon: japanese ? 129 + next() * 13 : 95 + next() * 32,
      kind: 'city',
      population: null,
      source: '',
      notes: '',
      extra: {},
    });
  }
  const japanese = cityList.filter((c) => c.country === 'JP').map((c) => c.id);
  const overseas = cityList.filter((c) => c.country !== 'JP').map((c) => c.id);
  const partnershipList: Partnership[] = [];
  for (let i = 0; i < partnerships; i++) {
    const start = 1995 + Math.floor(next() * 30);
    partnershipList.push({
      id: `p${i}`,
      cityAId: pick(japanese),
      cityBId: pick(overseas),
      themes: [pick(THEMES), pick(THEMES)],
      startYear: next() < 0.05 ? null : start,
      endYear: next() < 0.3 ? start + Math.floor(next() * 8) : null,
      type: 'mou',
      status: 'active',
      programme: '',
      funder: '',
      description: '',
      source: '',
      notes: '',
      extra: {},
    });
  }
  const workshopList: Workshop[] = [];
  for (let i = 0; i < workshops; i++) {
    const year = 2010 + Math.floor(next() * 15);
    const participants = Array.from({ length: 4 + Math.floor(next() * 5) }, () => pick(overseas));
    workshopList.push({
      id: `w${i}`,
      title: `Workshop ${i}`,
      themes: [pick(THEMES)],
      startDate: `${year}-0${1 + Math.floor(next() * 9)}-10`,
      endDate: '',
      hostCityIds: [pick(japanese)],
      participantCityIds: [...new Set(participants)],
      resourceCityIds: next() < 0.5 ? [pick(japanese)] : [],
      participants: null,
      organisers: [],
      funder: '',
      programme: '',
      url: '',
      source: '',
      notes: '',
      extra: {},
    });
  }
  return createDataset(cityList, workshopList, partnershipList);
}
