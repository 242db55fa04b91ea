import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { plural } from '../domain/summary';
import {
  DATA_FILES,
  fileName,
  type DataFile,
  type FileCounts,
  type Issue,
  type Severity,
} from '../io/issues';
import { groupIssues, issuesCsv, type IssueGroup } from '../io/report';
import { downloadText } from './download';

interface Props {
  issues: readonly Issue[];
  files: Partial<Record<DataFile, FileCounts>>;
}

type Shown = Severity | 'all';

/** The counts of the data file an issue group names (`cities.csv`); none for a data address. */
function countsOf(files: Props['files'], name: string): FileCounts | undefined {
  const file = DATA_FILES.find((candidate) => fileName(candidate) === name);
  return file && files[file];
}

/** Rows shown at first in each group. */
export const FIRST_ROWS = 10;
/** Rows each "Show more rows" adds to a group. */
export const MORE_ROWS = 100;
/** Groups (kinds of problem) shown at first in each file. */
export const FIRST_GROUPS = 10;
/** Groups each "Show more kinds of problem" adds to a file. */
export const MORE_GROUPS = 10;
// At most four files (three CSVs and a data address) × FIRST_GROUPS × FIRST_ROWS = 400 rows
// at first, however many issues there are: the page stays responsive with 200,000 of them.

const count = (n: number) => n.toLocaleString('en');

/**
 * The loader's report: per file, the rows kept and rejected, then the issues grouped by kind of
 * message, each with row, column and value. Every value is rendered as text. Long groups show
 * their first rows and a "Show more" button; the download has every issue.
 */
export const IssueList = memo(function IssueList({ issues, files }: Props) {
  const [shown, setShown] = useState<Shown>('all');
  const [open, setOpen] = useState(true);
  // A new report starts with every group folded back to its first rows.
  const [report, setReport] = useState({ issues, version: 0 });
  if (report.issues !== issues) setReport({ issues, version: report.version + 1 });
  const errors = useMemo(
    () => issues.reduce((n, issue) => n + (issue.severity === 'error' ? 1 : 0), 0),
    [issues],
  );
  const byFile = useMemo(
    () => groupIssues(issues, shown === 'all' ? undefined : shown),
    [issues, shown],
  );
  if (issues.length === 0) return null;

  return (
    <section className="issues" aria-labelledby="issues-heading">
      <div className="issues-head">
        <h2 id="issues-heading">
          Problems in the data: {plural(errors, 'error')},{' '}
          {plural(issues.length - errors, 'warning')}
        </h2>
        <label>
          Show{' '}
          <select value={shown} onChange={(event) => setShown(event.target.value as Shown)}>
            <option value="all">errors and warnings</option>
            <option value="error">errors only</option>
            <option value="warning">warnings only</option>
          </select>
        </label>
        <button type="button" onClick={() => downloadText('data-report.csv', issuesCsv(issues))}>
          Download report
        </button>
        <button type="button" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? 'Hide details' : 'Show details'}
        </button>
      </div>
      {open &&
        byFile.map(({ file, groups }) => (
          <FileIssuesSection
            key={`${report.version}|${file}`}
            file={file || 'data address'}
            groups={groups}
            counts={countsOf(files, file)}
          />
        ))}
    </section>
  );
});

/** One file's counts and its groups, the first `FIRST_GROUPS` of them until the user asks for more. */
function FileIssuesSection(props: { file: string; groups: IssueGroup[]; counts?: FileCounts }) {
  const { file, groups, counts } = props;
  const [limit, setLimit] = useState(FIRST_GROUPS);
  const hidden = groups.length - limit;
  return (
    <div className="issue-file">
      <h3>
        {file}
        {counts &&
          ` — ${count(counts.rows)} rows: ${count(counts.accepted)} loaded, ${count(counts.rejected)} rejected`}
      </h3>
      {groups.slice(0, limit).map((group) => (
        <IssueTable key={group.key} group={group} />
      ))}
      {hidden > 0 && (
        <button type="button" className="show-more" onClick={() => setLimit(limit + MORE_GROUPS)}>
          Show {Math.min(MORE_GROUPS, hidden)} more kinds of problem in {file} ({count(hidden)} not
          shown)
        </button>
      )}
    </div>
  );
}

/**
 * One group as a table. Only its first rows are in the page; `aria-rowcount` tells assistive
 * technology how many there are in all, and "Show more" adds the next ones.
 */
function IssueTable({ group }: { group: IssueGroup }) {
  const captionId = useId();
  const table = useRef<HTMLTableElement>(null);
  const [limit, setLimit] = useState(FIRST_ROWS);
  const [focusTable, setFocusTable] = useState(false);
  const { issues, severity } = group;
  const many = issues.length > 1;
  const hidden = issues.length - limit;
  useEffect(() => {
    // The button that had focus is gone once every row is shown: keep focus in the table.
    if (focusTable) table.current?.focus();
  }, [focusTable]);
  return (
    <>
      <table
        ref={table}
        className="issue-table"
        aria-rowcount={issues.length + 1}
        tabIndex={focusTable ? -1 : undefined}
      >
        <caption id={captionId}>
          <span className={`severity-${severity}`}>{severity}</span>{' '}
          {many ? `${count(issues.length)} × ${group.kind}` : issues[0]!.message}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Value</th>
            {many && <th scope="col">Problem</th>}
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, limit).map((issue, index) => (
            <tr key={index} aria-rowindex={index + 2}>
              <td>{issue.row || '—'}</td>
              <td>{issue.column}</td>
              <td>{issue.value}</td>
              {many && <td>{issue.message}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && (
        <button
          type="button"
          className="show-more"
          aria-describedby={captionId}
          onClick={() => {
            setLimit(limit + MORE_ROWS);
            if (hidden <= MORE_ROWS) setFocusTable(true);
          }}
        >
          Show {count(Math.min(MORE_ROWS, hidden))} more rows ({count(hidden)} not shown)
        </button>
      )}
    </>
  );
}
