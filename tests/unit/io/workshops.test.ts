/** workshops.csv: every rule, each broken beside a valid row that must survive. */
import { describe, expect, it } from 'vitest';
import { CITIES, csv, issueIn, issuesAt, loadDataset } from './helpers';

const HEADER = 'id,title,start_date,end_date';
/** The valid row placed first in every file here (spreadsheet row 2). */
const VALID = 'w-ok,Valid workshop,2020-05-01,';

/** Loads CITIES and workshops.csv = header, VALID (row 2), then `rows` (from row 3). */
function load(rows: string[], header = HEADER, valid = VALID) {
  const result = loadDataset({ cities: CITIES, workshops: csv(header, valid, ...rows) });
  return {
    result,
    ids: result.dataset.workshops.map((w) => w.id),
    workshop: (id: string) => result.dataset.workshops.find((w) => w.id === id),
    at: (row: number) => issuesAt(result, 'workshops.csv', row),
  };
}

const issue = issueIn('workshops.csv');

describe('required cells', () => {
  it('rejects a workshop without an id and keeps the valid one', () => {
    const { ids, at } = load([',No id,2020,']);
    expect(at(3)).toEqual([issue(3, 'id', '', 'error', /id is required/)]);
    expect(ids).toEqual(['w-ok']);
  });

  it('rejects a workshop without a title', () => {
    const { ids, at } = load(['w2,,2020,']);
    expect(at(3)).toEqual([issue(3, 'title', '', 'error', /title is required/)]);
    expect(ids).toEqual(['w-ok']);
  });

  it('rejects a workshop without a start date', () => {
    const { ids, at } = load(['w2,No date,,2020-06-01']);
    expect(at(3)).toEqual([issue(3, 'start_date', '', 'error', /start_date is required/)]);
    expect(ids).toEqual(['w-ok']);
  });
});

describe('dates', () => {
  it('accepts start dates as YYYY-MM-DD, YYYY-MM and YYYY, keeping their precision', () => {
    const { result, workshop } = load([
      'w-month,Month,2020-05,',
      'w-year,Year,2019,',
      'w-leap,Leap day,2020-02-29,',
    ]);
    expect(result.issues).toEqual([]);
    expect(['w-ok', 'w-month', 'w-year', 'w-leap'].map((id) => workshop(id)?.startDate)).toEqual([
      '2020-05-01',
      '2020-05',
      '2019',
      '2020-02-29',
    ]);
  });

  it.each(['2019-02-30', '2019-02-29', '2020-13', '2020-04-31'])(
    'rejects the impossible start date %s',
    (value) => {
      const { ids, at } = load([`w2,Bad date,${value},`]);
      expect(at(3)).toEqual([
        issue(3, 'start_date', value, 'error', new RegExp(`YYYY-MM-DD.*"${value}"`)),
      ]);
      expect(ids).toEqual(['w-ok']);
    },
  );

  it.each(['01/05/2020', '1 May 2020', '2020-5-1'])(
    'rejects the unparseable start date "%s"',
    (value) => {
      const { ids, at } = load([`w2,Bad date,${value},`]);
      expect(at(3)).toEqual([issue(3, 'start_date', value, 'error', /YYYY-MM-DD/)]);
      expect(ids).toEqual(['w-ok']);
    },
  );

  it('keeps an end date on or after the start date', () => {
    const { result, workshop } = load([
      'w2,Two days,2020-05-01,2020-05-02',
      'w3,Same month,2020-05-10,2020-05',
    ]);
    expect(result.issues).toEqual([]);
    expect([workshop('w2')?.endDate, workshop('w3')?.endDate]).toEqual(['2020-05-02', '2020-05']);
  });

  it('warns about an end date before the start date, ignores it, and keeps the workshop', () => {
    const { ids, workshop, at } = load(['w2,Backwards,2020-05-10,2020-05-09']);
    expect(at(3)).toEqual([issue(3, 'end_date', '2020-05-09', 'warning', /before start_date/)]);
    expect(ids).toEqual(['w-ok', 'w2']);
    expect(workshop('w2')).toMatchObject({ startDate: '2020-05-10', endDate: '' });
  });

  it('warns about an impossible end date, ignores it, and keeps the workshop', () => {
    const { ids, workshop, at } = load(['w2,Bad end,2020-05-10,2020-05-32']);
    expect(at(3)).toEqual([issue(3, 'end_date', '2020-05-32', 'warning', /YYYY-MM-DD.*ignored/)]);
    expect(ids).toEqual(['w-ok', 'w2']);
    expect(workshop('w2')?.endDate).toBe('');
  });
});

