/**
 * Generated datasets shaped like real lists of city pairs, for trying features and measuring at
 * scale: cities gathered around the metropolitan areas of Japan and Southeast Asia with a
 * worldwide tail, a few busy cities and many quiet ones (activity drawn from a Pareto tail, so
 * degrees follow a power law), themes in the bundled data's proportions, years growing towards
 * the present. Deterministic for a seed. An assumption about shape, not a model of the programme.
 */
import { createDataset, type Dataset } from '../domain/dataset';
import type { City, Partnership, Workshop } from '../domain/types';
import { seededRandom } from '../domain/random';

/** Centres places gather around: `[name, country, lon, lat]`. */
type Centre = readonly [string, string, number, number];

const JAPAN: readonly Centre[] = [
  ['Tokyo', 'JP', 139.69, 35.69],
  ['Osaka', 'JP', 135.5, 34.69],
  ['Nagoya', 'JP', 136.91, 35.18],
  ['Kitakyushu', 'JP', 130.88, 33.88],
  ['Fukuoka', 'JP', 130.4, 33.59],
  ['Sapporo', 'JP', 141.35, 43.06],
  ['Sendai', 'JP', 140.87, 38.27],
  ['Hiroshima', 'JP', 132.46, 34.39],
  ['Toyama', 'JP', 137.21, 36.7],
  ['Kagoshima', 'JP', 130.56, 31.6],
];

const SOUTHEAST_ASIA: readonly Centre[] = [
  ['Bangkok', 'TH', 100.5, 13.76],
  ['Chiang Mai', 'TH', 98.99, 18.79],
  ['Jakarta', 'ID', 106.85, -6.21],
  ['Surabaya', 'ID', 112.75, -7.25],
  ['Bandung', 'ID', 107.61, -6.91],
  ['Medan', 'ID', 98.67, 3.59],
  ['Manila', 'PH', 120.98, 14.6],
  ['Cebu', 'PH', 123.89, 10.32],
  ['Davao', 'PH', 125.61, 7.07],
  ['Ho Chi Minh City', 'VN', 106.66, 10.76],
  ['Hanoi', 'VN', 105.85, 21.03],
  ['Da Nang', 'VN', 108.21, 16.05],
  ['Kuala Lumpur', 'MY', 101.69, 3.14],
  ['Penang', 'MY', 100.33, 5.41],
  ['Yangon', 'MM', 96.16, 16.87],
  ['Phnom Penh', 'KH', 104.93, 11.56],
  ['Vientiane', 'LA', 102.63, 17.97],
  ['Singapore', 'SG', 103.82, 1.35],
];

const WORLD: readonly Centre[] = [
  ['Seoul', 'KR', 126.98, 37.57],
  ['Shanghai', 'CN', 121.47, 31.23],
  ['Delhi', 'IN', 77.21, 28.61],
  ['Dhaka', 'BD', 90.41, 23.81],
  ['Sydney', 'AU', 151.21, -33.87],
  ['Paris', 'FR', 2.35, 48.86],
  ['Berlin', 'DE', 13.4, 52.52],
  ['London', 'GB', -0.13, 51.51],
  ['Nairobi', 'KE', 36.82, -1.29],
  ['Lagos', 'NG', 3.38, 6.52],
  ['São Paulo', 'BR', -46.63, -23.55],
  ['Mexico City', 'MX', -99.13, 19.43],
  ['Los Angeles', 'US', -118.24, 34.05],
  ['Vancouver', 'CA', -123.12, 49.28],
  ['Honolulu', 'US', -157.86, 21.31],
];

/** Themes weighted as in the bundled data. */
const THEMES: readonly [string, number][] = [
  ['low-carbon', 16],
  ['waste', 13],
  ['energy', 10],
  ['climate-policy', 6],
  ['water', 4],
  ['transport', 3],
  ['education', 2],
  ['green-growth', 2],
  ['resilience', 1],
];

const FIRST_YEAR = 2004;
const LAST_YEAR = 2024;

export interface GeneratedOptions {
  cities: number;
  workshops: number;
  partnerships: number;
  seed: number;
  /**
   * True when `[lon, lat]` lies in (or just off the coast of) `country`. Given, a place drawn at
   * sea or across a border is drawn again (the loader would rightly question it); after a few
   * tries it takes its centre's position.
   */
  inCountry?: (lon: number, lat: number, country: string) => boolean;
}

/** Draws of a place's position before it takes its centre's. */
const PLACE_TRIES = 12;

