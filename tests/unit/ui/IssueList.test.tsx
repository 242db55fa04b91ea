// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Issue } from '../../../src/io/issues';
import * as summary from '../../../src/domain/summary';
import * as report from '../../../src/io/report';
import { FIRST_ROWS, IssueList, MORE_ROWS } from '../../../src/ui/IssueList';

vi.mock('../../../src/io/report', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/io/report')>();
  return { ...actual, groupIssues: vi.fn(actual.groupIssues) };
});

// The heading's words: called once each time the list renders.
vi.mock('../../../src/domain/summary', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/domain/summary')>();
  return { ...actual, plural: vi.fn(actual.plural) };
});

afterEach(cleanup);

/** `count` warnings about population, one a row from row 2, as a 20,000-row file gives. */
function warnings(count: number): Issue[] {
  return Array.from({ length: count }, (_, index) => ({
    file: 'cities.csv',
    row: index + 2,
    column: 'population',
    value: `many${index}`,
    severity: 'warning' as const,
    message: `population must be a whole number ≥ 0, not "many${index}". It is ignored.`,
  }));
}

const files = { cities: { rows: 20_000, accepted: 20_000, rejected: 0 } };

describe('the report of 20,000 warnings', () => {
  it('says 20,000 but puts only a bounded number of rows in the page', () => {
    render(<IssueList issues={warnings(20_000)} files={files} />);
    const region = screen.getByRole('region', { name: /Problems in the data/ });
    expect(region.textContent).toContain('0 errors, 20,000 warnings');
    expect(region.textContent).toContain('20,000 rows: 20,000 loaded, 0 rejected');
    const table = within(region).getByRole('table', { name: /20,000 × population must be/ });
    expect(table.getAttribute('aria-rowcount')).toBe('20001');
    expect(region.querySelectorAll('tr').length).toBeLessThanOrEqual(500);
  });

  it('shows the rest on "Show more", with each row placed in the whole table', () => {
    render(<IssueList issues={warnings(20_000)} files={files} />);
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
    const kinds = Array.from({ length: 25 }, (_, index) => ({
      ...warnings(1)[0]!,
      column: `extra${index}`,
      message: `Column extra${index} is not one of cities.csv's columns: it is kept, not used.`,
      value: '',
    }));
    render(<IssueList issues={kinds} files={{}} />);
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
    render(<Shell />);
    const grouped = vi.mocked(report.groupIssues).mock.calls.length;
    const rendered = vi.mocked(summary.plural).mock.calls.length;
    expect(rendered).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) fireEvent.click(screen.getByRole('button', { name: /Clicked/ }));
    expect(screen.getByRole('button', { name: 'Clicked 5' })).toBeTruthy();
    expect(vi.mocked(report.groupIssues).mock.calls.length).toBe(grouped);
    expect(vi.mocked(summary.plural).mock.calls.length).toBe(rendered);
  });
});
