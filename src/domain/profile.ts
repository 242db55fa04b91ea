/** Everything the data says about one city, gathered for its profile. */
import type { Dataset, WorkshopInvolvement } from './dataset';
import { yearOf } from './dates';
import type { City, Partnership } from './types';

/** A partnership seen from one of its cities. */
export interface PartnerEntry {
  partner: City;
  partnership: Partnership;
}

/** A city's partnerships, workshops, themes and activity per year. */
export interface CityProfile {
  city: City;
  partners: PartnerEntry[];
  workshops: WorkshopInvolvement[];
  /** Themes of all its records, most frequent first. */
  themes: string[];
  /** Records starting per year, for a small timeline; years in order. */
  activity: { year: number; count: number }[];
  /** Partnerships with no known start year (not in `activity`). */
  unknownYears: number;
}

/** The profile of `cityId`, or null when the dataset has no such city. */
export function cityProfile(dataset: Dataset, cityId: string): CityProfile | null {
  const city = dataset.cityById.get(cityId);
  if (!city) return null;
  const partners: PartnerEntry[] = [];
  for (const partnership of dataset.partnershipsByCity.get(cityId) ?? []) {
    const partnerId = partnership.cityAId === cityId ? partnership.cityBId : partnership.cityAId;
    const partner = dataset.cityById.get(partnerId);
    if (partner) partners.push({ partner, partnership });
  }
  partners.sort(
    (a, b) =>
      (a.partnership.startYear ?? Infinity) - (b.partnership.startYear ?? Infinity) ||
      a.partner.name.localeCompare(b.partner.name),
  );
  const workshops = [...(dataset.workshopsByCity.get(cityId) ?? [])].sort((a, b) =>
    a.workshop.startDate.localeCompare(b.workshop.startDate),
  );

  const themeCounts = new Map<string, number>();
  const years = new Map<number, number>();
  let unknownYears = 0;
  const count = (themes: readonly string[], year: number | null) => {
    for (const theme of themes) themeCounts.set(theme, (themeCounts.get(theme) ?? 0) + 1);
    if (year === null) unknownYears += 1;
    else years.set(year, (years.get(year) ?? 0) + 1);
  };
  for (const { partnership } of partners) count(partnership.themes, partnership.startYear);
  for (const { workshop } of workshops) count(workshop.themes, yearOf(workshop.startDate));

  return {
    city,
    partners,
    workshops,
    themes: [...themeCounts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([theme]) => theme),
    activity: [...years].sort((a, b) => a[0] - b[0]).map(([year, n]) => ({ year, count: n })),
    unknownYears,
  };
}

/**
 * The web address a source cell points at, when it names one (`iges.or.jp/en/…` or
 * `https://…`); null for plain text. Only http and https addresses are returned.
 */
export function sourceUrl(source: string): string | null {
  const text = source.trim();
  if (/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(text)) return text;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?$/i.test(text)) return `https://${text}`;
  return null;
}
