/** Draft pairings out as partnerships.csv rows that the loader reads back with no issue. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeDraft } from '../../../src/domain/drafts';
import { PARTNERSHIP_COLUMNS } from '../../../src/io/partnershipSpec';
import { draftsCsv } from '../../../src/io/export';
import { loadDataset } from '../../../src/io/load';
import { loadBundled } from '../../support/bundled';

const citiesText = readFileSync(
  fileURLToPath(new URL('../../../data/cities.csv', import.meta.url)),
  'utf8',
);
const bundled = loadBundled().dataset;
const WHEN = '2024-05-06T07:08:09.000Z';

/** The lines of a CSV text whose cells hold no line break. */
const lines = (text: string) => text.trimEnd().split('\n');

describe('draftsCsv', () => {
  const drafts = [
    makeDraft('osaka', 'can-tho', ['low-carbon', 'waste'], WHEN),
    makeDraft('da-nang', 'toyama', [], '2025-01-02T00:00:00.000Z'),
  ];

  it("writes the loader's header and one proposed row per draft, saying it is a draft and when", () => {
    const [header, ...rows] = lines(draftsCsv(drafts, bundled));
    expect(header).toBe(PARTNERSHIP_COLUMNS.map((column) => column.name).join(','));
    expect(rows).toEqual([
      ',osaka,can-tho,low-carbon;waste,2024,,draft,proposed,,,"Draft pairing from the pairing planner, added 2024-05-06.",,',
      ',da-nang,toyama,,2025,,draft,proposed,,,"Draft pairing from the pairing planner, added 2025-01-02.",,',
    ]);
  });

  it('reads back with the bundled cities with no issue, as the same pairs, proposed', () => {
    const again = loadDataset({ cities: citiesText, partnerships: draftsCsv(drafts, bundled) });
    expect(again.issues).toEqual([]);
    expect(again.files.partnerships).toEqual({ rows: 2, accepted: 2, rejected: 0 });
    expect(
      again.dataset.partnerships.map(({ cityAId, cityBId, themes, status, startYear }) => ({
        pair: [cityAId, cityBId],
        themes,
        status,
        startYear,
      })),
    ).toEqual([
      {
        pair: ['osaka', 'can-tho'],
        themes: ['low-carbon', 'waste'],
        status: 'proposed',
        startYear: 2024,
      },
      { pair: ['da-nang', 'toyama'], themes: [], status: 'proposed', startYear: 2025 },
    ]);
    // Rows of the data, not drafts: the loader names them as any row without an id.
    expect(again.dataset.partnerships.every((p) => p.draft === undefined && p.id !== '')).toBe(
      true,
    );
  });

  it('escapes a theme a spreadsheet would run as a formula, and reads it back as written', () => {
    const text = draftsCsv([makeDraft('osaka', 'can-tho', ['=cmd()', 'a'], WHEN)], bundled);
    expect(lines(text)[1]).toContain(",'=cmd();a,");
    const again = loadDataset({ cities: citiesText, partnerships: text });
    expect(again.issues).toEqual([]);
    expect(again.dataset.partnerships[0]?.themes).toEqual(['=cmd()', 'a']);
  });

  it('leaves out a draft whose city the data lacks, and a second draft of a pair', () => {
    const text = draftsCsv(
      [
        drafts[0]!,
        makeDraft('osaka', 'atlantis', [], WHEN),
        makeDraft('can-tho', 'osaka', [], WHEN),
      ],
      bundled,
    );
    expect(lines(text)).toHaveLength(2);
    expect(loadDataset({ cities: citiesText, partnerships: text }).issues).toEqual([]);
  });
});