describe('city references', () => {
  const header = 'id,title,start_date,host_city_ids,participant_city_ids,resource_city_ids';
  const valid = 'w-ok,Valid,2020,tokyo,hanoi,';

  it('reads ;-separated city lists for each role, matching ids in any case', () => {
    const { result, workshop } = load(
      ['w2,Roles,2020, TOKYO ,Hanoi; vientiane ;,tokyo'],
      header,
      valid,
    );
    expect(result.issues).toEqual([]);
    expect(workshop('w2')).toMatchObject({
      hostCityIds: ['tokyo'],
      participantCityIds: ['hanoi', 'vientiane'],
      resourceCityIds: ['tokyo'],
    });
  });

  it('drops an unknown city id with a warning and keeps the workshop and its other cities', () => {
    const { ids, workshop, at } = load(
      ['w2,Unknown city,2020,tokyo,hanoi;atlantis,osaka'],
      header,
      valid,
    );
    expect(at(3)).toEqual([
      issue(3, 'participant_city_ids', 'atlantis', 'warning', /"atlantis"/),
      issue(3, 'resource_city_ids', 'osaka', 'warning', /"osaka"/),
    ]);
    expect(ids).toEqual(['w-ok', 'w2']);
    expect(workshop('w2')).toMatchObject({
      hostCityIds: ['tokyo'],
      participantCityIds: ['hanoi'],
      resourceCityIds: [],
    });
  });

  it('treats a city rejected from cities.csv as unknown', () => {
    const cities = csv('id,name,country,lat,lon', 'tokyo,Tokyo,JP,35.68,139.69', 'bad,Bad,JP,95,0');
    const result = loadDataset({ cities, workshops: csv(header, 'w1,W,2020,tokyo;bad,,') });
    expect(issuesAt(result, 'workshops.csv', 2)).toEqual([
      issue(2, 'host_city_ids', 'bad', 'warning', /"bad"/),
    ]);
    expect(result.dataset.workshops[0]?.hostCityIds).toEqual(['tokyo']);
  });
});

describe('other cells', () => {
  const header = 'id,title,start_date,themes,participants,organisers,funder,programme,source,notes';

  it('keeps themes as a lower-cased list without blanks or repeats, and the other text cells', () => {
    const { result, workshop } = load(
      [
        'w2,Energy days,2020, Energy ;WASTE;;energy,25,JICA; City of Tokyo,MOEJ,C2C,report.pdf,first',
      ],
      header,
      'w-ok,Valid,2020,,,,,,,',
    );
    expect(result.issues).toEqual([]);
    expect(workshop('w2')).toMatchObject({
      themes: ['energy', 'waste'],
      participants: 25,
      organisers: ['JICA', 'City of Tokyo'],
      funder: 'MOEJ',
      programme: 'C2C',
      source: 'report.pdf',
      notes: 'first',
    });
  });

  it('warns about a participants count that is not a number, and keeps the workshop', () => {
    const { ids, workshop, at } = load(
      ['w2,Vague,2020,,about 20,,,,,'],
      header,
      'w-ok,Valid,2020,,,,,,,',
    );
    expect(at(3)).toEqual([issue(3, 'participants', 'about 20', 'warning', /whole number/)]);
    expect(ids).toEqual(['w-ok', 'w2']);
    expect(workshop('w2')?.participants).toBeNull();
  });

  it('keeps columns the contract does not know in `extra`', () => {
    const { workshop } = load(['w2,Extra,2020,,Room 4'], `${HEADER},Venue`, `${VALID},`);
    expect(workshop('w2')?.extra).toEqual({ Venue: 'Room 4' });
  });
});

describe('url', () => {
  const header = 'id,title,start_date,url';
  const valid = 'w-ok,Valid,2020,';

  it('keeps http and https addresses', () => {
    const { result, workshop } = load(
      ['w2,A,2020,https://example.org/a?b=c', 'w3,B,2020,HTTP://example.org'],
      header,
      valid,
    );
    expect(result.issues).toEqual([]);
    expect([workshop('w2')?.url, workshop('w3')?.url]).toEqual([
      'https://example.org/a?b=c',
      'HTTP://example.org',
    ]);
  });

  it.each([
    'www.example.org',
    'ftp://example.org/file',
    'javascript:alert(1)',
    'http://exa mple.org',
  ])('warns about the non-web address "%s", drops it, and keeps the workshop', (value) => {
    const { ids, workshop, at } = load([`w2,Link,2020,${value}`], header, valid);
    expect(at(3)).toEqual([issue(3, 'url', value, 'warning', /http:\/\/ or https:\/\//)]);
    expect(ids).toEqual(['w-ok', 'w2']);
    expect(workshop('w2')?.url).toBe('');
  });

  it('drops a url that is only a scheme ("http://") as its warning says', () => {
    const { workshop, at } = load(['w2,Link,2020,http://'], header, valid);
    expect(at(3)).toEqual([issue(3, 'url', 'http://', 'warning', /ignored/)]);
    expect(workshop('w2')?.url).toBe('');
  });
});
