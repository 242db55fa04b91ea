// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JA } from '../../../src/i18n/catalogue';
import { createTranslator } from '../../../src/i18n/core';
import * as wording from '../../../src/i18n/issues';
import { issueAt, type Issue } from '../../../src/io/issues';
import { loadDataset } from '../../../src/io/load';
import * as report from '../../../src/io/report';
import type { Language } from '../../../src/state/language';
import { downloadText } from '../../../src/ui/download';
import { FIRST_ROWS, IssueList, MORE_ROWS } from '../../../src/ui/IssueList';

vi.mock('../../../src/io/report', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/io/report')>();
  return { ...actual, groupIssues: vi.fn(actual.groupIssues) };
});

// The heading's words: called once each time the list renders.
vi.mock('../../../src/i18n/issues', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/i18n/issues')>();
  return { ...actual, errorsText: vi.fn(actual.errorsText) };
});

vi.mock('../../../src/ui/download', () => ({ downloadText: vi.fn() }));

afterEach(cleanup);

/** Renders `ui` in `language`, as the app's provider does. */
function render_(ui: ReactNode, language: Language = 'en') {
  return render(<I18nextProvider i18n={createTranslator(language)}>{ui}</I18nextProvider>);
}

/** `count` warnings about population, one a row from row 2, as a 20,000-row file gives. */
function warnings(count: number, column = 'population'): Issue[] {
  return Array.from({ length: count }, (_, index) =>
    issueAt(
      'warning',
      { file: 'cities.csv', row: index + 2, column, value: `many${index}` },
      'not-a-count',
    ),
  );
}

const files = { cities: { rows: 20_000, accepted: 20_000, rejected: 0 } };

describe('the report of 20,000 warnings', () => {
  it('says 20,000 but puts only a bounded number of rows in the page', () => {
    render_(<IssueList issues={warnings(20_000)} files={files} />);
    const region = screen.getByRole('region', { name: /Problems in the data/ });
    expect(region.textContent).toContain('0 errors, 20,000 warnings');
    expect(region.textContent).toContain('20,000 rows: 20,000 loaded, 0 rejected');
    const table = within(region).getByRole('table', { name: /20,000 × population must be/ });
    expect(table.getAttribute('aria-rowcount')).toBe('20001');
    expect(region.querySelectorAll('tr').length).toBeLessThanOrEqual(500);
  });

  it('shows the rest on "Show more", with each row placed in the whole table', () => {
    render_(<IssueList issues={warnings(20_000)} files={files} />);
    const table = screen.getByRole('table', { name: /population must be/ });
    // Plain DOM queries: accessible names of hundreds of rows are slow to compute in jsdom.
    const rowNumbers = () =>
      [...table.querySelectorAll('tbody tr')].map((row) => row.querySelector('td')!.textContent);
    expect(rowNumbers()).toEqual(Array.from({ length: FIRST_ROWS }, (_, i) => String(i + 2)));

    fireEvent.click(
      screen.getByRole('button', { name: /Show 100 more rows \(19,990 not shown\)/ }),
    );

    expect(rowNumbers()).toEqual(
      Array.from({ length: FIRST_ROWS + MORE_ROWS }, (_, i) => String(i + 2)),
    );
    expect(table.querySelector('tbody tr:last-child')!.getAttribute('aria-rowindex')).toBe(
      String(1 + FIRST_ROWS + MORE_ROWS),
    );
    expect(screen.getByRole('button', { name: /19,890 not shown/ })).toBeTruthy();
  });

  it('pages the kinds of problem too when a file has many of them', () => {
    const kinds = Array.from({ length: 25 }, (_, index) => warnings(1, `extra${index}`)[0]!);
    render_(<IssueList issues={kinds} files={{}} />);
    expect(screen.getAllByRole('table')).toHaveLength(10);
    fireEvent.click(screen.getByRole('button', { name: /Show 10 more kinds of problem/ }));
    expect(screen.getAllByRole('table')).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: /Show 5 more kinds of problem/ }));
    expect(screen.getAllByRole('table')).toHaveLength(25);
  });

  it('is neither rendered nor grouped again when the rest of the app re-renders', () => {
    const issues = warnings(20_000);
    function Shell() {
      const [clicks, setClicks] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setClicks(clicks + 1)}>
            Clicked {clicks}
          </button>
          <IssueList issues={issues} files={files} />
        </>
      );
    }
    render_(<Shell />);
    const grouped = vi.mocked(report.groupIssues).mock.calls.length;
    const rendered = vi.mocked(wording.errorsText).mock.calls.length;
    expect(rendered).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) fireEvent.click(screen.getByRole('button', { name: /Clicked/ }));
    expect(screen.getByRole('button', { name: 'Clicked 5' })).toBeTruthy();
    expect(vi.mocked(report.groupIssues).mock.calls.length).toBe(grouped);
    expect(vi.mocked(wording.errorsText).mock.calls.length).toBe(rendered);
  });
});

