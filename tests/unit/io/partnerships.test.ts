/** partnerships.csv: every rule, each broken beside a valid row that must survive. */
import { describe, expect, it } from 'vitest';
import { CITIES, csv, issueIn, issuesAt, loadDataset } from './helpers';

const HEADER = 'id,city_a_id,city_b_id,start_year,end_year,status';
/** The valid row placed first in every file here (spreadsheet row 2). */
const VALID = 'p-ok,tokyo,hanoi,2010,,';

/** Loads CITIES and partnerships.csv = header, VALID (row 2), then `rows` (from row 3). */
function load(rows: string[], header = HEADER, valid = VALID) {
  const result = loadDataset({ cities: CITIES, partnerships: csv(header, valid, ...rows) });
  return {
    result,
    ids: result.dataset.partnerships.map((p) => p.id),
    partnership: (id: string) => result.dataset.partnerships.find((p) => p.id === id),
    at: (row: number) => issuesAt(result, 'partnerships.csv', row),
  };
}

const issue = issueIn('partnerships.csv');

describe('the two cities', () => {
  it.each(['city_a_id', 'city_b_id'])('rejects a partnership with an empty %s', (column) => {
    const row = column === 'city_a_id' ? 'p2,,hanoi,,,' : 'p2,tokyo,,,,';
    const { ids, at } = load([row]);
    expect(at(3)).toEqual([issue(3, column, '', 'error', new RegExp(`${column} is required`))]);
    expect(ids).toEqual(['p-ok']);
  });

  it('rejects a partnership to a city that is not in cities.csv, naming the id', () => {
    const { ids, at } = load(['p2,tokyo,atlantis,,,']);
    expect(at(3)).toEqual([issue(3, 'city_b_id', 'atlantis', 'error', /"atlantis".*cities\.csv/)]);
    expect(ids).toEqual(['p-ok']);
  });

  it('matches city ids in any case and stores the id as cities.csv writes it', () => {
    const { result, partnership } = load(['p2,TOKYO,Vientiane,,,']);
    expect(result.issues).toEqual([]);
    expect(partnership('p2')).toMatchObject({ cityAId: 'tokyo', cityBId: 'vientiane' });
  });

  it('rejects a city paired with itself, even when written in different case', () => {
    const { ids, at } = load(['p2,hanoi,hanoi,,,', 'p3,tokyo,TOKYO,,,']);
    expect(at(3)).toEqual([issue(3, 'city_b_id', 'hanoi', 'error', /two different cities/)]);
    expect(at(4)).toEqual([issue(4, 'city_b_id', 'TOKYO', 'error', /two different cities/)]);
    expect(ids).toEqual(['p-ok']);
  });
});

describe('years', () => {
  it('accepts whole years from 1900 to 2100', () => {
    const { result, partnership } = load(['p2,tokyo,vientiane,1900,2100,']);
    expect(result.issues).toEqual([]);
    expect(partnership('p2')).toMatchObject({ startYear: 1900, endYear: 2100 });
  });

  it("judges each row's end year by its own start year, never the previous row's", () => {
    // Row 2 starts in 2010; row 3 has no start year, so its end year 2005 is before nothing.
    const { result, partnership } = load(['p2,tokyo,vientiane,,2005,']);
    expect(result.issues).toEqual([]);
    expect(partnership('p2')).toMatchObject({ startYear: null, endYear: 2005 });
  });

  it('leaves empty years unknown', () => {
    const { result, partnership } = load(['p2,tokyo,vientiane,,,']);
    expect(result.issues).toEqual([]);
    expect(partnership('p2')).toMatchObject({ startYear: null, endYear: null });
  });

  it.each([
    ['start_year', '1899'],
    ['start_year', '2010.5'],
    ['end_year', '2101'],
    ['end_year', 'abc'],
  ])(
    'warns that %s "%s" is not a usable year, treats it as unknown, and keeps the partnership',
    (column, value) => {
      const row =
        column === 'start_year' ? `p2,tokyo,vientiane,${value},,` : `p2,tokyo,vientiane,,${value},`;
      const { ids, partnership, at } = load([row]);
      expect(at(3)).toEqual([issue(3, column, value, 'warning', /whole year from 1900 to 2100/)]);
      expect(ids).toEqual(['p-ok', 'p2']);
      expect(partnership('p2')).toMatchObject({ startYear: null, endYear: null });
    },
  );

  it('warns about an end year before the start year, ignores the end, and keeps the start', () => {
    const { ids, partnership, at } = load(['p2,tokyo,vientiane,2015,2012,']);
    expect(at(3)).toEqual([issue(3, 'end_year', '2012', 'warning', /before start_year/)]);
    expect(ids).toEqual(['p-ok', 'p2']);
    expect(partnership('p2')).toMatchObject({ startYear: 2015, endYear: null });
  });
});

describe('status', () => {
  it('reads active, ended and proposed in any case, and an empty status as active', () => {
    const { result, partnership } = load([
      'p2,tokyo,vientiane,,,Ended',
      'p3,hanoi,vientiane,,,PROPOSED',
      'p4,vientiane,tokyo,,,active',
    ]);
    expect(result.issues).toEqual([]);
    expect(['p-ok', 'p2', 'p3', 'p4'].map((id) => partnership(id)?.status)).toEqual([
      'active',
      'ended',
      'proposed',
      'active',
    ]);
  });

  it('warns about an unknown status, treats it as active, and keeps the partnership', () => {
    const { ids, partnership, at } = load(['p2,tokyo,vientiane,,,paused']);
    expect(at(3)).toEqual([issue(3, 'status', 'paused', 'warning', /active, ended, proposed/)]);
    expect(ids).toEqual(['p-ok', 'p2']);
    expect(partnership('p2')?.status).toBe('active');
  });
});

describe('other cells', () => {
  it('keeps themes as a lower-cased list, the text cells, and unknown columns in `extra`', () => {
    const header =
      'id,city_a_id,city_b_id,themes,type,programme,funder,description,source,notes,MoU signed by';
    const { result, partnership } = load(
      [
        'p2,tokyo,vientiane,Waste; ENERGY ;waste,mou,C2C,MOEJ,Joint plan,press release,renewed,Mayors',
      ],
      header,
      'p-ok,tokyo,hanoi,,,,,,,,',
    );
    // The unknown column is reported once, at the header, and its cells are still kept.
    expect(result.issues).toEqual([
      expect.objectContaining({ row: 1, value: 'MoU signed by', severity: 'warning' }),
    ]);
    expect(partnership('p2')).toMatchObject({
      themes: ['waste', 'energy'],
      type: 'mou',
      programme: 'C2C',
      funder: 'MOEJ',
      description: 'Joint plan',
      source: 'press release',
      notes: 'renewed',
      extra: { 'MoU signed by': 'Mayors' },
    });
  });
});
