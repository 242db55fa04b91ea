/** Wording of records for tooltips, profiles and reports. */
import type { Partnership, Workshop } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function partialDateText(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : undefined, monthName, year].filter(Boolean).join(' ');
}

/** "27 Nov 2017 – 1 Dec 2017", "Jan 2017", "2019". */
export function workshopDates(workshop: Workshop): string {
  const start = partialDateText(workshop.startDate);
  return workshop.endDate && workshop.endDate !== workshop.startDate
    ? `${start} – ${partialDateText(workshop.endDate)}`
    : start;
}

/** "2013–2015", "since 2013", "year unknown". */
export function partnershipYears(partnership: Partnership): string {
  const { startYear, endYear } = partnership;
  if (startYear === null)
    return endYear === null ? 'year unknown' : `until ${endYear} (start unknown)`;
  if (endYear === null) return `since ${startYear}`;
  return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`;
}

/** "MoU", "sister city": a partnership type as people write it. */
export function partnershipType(type: string): string {
  if (type === 'mou') return 'MoU';
  return type.replace(/-/g, ' ');
}
