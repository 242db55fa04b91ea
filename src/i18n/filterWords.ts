/** The filters in words, for what leaves the app (images, charts, the report, scenes). */
import type { TFunction } from 'i18next';
import type { Filters } from '../domain/filters';
import { EDGE_KINDS, PARTNERSHIP_STATUSES } from '../domain/types';
import type { Language } from '../state/language';
import { EN } from './catalogue';
import { formatYearSpan } from './format';
import { countryName } from './names';

/** The groups of `terms` whose codes the filters name. */
type TermGroup = 'theme' | 'linkKind' | 'status';
type TermKey = { [G in TermGroup]: `${G}.${keyof (typeof EN.terms)[G] & string}` }[TermGroup];

/** The filters that take a list of values, by their catalogue key. */
type ListKey =
  'themes' | 'countries' | 'linkKinds' | 'statuses' | 'programmes' | 'organisers' | 'funders';

/**
 * `filters` as one line in `language`: "All records" when nothing is filtered, else each active
 * filter in turn ("Themes: waste, energy · 2016–2019 · Countries: Japan, Indonesia"). Kinds of
 * link and statuses are named only when some are left out.
 */
export function filterWords(t: TFunction<'slice'>, filters: Filters, language: Language): string {
  const listFormat = new Intl.ListFormat(language, { type: 'conjunction', style: 'narrow' });
  // Codes come from data or the URL: only the catalogue's own keys are looked up, never `__proto__`.
  const term = (group: TermGroup, code: string) =>
    Object.hasOwn(EN.terms[group], code)
      ? t(`${group}.${code}` as TermKey, { ns: 'terms' })
      : code.replace(/-/g, ' ');
  const list = (key: ListKey, values: readonly string[]) =>
    t(`words.${key}`, {
      count: values.length,
      list: values.length > 0 ? listFormat.format(values) : t('words.none'),
    });
  // Kinds and statuses in their canonical order, so a URL's order does not change the words.
  const kinds = EDGE_KINDS.filter((kind) => filters.edgeKinds.includes(kind));
  const statuses = PARTNERSHIP_STATUSES.filter((status) => filters.statuses.includes(status));

  const parts: string[] = [];
  if (filters.themes.length > 0)
    parts.push(
      list(
        'themes',
        filters.themes.map((theme) => term('theme', theme)),
      ),
    );
  if (filters.years)
    parts.push(
      t('words.years', { span: formatYearSpan(filters.years.from, filters.years.to, language) }),
    );
  if (!filters.unknownYears) parts.push(t('words.unknownYears'));
  if (filters.countries.length > 0)
    parts.push(
      list(
        'countries',
        filters.countries.map((code) => countryName(code, language)),
      ),
    );
  if (kinds.length < EDGE_KINDS.length)
    parts.push(
      list(
        'linkKinds',
        kinds.map((kind) => term('linkKind', kind)),
      ),
    );
  if (statuses.length < PARTNERSHIP_STATUSES.length)
    parts.push(
      list(
        'statuses',
        statuses.map((status) => term('status', status)),
      ),
    );
  if (filters.programmes.length > 0) parts.push(list('programmes', filters.programmes));
  if (filters.organisers.length > 0) parts.push(list('organisers', filters.organisers));
  if (filters.funders.length > 0) parts.push(list('funders', filters.funders));
  if (filters.hideIsolated) parts.push(t('words.hideIsolated'));
  return parts.length > 0 ? parts.join(t('words.separator')) : t('words.all');
}
