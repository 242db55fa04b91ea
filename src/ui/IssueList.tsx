import { useState } from 'react';
import type { FileCounts, Issue, Severity } from '../io/issues';
import { issuesCsv, messageKind } from '../io/report';
import { downloadText } from './download';

interface Props {
  issues: readonly Issue[];
  files: Partial<Record<string, FileCounts>>;
}

type Shown = Severity | 'all';

/**
 * The loader's report: per file, the rows kept and rejected, then the issues grouped by kind of
 * message, each with row, column and value. Every value is rendered as text.
 */
export function IssueList({ issues, files }: Props) {
  const [shown, setShown] = useState<Shown>('all');
  const [open, setOpen] = useState(true);
  if (issues.length === 0) return null;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const visible = issues.filter((issue) => shown === 'all' || issue.severity === shown);
  const byFile = new Map<string, Map<string, Issue[]>>();
  for (const issue of visible) {
    const file = issue.file || 'data address';
    const groups = byFile.get(file) ?? new Map<string, Issue[]>();
    const key = `${issue.severity}|${messageKind(issue)}`;
    groups.set(key, [...(groups.get(key) ?? []), issue]);
    byFile.set(file, groups);
  }

  return (
    <section className="issues" aria-labelledby="issues-heading">
      <div className="issues-head">
        <h2 id="issues-heading">
          Problems in the data: {errors} error{errors === 1 ? '' : 's'}, {issues.length - errors}{' '}
          warning
          {issues.length - errors === 1 ? '' : 's'}
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
        [...byFile].map(([file, groups]) => {
          const counts = files[file.replace(/\.csv$/, '')];
          return (
            <div key={file} className="issue-file">
              <h3>
                {file}
                {counts &&
                  ` — ${counts.rows} rows: ${counts.accepted} loaded, ${counts.rejected} rejected`}
              </h3>
              {[...groups].map(([key, group]) => (
                <table key={key} className="issue-table">
                  <caption>
                    <span className={`severity-${group[0]!.severity}`}>{group[0]!.severity}</span>{' '}
                    {group.length > 1 ? `${group.length} × ` : ''}
                    {group.length > 1 ? messageKind(group[0]!) : group[0]!.message}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Row</th>
                      <th scope="col">Column</th>
                      <th scope="col">Value</th>
                      {group.length > 1 && <th scope="col">Problem</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {group.map((issue, index) => (
                      <tr key={index}>
                        <td>{issue.row || '—'}</td>
                        <td>{issue.column}</td>
                        <td>{issue.value}</td>
                        {group.length > 1 && <td>{issue.message}</td>}
                      </tr>
                    ))}
                  </tbody>
                </table>
              ))}
            </div>
          );
        })}
    </section>
  );
}