export function generatedDataset({
  cities,
  workshops,
  partnerships,
  seed,
  inCountry = () => true,
}: GeneratedOptions): Dataset {
  const next = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  /** Index of a weight drawn in proportion to `cumulative` (running sums). */
  const drawn = (cumulative: readonly number[]) => {
    const target = next() * cumulative[cumulative.length - 1]!;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const running = (weights: readonly number[]) => {
    let sum = 0;
    return weights.map((weight) => (sum += weight));
  };
  const themeSums = running(THEMES.map(([, weight]) => weight));
  const theme = () => THEMES[drawn(themeSums)]![0];
  // Centres drawn by a Zipf law, so that some metropolitan areas hold many more places.
  const zipf = (centres: readonly Centre[]) => running(centres.map((_, i) => 1 / (i + 1)));
  const regions = [
    { centres: JAPAN, sums: zipf(JAPAN), spread: 0.8 },
    { centres: SOUTHEAST_ASIA, sums: zipf(SOUTHEAST_ASIA), spread: 1.2 },
    { centres: WORLD, sums: zipf(WORLD), spread: 2 },
  ];

  const cityList: City[] = [];
  const activity: number[] = [];
  for (let i = 0; i < cities; i++) {
    // A fifth in Japan, seven tenths in Southeast Asia, a tenth elsewhere.
    const share = i / cities;
    const region = share < 0.2 ? regions[0]! : share < 0.9 ? regions[1]! : regions[2]!;
    const [centreName, country, lon, lat] = region.centres[drawn(region.sums)]!;
    let position: [number, number] = [lon, lat];
    for (let attempt = 0; attempt < PLACE_TRIES; attempt++) {
      const drawnLon = Math.max(-180, Math.min(180, lon + normal() * region.spread));
      const drawnLat = Math.max(-85, Math.min(85, lat + normal() * region.spread));
      if (inCountry(drawnLon, drawnLat, country)) {
        position = [drawnLon, drawnLat];
        break;
      }
    }
    cityList.push({
      id: `c${i}`,
      name: `${centreName} ${i}`,
      localName: '',
      country,
      region: '',
      lat: position[1],
      lon: position[0],
      kind: 'city',
      population: null,
      source: 'generated',
      notes: '',
      extra: {},
    });
    // A Pareto tail (α 1.2): most cities do little, a few are hubs.
    activity.push(Math.min(500, (1 - next()) ** (-1 / 1.2)));
  }
  const japanese = cityList.flatMap((city, i) => (city.country === 'JP' ? [i] : []));
  const overseas = cityList.flatMap((city, i) => (city.country === 'JP' ? [] : [i]));
  const japaneseSums = running(japanese.map((i) => activity[i]!));
  const overseasSums = running(overseas.map((i) => activity[i]!));
  const pickJapanese = () => cityList[japanese[drawn(japaneseSums)]!]!.id;
  const pickOverseas = () => cityList[overseas[drawn(overseasSums)]!]!.id;
  // More records in later years, as the programme grew.
  const year = () => FIRST_YEAR + Math.floor((LAST_YEAR - FIRST_YEAR + 1) * Math.sqrt(next()));

  const partnershipList: Partnership[] = [];
  for (let i = 0; i < partnerships && japanese.length > 0 && overseas.length > 1; i++) {
    const start = year();
    // Most pairs join Japan with a city abroad; some join two cities abroad.
    const a = next() < 0.8 ? pickJapanese() : pickOverseas();
    let b = pickOverseas();
    while (b === a) b = pickOverseas();
    partnershipList.push({
      id: `p${i}`,
      cityAId: a,
      cityBId: b,
      themes: [...new Set([theme(), theme()])],
      startYear: next() < 0.05 ? null : start,
      endYear: next() < 0.3 ? Math.min(LAST_YEAR, start + Math.floor(next() * 8)) : null,
      type: 'mou',
      status: next() < 0.1 ? 'proposed' : 'active',
      programme: '',
      funder: '',
      description: '',
      source: 'generated',
      notes: '',
      extra: {},
    });
  }
  const workshopList: Workshop[] = [];
  for (let i = 0; i < workshops && japanese.length > 0 && overseas.length > 0; i++) {
    const when = year();
    const participants = Array.from({ length: 4 + Math.floor(next() * 5) }, pickOverseas);
    workshopList.push({
      id: `w${i}`,
      title: `Workshop ${i}`,
      themes: [theme()],
      startDate: `${when}-0${1 + Math.floor(next() * 9)}-10`,
      endDate: '',
      hostCityIds: [pickJapanese()],
      participantCityIds: [...new Set(participants)],
      resourceCityIds: [],
      participants: 10 + Math.floor(next() * 30),
      organisers: [],
      funder: '',
      programme: '',
      url: '',
      source: 'generated',
      notes: '',
      extra: {},
    });
  }
  return createDataset(cityList, workshopList, partnershipList);
}