describe('the report in Japanese', () => {
  // The fixture of the import browser test: a lat out of range, an unknown column, and more.
  const load = loadDataset({
    cities: [
      'id,name,country,lat,lon,population,budget',
      'osaka,Osaka,JP,34.69,135.50,many,1',
      'bad,Bad,JP,195,135,,2',
      'kobe,Kobe,JP,34.69,135.19,lots,3',
    ].join('\n'),
  });
  const files = load.files;

  /** Every table's rows, cell by cell: what a reader sees whatever the language. */
  const cells = () =>
    screen
      .getAllByRole('table')
      .map((table) =>
        [...table.querySelectorAll('tbody tr')].map((row) =>
          [...row.querySelectorAll('td')].slice(0, 3).map((cell) => cell.textContent),
        ),
      );

  it('words the heading, the groups, the columns and each problem from the catalogue, with the same rows', () => {
    render_(<IssueList issues={load.issues} files={files} />);
    const english = cells();
    cleanup();

    render_(<IssueList issues={load.issues} files={files} />, 'ja');
    const ja = createTranslator('ja').getFixedT('ja', wording.REPORT_NAMESPACES);
    const region = screen.getByRole('region', { name: /データの問題/ });
    expect(region.textContent).toContain('エラー1件、警告3件');
    expect(region.textContent).toContain('cities.csv — 3行: 読み込み2行、除外1行');
    expect(cells()).toEqual(english);
    const headers = within(region)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toContain(JA.report.columns.row);
    expect(headers).toContain(JA.report.columns.problem);
    // One lat error: its caption is the issue in Japanese.
    const lat = load.issues.find((issue) => issue.column === 'lat')!;
    expect(
      screen.getByRole('table', {
        name: `${JA.report.severity.error} ${wording.issueText(ja, lat)}`,
      }),
    ).toBeTruthy();
    // Two population warnings: one group, each row's problem in Japanese.
    const population = screen.getByRole('table', { name: /2件: population には0以上の整数/ });
    expect(
      within(population).getByText(
        'population には0以上の整数を入力してください。「lots」は整数ではないため、無視します。',
      ),
    ).toBeTruthy();
    expect(region.textContent).not.toMatch(/must be|Problems|rows:/);
  });

  it('downloads the report with each issue’s code, and its message in the language read', () => {
    render_(<IssueList issues={load.issues} files={files} />, 'ja');
    fireEvent.click(screen.getByRole('button', { name: JA.report.download }));
    const [name, text] = vi.mocked(downloadText).mock.calls.at(-1)!;
    expect(name).toBe('data-report.csv');
    const lines = text.split('\n');
    expect(lines[0]).toBe('file,row,column,value,severity,code,message');
    expect(lines).toContain(
      'cities.csv,3,lat,195,error,out-of-range,lat は-90から90の範囲で入力してください。195 は範囲外です。',
    );
  });
});
